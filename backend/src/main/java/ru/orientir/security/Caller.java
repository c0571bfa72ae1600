package ru.orientir.security;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import ru.orientir.common.ProblemException;

/**
 * What the caller of a request may do, computed once from the token's roles. Every service
 * asks it before reading or writing a municipality's data; import jobs carry a copy of it.
 */
public record Caller(String username, String displayName, String channel, Set<String> roles) {

    public static final String CHANNEL_UI = "ui";
    public static final String CHANNEL_API = "api";
    public static final String CHANNEL_IMPORT = "import";

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    public boolean isIntegration() {
        return roles.contains(Roles.INTEGRATION);
    }

    public boolean readsAll() {
        return isAdmin() || isIntegration() || roles.contains(Roles.MINISTRY_ANALYST);
    }

    public boolean writesAll() {
        return isAdmin() || isIntegration();
    }

    public boolean canApprove() {
        return isAdmin() || roles.contains(Roles.MINISTRY_ANALYST);
    }

    public boolean managesCatalogue() {
        return isAdmin() || isIntegration();
    }

    public boolean canRead(String municipality) {
        return readsAll() || roles.contains(Roles.viewer(municipality)) || roles.contains(Roles.editor(municipality));
    }

    public boolean canWrite(String municipality) {
        return writesAll() || roles.contains(Roles.editor(municipality));
    }

    /** Municipalities named by the caller's own roles (empty for callers who read all). */
    public Set<String> readable() {
        Set<String> codes = new TreeSet<>();
        roles.forEach(r -> Roles.parse(r).ifPresent(mr -> codes.add(mr.municipality())));
        return codes;
    }

    public Set<String> writable() {
        Set<String> codes = new TreeSet<>();
        roles.forEach(r ->
                Roles.parse(r).filter(Roles.MunicipalityRole::editor).ifPresent(mr -> codes.add(mr.municipality())));
        return codes;
    }

