package ru.orientir.security;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The realm roles of CONTRACT.md and how per-municipality roles are spelled. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String MINISTRY_ANALYST = "ministry-analyst";
    /** Service accounts of ministry systems and upload scripts: read all, write all data and catalogue. */
    public static final String INTEGRATION = "integration";

    private static final Pattern MUNICIPALITY_ROLE = Pattern.compile("municipality:([^:]+):(editor|viewer)");
    private static final Pattern ORGANIZATION_ROLE = Pattern.compile("organization:([^:]+):([^:]+):(editor|viewer)");

    private Roles() {}

    public static String editor(String municipality) {
        return "municipality:" + municipality + ":editor";
    }

    public static String viewer(String municipality) {
        return "municipality:" + municipality + ":viewer";
    }

    /** The roles of one organization (a school coordinator's): organization:<municipality>:<org>:editor|viewer. */
    public static String organizationEditor(String municipality, String organization) {
        return "organization:" + municipality + ":" + organization + ":editor";
    }

    public static String organizationViewer(String municipality, String organization) {
        return "organization:" + municipality + ":" + organization + ":viewer";
    }

    /** The municipality and organization codes and the kind of a per-organization role. */
    public record OrganizationRole(String municipality, String organization, boolean editor) {}

    public static Optional<OrganizationRole> parseOrganization(String role) {
        Matcher m = ORGANIZATION_ROLE.matcher(role);
        return m.matches()
                ? Optional.of(
                        new OrganizationRole(m.group(1), m.group(2), m.group(3).equals("editor")))
                : Optional.empty();
    }

    /** The municipality code and the kind (editor/viewer) of a per-municipality role. */
    public record MunicipalityRole(String municipality, boolean editor) {}

    public static Optional<MunicipalityRole> parse(String role) {
        Matcher m = MUNICIPALITY_ROLE.matcher(role);
        return m.matches()
                ? Optional.of(new MunicipalityRole(m.group(1), m.group(2).equals("editor")))
                : Optional.empty();
    }
}
