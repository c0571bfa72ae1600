package ru.orientir.security;

/** Whose data a matrix case asks for: Kaluga (the editors' own), Tula (another), or no municipality named. */
enum Target {
    KALUGA("kaluga", "kaluzhskaya-oblast"),
    TULA("tula", "tulskaya-oblast"),
    NONE(null, null);

    final String code;
    final String region;

    Target(String code, String region) {
        this.code = code;
        this.region = region;
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