    /** The organizations named by the caller's per-organization roles (a school coordinator's), sorted. */
    public List<Roles.OrganizationRole> organizations() {
        return roles.stream()
                .map(Roles::parseOrganization)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Roles.OrganizationRole::municipality)
                        .thenComparing(Roles.OrganizationRole::organization)
                        .thenComparing(r -> !r.editor()))
                .toList();
    }

    /** The organizations of one municipality the caller holds a school role for (editor or viewer), sorted. */
    public Set<String> organizationsIn(String municipality) {
        Set<String> codes = new TreeSet<>();
        organizations().stream()
                .filter(r -> r.municipality().equals(municipality))
                .forEach(r -> codes.add(r.organization()));
        return codes;
    }

    /**
     * May read the municipality's record, its organizations, its periods and its figures for the
     * municipality as a whole: every reader of the municipality and the coordinators of its schools.
     */
    public boolean canSee(String municipality) {
        return canRead(municipality) || !organizationsIn(municipality).isEmpty();
    }

    /** Municipalities the caller may see (its own roles and its schools' municipalities; empty for callers who read all). */
    public Set<String> visible() {
        Set<String> codes = new TreeSet<>(readable());
        organizations().forEach(r -> codes.add(r.municipality()));
        return codes;
    }

    /** May read the rows of one organization: a reader of the municipality or a coordinator of that school. */
    public boolean canReadOrganization(String municipality, String organization) {
        return canRead(municipality)
                || roles.contains(Roles.organizationEditor(municipality, organization))
                || roles.contains(Roles.organizationViewer(municipality, organization));
    }

    /**
     * The one write rule for a row of data (a value or a target): null when the caller may write it,
     * otherwise the reason in Russian. {@code organization} is null for the municipality as a whole.
     * A school editor writes its own organization's rows only.
     */
    public String writeRefusal(String municipality, String organization) {
        Set<String> editable = editableIn(municipality);
        if (canWrite(municipality) || (organization != null && editable.contains(organization))) {
            return null;
        }
        if (canRead(municipality)) {
            return "У вас есть только право просмотра данных муниципалитета «" + municipality + "»";
        }
        Set<String> own = organizationsIn(municipality);
        if (own.isEmpty()) {
            return "Нет доступа к данным муниципалитета «" + municipality + "»";
        }
        if (editable.isEmpty() || (organization != null && own.contains(organization))) {
            return "У вас есть только право просмотра данных организации «"
                    + (organization != null && own.contains(organization) ? organization : String.join("», «", own))
                    + "»";
        }
        String yours = "«" + String.join("», «", editable) + "»";
        return organization == null
                ? "Данные муниципалитета в целом вносит управление образования; вы можете вносить данные"
                        + " только своей организации (" + yours + ")"
                : "Вы можете вносить данные только своей организации (" + yours + "), а не организации «" + organization
                        + "»";
    }

    private Set<String> editableIn(String municipality) {
        Set<String> codes = new TreeSet<>();
        organizations().stream()
                .filter(r -> r.municipality().equals(municipality) && r.editor())
                .forEach(r -> codes.add(r.organization()));
        return codes;
    }

    /** May write some row of the municipality (its own or one of its schools'): who may upload a file for it. */
    public boolean canWriteSomething(String municipality) {
        return canWrite(municipality) || !editableIn(municipality).isEmpty();
    }

    /** May upload files of data at all: a writer of some municipality or school. */
    public boolean writesAny() {
        return writesAll()
                || !writable().isEmpty()
                || organizations().stream().anyMatch(Roles.OrganizationRole::editor);
    }

    public void requireSee(String municipality) {
        if (!canSee(municipality)) {
            throw ProblemException.forbidden("Нет доступа к данным муниципалитета «" + municipality + "»");
        }
    }

    /** Reading one row: the municipality's own figures for those who see it, a school's for those who read that school. */
    public void requireReadRow(String municipality, String organization) {
        boolean allowed = organization == null ? canSee(municipality) : canReadOrganization(municipality, organization);
        if (!allowed) {
            throw ProblemException.forbidden(
                    canSee(municipality)
                            ? "Нет доступа к данным организации «" + organization + "»"
                            : "Нет доступа к данным муниципалитета «" + municipality + "»");
        }
    }

    public void requireWriteRow(String municipality, String organization) {
        String refusal = writeRefusal(municipality, organization);
        if (refusal != null) {
            throw ProblemException.forbidden(refusal);
        }
    }

    /** For list queries: empty means "no restriction", otherwise the only codes the caller may see. */
    public Optional<Collection<String>> readScope() {
        return readsAll() ? Optional.empty() : Optional.of(readable());
    }

    public void requireRead(String municipality) {
        if (!canRead(municipality)) {
            throw ProblemException.forbidden("Нет доступа к данным муниципалитета «" + municipality + "»");
        }
    }

    public void requireWrite(String municipality) {
        if (!canWrite(municipality)) {
            throw ProblemException.forbidden(
                    canRead(municipality)
                            ? "У вас есть только право просмотра данных муниципалитета «" + municipality + "»"
                            : canSee(municipality)
                                    ? "Это может только редактор муниципалитета «" + municipality
                                            + "»; ваши права относятся только к организации «"
                                            + String.join("», «", organizationsIn(municipality)) + "»"
                                    : "Нет доступа к данным муниципалитета «" + municipality + "»");
        }
    }

    /**
     * Analysis definitions (risk rules, scorecards) of a municipality are kept by its editors; the
     * region's ({@code municipality} null) by the ministry and the admin.
     */
    public void requireKeeper(String municipality) {
        if (municipality != null) {
            requireWrite(municipality);
        } else if (!managesCatalogue() && !canApprove()) {
            throw ProblemException.forbidden("Правила и рейтинги региона ведут министерство и администратор; "
                    + "для своего муниципалитета укажите поле municipality");
        }
    }

    public void requireCatalogueAdmin() {
        if (!managesCatalogue()) {
            throw ProblemException.forbidden(
                    "Изменять справочники (показатели, территории) может только администратор");
        }
    }

    public void requireApprover() {
        if (!canApprove()) {
            throw ProblemException.forbidden(
                    "Утверждать и возвращать отчётные периоды может только аналитик министерства");
        }
    }
}
