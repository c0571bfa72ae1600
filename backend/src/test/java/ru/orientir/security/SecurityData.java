package ru.orientir.security;

import static org.hamcrest.Matchers.oneOf;

import java.util.HashMap;
import java.util.Map;
import ru.orientir.support.Fixtures;

/**
 * Data of both Kaluga and Tula, so that every list has rows of another municipality to leak: indicator
 * sec-1 (percent) with a value and a target for each in 2030, at municipality level and for the school-1
 * that both municipalities have (same organization code, different owners). Written as the admin.
 */
final class SecurityData {

    static final String INDICATOR = "sec-1";
    /** Without the charset REST Assured would send the body as ISO-8859-1. */
    static final String CSV = "text/csv; charset=UTF-8";

    static final int YEAR = 2030;
    /** The Kaluga school of the realm's kaluga-school-editor. */
    static final String OWN_SCHOOL = "school-45";

    static final Map<String, Integer> VALUE = Map.of("kaluga", 40, "tula", 60);
    static final Map<String, Integer> SCHOOL_VALUE = Map.of("kaluga", 45, "tula", 55);
    static final int TARGET = 50;

    /** Ids by municipality or municipality/organization. */
    private static final Map<String, Long> VALUE_IDS = new HashMap<>();

    private static final Map<String, Long> TARGET_IDS = new HashMap<>();
    private static final Map<String, String> JOB_IDS = new HashMap<>();
    private static boolean done;

    private SecurityData() {}

    static synchronized void ensure() {
        if (done) {
            return;
        }
        Fixtures.territory();
        Who.ADMIN
                .request()
                .body(Map.of("name", "МБОУ «СОШ № 45»", "type", "school"))
                .put("/api/v1/municipalities/kaluga/organizations/" + OWN_SCHOOL)
                .then()
                .statusCode(oneOf(200, 201));
        indicator(INDICATOR);
        VALUE_IDS.put("kaluga/" + OWN_SCHOOL, put("/api/v1/values", value("kaluga", 47, OWN_SCHOOL)));
        TARGET_IDS.put("kaluga/" + OWN_SCHOOL, put("/api/v1/targets", target("kaluga", OWN_SCHOOL)));
        for (String m : VALUE.keySet()) {
            VALUE_IDS.put(m, put("/api/v1/values", value(m, VALUE.get(m), null)));
            VALUE_IDS.put(m + "/school-1", put("/api/v1/values", value(m, SCHOOL_VALUE.get(m), "school-1")));
            TARGET_IDS.put(m, put("/api/v1/targets", target(m, null)));
            TARGET_IDS.put(m + "/school-1", put("/api/v1/targets", target(m, "school-1")));
            // a job of each municipality's editor, for the job endpoints (a dry run writes nothing)
            JOB_IDS.put(
                    m,
                    Who.valueOf(m.toUpperCase() + "_EDITOR")
                            .request()
                            .contentType(CSV)
                            .body(csv(m, VALUE.get(m)))
                            .post("/api/v1/imports?type=values&dryRun=true")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
        }
        done = true;
    }

    static Map<String, Object> indicatorBody(String code) {
        return Map.of(
                "nameRu",
                "Показатель проверки доступа " + code,
                "unit",
                "percent",
                "area",
                "Безопасность",
                "polarity",
                "higher");
    }

    static void indicator(String code) {
        Who.ADMIN
                .request()
                .body(indicatorBody(code))
                .put("/api/v1/indicators/" + code)
                .then()
                .statusCode(oneOf(200, 201));
    }

    static Map<String, Object> value(String municipality, Number value, String organization) {
        Map<String, Object> body = new HashMap<>(
                Map.of("municipality", municipality, "indicator", INDICATOR, "year", YEAR, "value", value));
        if (organization != null) {
            body.put("organization", organization);
        }
        return body;
    }

    static Map<String, Object> target(String municipality, String organization) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "municipality",
                municipality,
                "indicator",
                INDICATOR,
                "year",
                YEAR,
                "value",
                TARGET,
                "comparator",
                "ge"));
        if (organization != null) {
            body.put("organization", organization);
        }
        return body;
    }

    /** A values file with one row. */
    static String csv(String municipality, Number value) {
        return "municipality,indicator,year,value\n" + municipality + "," + INDICATOR + "," + YEAR + "," + value + "\n";
    }

    /** A values file with the target's one row (the value it already has: an upload changes nothing). */
    static String csv(Target t) {
        return "municipality,organization,indicator,year,value\n" + t.code + ","
                + (t.organization == null ? "" : t.organization) + "," + INDICATOR + "," + YEAR + "," + valueOf(t)
                + "\n";
    }

    /** The target's value row as a PUT body (its current value). */
    static Map<String, Object> value(Target t) {
        return value(t.code, valueOf(t), t.organization);
    }

    private static Number valueOf(Target t) {
        return t.organization == null
                ? VALUE.get(t.code)
                : OWN_SCHOOL.equals(t.organization) ? 47 : SCHOOL_VALUE.get(t.code);
    }

    private static String key(Target t) {
        return t.organization == null ? t.code : t.code + "/" + t.organization;
    }

    static long valueId(Target t) {
        return VALUE_IDS.get(key(t));
    }

    static long targetId(Target t) {
        return TARGET_IDS.get(key(t));
    }

    /** PUT as the admin, answering the id of the row. */
    static long put(String path, Map<String, Object> body) {
        return ((Number) Who.ADMIN
                        .request()
                        .body(body)
                        .put(path)
                        .then()
                        .statusCode(oneOf(200, 201))
                        .extract()
                        .path("id"))
                .longValue();
    }

    static long valueId(String municipality) {
        return VALUE_IDS.get(municipality);
    }

    static long targetId(String municipality) {
        return TARGET_IDS.get(municipality);
    }

    /** The dry-run job uploaded by the municipality's editor. */
    static String jobOf(String municipality) {
        return JOB_IDS.get(municipality);
    }
}
