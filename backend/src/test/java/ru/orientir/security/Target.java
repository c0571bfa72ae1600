package ru.orientir.security;

/**
 * Whose data a matrix case asks for: Kaluga (the editors' own), Tula (another), a Kaluga school's, or
 * no municipality named.
 */
enum Target {
    KALUGA("kaluga", "kaluzhskaya-oblast", null),
    TULA("tula", "tulskaya-oblast", null),
    /** A row of one Kaluga school: the school editor's own (municipality editors' too). */
    KALUGA_SCHOOL("kaluga", "kaluzhskaya-oblast", SecurityData.OWN_SCHOOL),
    /** A row of another Kaluga school (school-1): not the school editor's. */
    KALUGA_OTHER_SCHOOL("kaluga", "kaluzhskaya-oblast", "school-1"),
    NONE(null, null, null);

    final String code;
    final String region;
    /** The organization of the rows asked for; null for the municipality as a whole. */
    final String organization;

    Target(String code, String region, String organization) {
        this.code = code;
        this.region = region;
        this.organization = organization;
    }

    /** The municipality and, for a school's rows, the organization as query parameters. */
    String rowsParam() {
        return param("municipality") + (organization == null ? "" : "&organization=" + organization);
    }

    /** The query parameter naming the municipality, or nothing for NONE. */
    String param(String name) {
        return code == null ? "" : "&" + name + "=" + code;
    }

    static String regionOf(String municipality) {
        for (Target t : values()) {
            if (municipality.equals(t.code)) {
                return t.region;
            }
        }
        return null;
    }
}
