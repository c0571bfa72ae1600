package ru.orientir.groups;

import java.util.Collection;
import ru.orientir.common.Checks;

/**
 * The rules a register obeys, whether it comes through the API ({@link GroupService#put}) or a file
 * ({@code imports/GroupsImporter}): the same fields, codes and Russian messages in both.
 */
public final class GroupRules {

    /** The most organizations one register may hold (a municipality has at most a few hundred schools). */
    public static final int MAX_MEMBERS = 5000;

    public static final int MAX_NAME = 300;
    public static final int MAX_DESCRIPTION = 5000;

    private GroupRules() {}

    /**
     * The register's own fields: a name (required, at most 300 characters), a description, the first
     * year (required) and the last (optional, not before the first). Field names are the API's
     * ({@code name}, {@code description}, {@code yearFrom}, {@code yearTo}); a file reports them on
     * its columns {@code name}, {@code description}, {@code year_from}, {@code year_to}.
     */
    public static void fields(Checks c, String name, String description, Integer yearFrom, Integer yearTo) {
        if (c.required("name", name)) {
            c.maxLength("name", name, MAX_NAME);
        }
        c.maxLength("description", description, MAX_DESCRIPTION);
        c.year("yearFrom", yearFrom);
        if (yearTo != null) {
            c.year("yearTo", yearTo);
            if (yearFrom != null && yearTo < yearFrom) {
                c.add("yearTo", "years_inverted", inverted(yearFrom, yearTo));
            }
        }
    }

    static String inverted(int yearFrom, int yearTo) {
        return "Последний год реестра (" + yearTo + ") раньше первого (" + yearFrom + ")";
    }

    /** More members than a register may hold. */
    public static void tooMany(Checks c, String field, int members) {
        if (members > MAX_MEMBERS) {
            c.add(field, "too_many", "В реестре не может быть больше " + MAX_MEMBERS + " организаций");
        }
    }

    /** Organizations named that the municipality does not have. */
    public static void unknownOrganizations(Checks c, String field, String municipality, Collection<String> unknown) {
        if (!unknown.isEmpty()) {
            c.add(
                    field,
                    "unknown_organization",
                    "В муниципалитете «" + municipality + "» нет организаций: " + String.join(", ", unknown));
        }
    }

    /** The same organization named twice for one register (in a file: on two rows). */
    public static void repeated(Checks c, String field, String organization, String where) {
        c.add(
                field,
                "duplicate",
                "Организация «" + organization + "» уже включена в этот реестр"
                        + (where == null ? "" : " (" + where + ")"));
    }
}
