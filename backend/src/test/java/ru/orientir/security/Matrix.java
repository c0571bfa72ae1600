package ru.orientir.security;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static ru.orientir.security.Expect.AUTHORISED;
import static ru.orientir.security.Expect.FORBIDDEN;
import static ru.orientir.security.Expect.HIDDEN;
import static ru.orientir.security.Expect.OK;
import static ru.orientir.security.Expect.ROWS_REFUSED;
import static ru.orientir.security.SecurityData.INDICATOR;
import static ru.orientir.security.SecurityData.YEAR;
import static ru.orientir.security.Target.KALUGA;
import static ru.orientir.security.Target.KALUGA_OTHER_SCHOOL;
import static ru.orientir.security.Target.KALUGA_SCHOOL;
import static ru.orientir.security.Target.NONE;
import static ru.orientir.security.Target.TULA;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import ru.orientir.support.Fixtures;

/**
 * The access matrix: every operation under /api/v1, whose data it touches, and who may do it. The test
 * runs every entry for every caller; an operation served without an entry here fails the test.
 */
final class Matrix {

    /** Who may do it: the answer for a caller and a target (the no-token case is always 401). */
    interface Rule {
        Expect expect(Who who, Target target);
    }

    /** More assertions on an answer the rule allowed (or on an upload whose rows were refused). */
    interface Check {
        void check(Who who, Target target, Expect expect, Response response);
    }

    static final Rule ANYONE = (w, t) -> OK;
    static final Rule READ = (w, t) -> t == NONE || w.canRead(t.code) ? OK : FORBIDDEN;
    static final Rule WRITE = (w, t) -> w.canWrite(t.code) ? OK : FORBIDDEN;
    /** The municipality's record, organizations and periods: its readers and its schools' coordinators. */
    static final Rule SEE = (w, t) -> t == NONE || w.canSee(t.code) ? OK : FORBIDDEN;
    /** Rows of data: the municipality's readers; a school coordinator its school's and the municipality's own. */
    static final Rule ROWS = (w, t) -> t == NONE || w.canReadRows(t) ? OK : FORBIDDEN;

    static final Rule WRITE_ROWS = (w, t) -> w.canWriteRows(t) ? OK : FORBIDDEN;
    /** Puts an indicator into an area as the admin (creating the area when new). */
    private static void area(String indicator, String area) {
        Map<String, Object> body = new java.util.HashMap<>(SecurityData.indicatorBody(indicator));
        body.put("area", area);
        Who.ADMIN
                .request()
                .body(body)
                .put("/api/v1/indicators/" + indicator)
                .then()
                .statusCode(oneOf(200, 201));
    }

    static final Rule CATALOGUE = (w, t) -> w.managesCatalogue ? OK : FORBIDDEN;
    static final Rule UPLOAD = (w, t) -> !w.writesSome() ? FORBIDDEN : w.canWriteRows(t) ? OK : ROWS_REFUSED;
    /** Import jobs are seen by their uploader and by those who read everything; for others they do not exist. */
    static final Rule OWN_JOB = (w, t) -> w.readsAll() || (t.code + "-editor").equals(w.user) ? OK : HIDDEN;

    /** A rule of a municipality is its editors'; one of the region (NONE) the ministry's and the admin's. */
    static final Rule RULES =
            (w, t) -> (t == NONE ? w.managesCatalogue || w.approves : w.canWrite(t.code)) ? OK : FORBIDDEN;

    static final Rule SUBMIT = (w, t) -> w.canWrite(t.code) ? AUTHORISED : FORBIDDEN;
    static final Rule APPROVE = (w, t) -> w.approves ? AUTHORISED : FORBIDDEN;
    /** The public portal (#19): whoever asks, with a token or without, gets the same answer (published or 404). */
    static final Rule PUBLIC = (w, t) -> AUTHORISED;

    static final Check NOTHING = (w, t, e, r) -> {};

    /** One operation of the API (method and OpenAPI path) and how the matrix exercises it. */
    record Entry(
            String method,
            String path,
            List<Target> targets,
            Rule rule,
            Function<Target, Req> request,
            Function<Target, String> name,
            Check check) {

        String key() {
            return method + " " + path;
        }

        Entry on(Target... ts) {
            return new Entry(method, path, List.of(ts), rule, request, name, check);
        }

        Entry rule(Rule r) {
            return new Entry(method, path, targets, r, request, name, check);
        }

        Entry check(Check c) {
            return new Entry(method, path, targets, rule, request, name, c);
        }

        /** A request without side effects: its text is the test's name. */
        Entry req(Function<Target, Req> r) {
            return new Entry(method, path, targets, rule, r, t -> r.apply(t).toString(), check);
        }

        /** A request that first creates (as the admin) what it works on, e.g. a row to delete. */
        Entry prepared(Function<Target, String> shown, Function<Target, Req> r) {
            return new Entry(method, path, targets, rule, r, shown, check);
        }
    }

    static Entry op(String method, String path) {
        return new Entry(method, path, List.of(NONE), ANYONE, t -> Req.get(path), t -> method + " " + path, NOTHING);
    }

    private Matrix() {}

    static List<Entry> entries() {
        return List.of(
                // ---- who am I
                op("GET", "/api/v1/me").req(t -> Req.get("/api/v1/me")).check(Matrix::me),

                // ---- territory
                op("GET", "/api/v1/regions")
                        .req(t -> Req.get("/api/v1/regions?size=1000"))
                        .check(Matrix::regions),
                op("GET", "/api/v1/regions/{code}")
                        .on(KALUGA, TULA)
                        .rule(SEE)
                        .req(t -> Req.get("/api/v1/regions/" + t.region)),
                op("PUT", "/api/v1/regions/{code}")
                        .on(KALUGA, TULA)
                        .rule(CATALOGUE)
                        .req(t -> Req.put("/api/v1/regions/" + t.region, Map.of("name", fixture(t)[1]))),
                op("DELETE", "/api/v1/regions/{code}")
                        .rule(CATALOGUE)
                        .prepared(t -> "DELETE /api/v1/regions/sec-tmp-region", t -> {
                            Who.ADMIN
                                    .request()
                                    .body(Map.of("name", "Временный регион"))
                                    .put("/api/v1/regions/sec-tmp-region")
                                    .then()
                                    .statusCode(oneOf(200, 201));
                            return Req.delete("/api/v1/regions/sec-tmp-region");
                        }),
                op("GET", "/api/v1/municipalities")
                        .req(t -> Req.get("/api/v1/municipalities?size=1000"))
                        .check(seen("items.code", false, true)),
                op("GET", "/api/v1/municipalities/{code}")
                        .on(KALUGA, TULA)
                        .rule(SEE)
                        .req(t -> Req.get("/api/v1/municipalities/" + t.code))
                        .check(seen("code", false, true)),
                op("PUT", "/api/v1/municipalities/{code}")
                        .on(KALUGA, TULA)
                        .rule(CATALOGUE)
                        .req(t -> Req.put(
                                "/api/v1/municipalities/" + t.code,
                                Map.of("name", fixture(t)[2], "region", t.region, "type", "urban_okrug"))),
                op("DELETE", "/api/v1/municipalities/{code}")
                        .rule(CATALOGUE)
                        .prepared(t -> "DELETE /api/v1/municipalities/sec-tmp", t -> {
                            Who.ADMIN
                                    .request()
                                    .body(Map.of("name", "Временный округ", "region", "kaluzhskaya-oblast"))
                                    .put("/api/v1/municipalities/sec-tmp")
                                    .then()
                                    .statusCode(oneOf(200, 201));
                            return Req.delete("/api/v1/municipalities/sec-tmp");
                        }),
                op("GET", "/api/v1/municipalities/{code}/organizations")
                        .on(KALUGA, TULA)
                        .rule(SEE)
                        .req(t -> Req.get("/api/v1/municipalities/" + t.code + "/organizations?size=1000"))
                        .check(seen("items.municipality", false, true)),
                op("GET", "/api/v1/municipalities/{code}/organizations/{org}")
                        .on(KALUGA, TULA)
                        .rule(SEE)
                        .req(t -> Req.get("/api/v1/municipalities/" + t.code + "/organizations/school-1"))
                        .check(seen("municipality", false, true)),
                op("PUT", "/api/v1/municipalities/{code}/organizations/{org}")
                        .on(KALUGA, TULA)
                        .rule(WRITE)
                        .req(t -> Req.put(
                                "/api/v1/municipalities/" + t.code + "/organizations/sec-org",
                                Map.of("name", "Школа проверки доступа", "type", "school"))),
                op("DELETE", "/api/v1/municipalities/{code}/organizations/{org}")
                        .on(KALUGA, TULA)
                        .rule(WRITE)
                        .prepared(t -> "DELETE /api/v1/municipalities/" + t.code + "/organizations/sec-del-org", t -> {
                            Who.ADMIN
                                    .request()
                                    .body(Map.of("name", "Удаляемая школа", "type", "school"))
                                    .put("/api/v1/municipalities/" + t.code + "/organizations/sec-del-org")
                                    .then()
                                    .statusCode(oneOf(200, 201));
                            return Req.delete("/api/v1/municipalities/" + t.code + "/organizations/sec-del-org");
                        }),

                // ---- registers (groups) of a municipality's organizations
                op("GET", "/api/v1/municipalities/{code}/groups")
                        .on(KALUGA, TULA)
                        .rule(READ)
                        .req(t -> Req.get("/api/v1/municipalities/" + t.code + "/groups?size=1000"))
                        .check(field("items.municipality", false, false)),
                op("GET", "/api/v1/municipalities/{code}/groups/{group}")
                        .on(KALUGA, TULA)
                        .rule(READ)
                        .prepared(
                                t -> "GET /api/v1/municipalities/" + t.code + "/groups/sec-group",
                                t -> Req.get(group(t, "sec-group")))
                        .check(field("municipality", false, true)),
                op("GET", "/api/v1/municipalities/{code}/groups/{group}/progress")
                        .on(KALUGA, TULA)
                        .rule(READ)
                        .prepared(
                                t -> "GET /api/v1/municipalities/" + t.code + "/groups/sec-group/progress",
                                t -> Req.get(group(t, "sec-group") + "/progress?indicator=" + INDICATOR)),
                op("PUT", "/api/v1/municipalities/{code}/groups/{group}")
                        .on(KALUGA, TULA)
                        .rule(WRITE)
                        .req(t -> Req.put("/api/v1/municipalities/" + t.code + "/groups/sec-put-group", GROUP)),
                op("DELETE", "/api/v1/municipalities/{code}/groups/{group}")
                        .on(KALUGA, TULA)
                        .rule(WRITE)
                        .prepared(
                                t -> "DELETE /api/v1/municipalities/" + t.code + "/groups/sec-del-group",
                                t -> Req.delete(group(t, "sec-del-group"))),

                // ---- catalogue: everyone reads it, the admin and the service account change it
                op("GET", "/api/v1/indicators").req(t -> Req.get("/api/v1/indicators")),
                op("GET", "/api/v1/indicators/areas").req(t -> Req.get("/api/v1/indicators/areas")),
                op("GET", "/api/v1/indicators/{code}").req(t -> Req.get("/api/v1/indicators/" + INDICATOR)),
                op("PUT", "/api/v1/indicators/{code}")
                        .rule(CATALOGUE)
                        .req(t -> Req.put("/api/v1/indicators/" + INDICATOR, SecurityData.indicatorBody(INDICATOR))),
                op("DELETE", "/api/v1/indicators/{code}")
                        .rule(CATALOGUE)
                        .prepared(t -> "DELETE /api/v1/indicators/sec-tmp-ind", t -> {
                            SecurityData.indicator("sec-tmp-ind");
                            return Req.delete("/api/v1/indicators/sec-tmp-ind");
                        }),
                op("PUT", "/api/v1/indicators/areas/{area}")
                        .rule(CATALOGUE)
                        .prepared(t -> "PUT /api/v1/indicators/areas/sec-area", t -> {
                            area("sec-area-ind", "sec-area");
                            return Req.put("/api/v1/indicators/areas/sec-area", Map.of("area", "sec-area"));
                        }),
                op("DELETE", "/api/v1/indicators/areas/{area}")
                        .rule(CATALOGUE)
                        .prepared(t -> "DELETE /api/v1/indicators/areas/sec-area-empty", t -> {
                            area("sec-area-del", "sec-area-empty");
                            area("sec-area-del", "sec-area");
                            return Req.delete("/api/v1/indicators/areas/sec-area-empty");
                        }),
                // ---- the managed list of areas (#16): everyone reads it, the catalogue's keepers change it
                op("GET", "/api/v1/areas").req(t -> Req.get("/api/v1/areas")),
                op("GET", "/api/v1/areas/{code}").prepared(t -> "GET /api/v1/areas/sec-area-code", t -> {
                    Who.ADMIN
                            .request()
                            .body(Map.of("nameRu", "Направление для проверки доступа"))
                            .put("/api/v1/areas/sec-area-code")
                            .then()
                            .statusCode(oneOf(200, 201));
                    return Req.get("/api/v1/areas/sec-area-code");
                }),
                op("PUT", "/api/v1/areas/{code}")
                        .rule(CATALOGUE)
                        .req(t -> Req.put("/api/v1/areas/sec-put-area", Map.of("nameRu", "Направление sec-put-area"))),
                op("DELETE", "/api/v1/areas/{code}")
                        .rule(CATALOGUE)
                        .prepared(t -> "DELETE /api/v1/areas/sec-del-area", t -> {
                            Who.ADMIN
                                    .request()
                                    .body(Map.of("nameRu", "Направление sec-del-area"))
                                    .put("/api/v1/areas/sec-del-area")
                                    .then()
                                    .statusCode(oneOf(200, 201));
                            return Req.delete("/api/v1/areas/sec-del-area");
                        }),
                // ---- people and roles from Keycloak (#16): the admin only
                op("GET", "/api/v1/admin/users")
                        .rule((w, t) -> w == Who.ADMIN ? OK : FORBIDDEN)
                        .req(t -> Req.get("/api/v1/admin/users?size=5")),
                // ---- notifications (#18): everyone their own; another's id answers 404 like an unknown one
                op("GET", "/api/v1/notifications").req(t -> Req.get("/api/v1/notifications?size=5")),
                op("POST", "/api/v1/notifications/{id}/read")
                        .rule((w, t) -> HIDDEN)
                        .req(t -> Req.post("/api/v1/notifications/999999999/read", null, null)),
                op("POST", "/api/v1/notifications/read-all")
                        .req(t -> Req.post("/api/v1/notifications/read-all", null, null)),
                op("GET", "/api/v1/notifications/preferences").req(t -> Req.get("/api/v1/notifications/preferences")),
                op("PUT", "/api/v1/notifications/preferences")
                        .req(t -> Req.put("/api/v1/notifications/preferences", Map.of("items", List.of()))),
                op("POST", "/api/v1/admin/reminders/run")
                        .rule((w, t) -> w == Who.ADMIN ? OK : FORBIDDEN)
                        .req(t -> Req.post("/api/v1/admin/reminders/run?date=2000-01-01", null, null)),

                // ---- dimensions of disaggregation: part of the catalogue
                op("GET", "/api/v1/dimensions").req(t -> Req.get("/api/v1/dimensions")),
                op("GET", "/api/v1/dimensions/{code}")
                        .prepared(t -> "GET /api/v1/dimensions/sec-dim", t -> Req.get(dimension("sec-dim"))),
                op("PUT", "/api/v1/dimensions/{code}")
                        .rule(CATALOGUE)
                        .req(t -> Req.put("/api/v1/dimensions/sec-put-dim", DIMENSION)),
                op("DELETE", "/api/v1/dimensions/{code}")
                        .rule(CATALOGUE)
                        .prepared(
                                t -> "DELETE /api/v1/dimensions/sec-del-dim",
                                t -> Req.delete(dimension("sec-del-dim"))),

                // ---- values and targets
                op("GET", "/api/v1/values")
                        .on(KALUGA, TULA, NONE, KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL)
                        .rule(ROWS)
                        .req(t -> Req.get("/api/v1/values?indicator=" + INDICATOR + "&size=1000" + t.rowsParam()))
                        .check(Matrix::rows),
                op("GET", "/api/v1/values/{id}")
                        .on(KALUGA, TULA, KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL)
                        .rule(ROWS)
                        .req(t -> Req.get("/api/v1/values/" + SecurityData.valueId(t)))
                        .check(seen("municipality", false, true)),
                op("PUT", "/api/v1/values")
                        .on(KALUGA, TULA, KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL)
                        .rule(WRITE_ROWS)
                        .req(t -> Req.put("/api/v1/values", SecurityData.value(t))),
                op("POST", "/api/v1/values/batch")
                        .on(KALUGA, TULA, KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL)
                        .rule(WRITE_ROWS)
                        .req(t -> Req.post(
                                "/api/v1/values/batch",
                                Map.of("items", List.of(SecurityData.value(t))),
                                "application/json")),
                op("DELETE", "/api/v1/values/{id}")
                        .on(KALUGA, TULA, KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL)
                        .rule(WRITE_ROWS)
                        .prepared(
                                t -> "DELETE /api/v1/values/{a fresh " + t.code + rowOf(t) + " value}",
                                t -> Req.delete("/api/v1/values/" + throwaway("/api/v1/values", t))),
                op("GET", "/api/v1/targets")
                        .on(KALUGA, TULA, NONE, KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL)
                        .rule(ROWS)
                        .req(t -> Req.get("/api/v1/targets?indicator=" + INDICATOR + "&size=1000" + t.rowsParam()))
                        .check(Matrix::rows),
                op("GET", "/api/v1/targets/{id}")
                        .on(KALUGA, TULA, KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL)
                        .rule(ROWS)
                        .req(t -> Req.get("/api/v1/targets/" + SecurityData.targetId(t)))
                        .check(seen("municipality", false, true)),
                op("PUT", "/api/v1/targets")
                        .on(KALUGA, TULA, KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL)
                        .rule(WRITE_ROWS)
                        .req(t -> Req.put("/api/v1/targets", SecurityData.target(t.code, t.organization))),
                op("DELETE", "/api/v1/targets/{id}")
                        .on(KALUGA, TULA, KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL)
                        .rule(WRITE_ROWS)
                        .prepared(
                                t -> "DELETE /api/v1/targets/{a fresh " + t.code + rowOf(t) + " target}",
                                t -> Req.delete("/api/v1/targets/" + throwaway("/api/v1/targets", t))),

                // ---- files
                op("GET", "/api/v1/values/export")
                        .on(KALUGA, TULA, NONE, KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL)
                        .rule(ROWS)
                        .req(t -> Req.get("/api/v1/values/export?indicator=" + INDICATOR + t.rowsParam()))
                        .check(Matrix::csv),
                op("GET", "/api/v1/targets/export")
                        .on(KALUGA, TULA, NONE, KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL)
                        .rule(ROWS)
                        .req(t -> Req.get("/api/v1/targets/export?indicator=" + INDICATOR + t.rowsParam()))
                        .check(Matrix::csv),
                op("GET", "/api/v1/templates/values")
                        .on(KALUGA, TULA)
                        .rule(SEE)
                        .req(t -> Req.get("/api/v1/templates/values?year=" + YEAR + t.param("municipality"))),
                op("GET", "/api/v1/templates/targets")
                        .on(KALUGA, TULA)
                        .rule(SEE)
                        .req(t -> Req.get("/api/v1/templates/targets?year=" + YEAR + t.param("municipality"))),
                op("POST", "/api/v1/imports")
                        .on(KALUGA, TULA, KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL)
                        .rule(UPLOAD)
                        .req(t -> Req.post("/api/v1/imports?type=values", SecurityData.csv(t), SecurityData.CSV))
                        .check(Matrix::upload),
                op("GET", "/api/v1/imports")
                        .req(t -> Req.get("/api/v1/imports?size=1000"))
                        .check(Matrix::jobs),
                op("GET", "/api/v1/imports/{id}")
                        .on(KALUGA, TULA)
                        .rule(OWN_JOB)
                        .req(t -> Req.get("/api/v1/imports/" + SecurityData.jobOf(t.code))),
                op("GET", "/api/v1/imports/{id}/errors")
                        .on(KALUGA, TULA)
                        .rule(OWN_JOB)
                        .req(t -> Req.get("/api/v1/imports/" + SecurityData.jobOf(t.code) + "/errors")),

                // ---- plan against fact
                op("GET", "/api/v1/attainment")
                        .on(KALUGA, TULA, NONE, KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL)
                        .rule(ROWS)
                        .req(t -> Req.get("/api/v1/attainment?year=" + YEAR + "&indicator=" + INDICATOR + "&size=1000"
                                + t.rowsParam()))
                        .check(Matrix::rows),
                op("GET", "/api/v1/attainment/summary")
                        .on(KALUGA, TULA)
                        .rule(SEE)
                        .req(t -> Req.get("/api/v1/attainment/summary?year=" + YEAR + t.param("municipality")))
                        .check(seen("municipality", false, true)),
                op("GET", "/api/v1/attainment/export")
                        .on(KALUGA, TULA)
                        .rule(SEE)
                        .req(t -> Req.get(
                                "/api/v1/attainment/export?format=xlsx&year=" + YEAR + t.param("municipality"))),
                op("GET", "/api/v1/reports/annual")
                        .on(KALUGA, TULA)
                        .rule(READ)
                        .req(t -> Req.get("/api/v1/reports/annual?format=html&year=" + YEAR + t.param("municipality"))),
                op("GET", "/api/v1/attainment/ranking")
                        .req(t -> Req.get("/api/v1/attainment/ranking?year=" + YEAR + "&indicator=" + INDICATOR))
                        .check(seen("items.municipality", false, true)),
                op("GET", "/api/v1/rankings")
                        .on(KALUGA, TULA)
                        .rule(READ)
                        .prepared(
                                t -> "GET /api/v1/rankings?municipality=" + t.code + "&indicator=sec-school&year="
                                        + YEAR,
                                t -> Req.get("/api/v1/rankings?year=" + YEAR + "&indicator=" + schoolIndicator()
                                        + t.param("municipality")))
                        .check(field("municipality", false, true)),
                op("GET", "/api/v1/attainment/series")
                        .on(KALUGA, TULA, KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL)
                        .rule(ROWS)
                        .req(t -> Req.get("/api/v1/attainment/series?indicator=" + INDICATOR + t.rowsParam()))
                        .check(seen("municipality", false, true)),
                // the dashboard's batched trends and its years (#16)
                op("GET", "/api/v1/attainment/trends")
                        .on(KALUGA, TULA, KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL)
                        .rule(ROWS)
                        .req(t -> Req.get("/api/v1/attainment/trends?yearFrom=" + YEAR + t.rowsParam()))
                        .check(seen("municipality", false, true)),
                op("GET", "/api/v1/attainment/years")
                        .on(KALUGA, TULA, KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL)
                        .rule(ROWS)
                        .req(t -> Req.get(
                                "/api/v1/attainment/years?" + t.rowsParam().substring(1)))
                        .check(seen("municipality", false, true)),

                // ---- risk rules: the region's kept by the ministry, a department's by its editors
                op("GET", "/api/v1/rules").req(t -> Req.get("/api/v1/rules?size=1000")),
                op("GET", "/api/v1/rules/{code}")
                        .prepared(t -> "GET /api/v1/rules/sec-rule", t -> Req.get(rule(NONE, "sec-rule"))),
                op("PUT", "/api/v1/rules/{code}")
                        .on(KALUGA, TULA, NONE)
                        .rule(RULES)
                        .req(t -> Req.put(
                                "/api/v1/rules/sec-put-rule-" + (t.code == null ? "region" : t.code), ruleBody(t))),
                op("DELETE", "/api/v1/rules/{code}")
                        .on(KALUGA, TULA, NONE)
                        .rule(RULES)
                        .prepared(
                                t -> "DELETE /api/v1/rules/sec-del-rule-" + (t.code == null ? "region" : t.code),
                                t -> Req.delete(rule(t, "sec-del-rule-" + (t.code == null ? "region" : t.code)))),
                op("GET", "/api/v1/flags")
                        .on(KALUGA, TULA, NONE)
                        .rule(SEE)
                        .req(t -> Req.get("/api/v1/flags?year=" + YEAR + "&size=1000" + t.param("municipality")))
                        .check(Matrix::flags),

                // ---- scorecards: kept like the rules; ratings within what the caller sees
                op("GET", "/api/v1/scorecards").req(t -> Req.get("/api/v1/scorecards?size=1000")),
                op("GET", "/api/v1/scorecards/{code}")
                        .prepared(t -> "GET /api/v1/scorecards/sec-card", t -> Req.get(scorecard(NONE, "sec-card"))),
                op("PUT", "/api/v1/scorecards/{code}")
                        .on(KALUGA, TULA, NONE)
                        .rule(RULES)
                        .req(t -> Req.put(
                                "/api/v1/scorecards/sec-put-card-" + (t.code == null ? "region" : t.code),
                                scorecardBody(t))),
                op("DELETE", "/api/v1/scorecards/{code}")
                        .on(KALUGA, TULA, NONE)
                        .rule(RULES)
                        .prepared(
                                t -> "DELETE /api/v1/scorecards/sec-del-card-" + (t.code == null ? "region" : t.code),
                                t -> Req.delete(scorecard(t, "sec-del-card-" + (t.code == null ? "region" : t.code)))),
                op("GET", "/api/v1/scorecards/{code}/ratings")
                        .on(KALUGA, TULA, NONE)
                        .rule(SEE)
                        .prepared(
                                t -> "GET /api/v1/scorecards/sec-card/ratings?year=" + YEAR + t.param("municipality"),
                                t -> Req.get(scorecard(NONE, "sec-card") + "/ratings?size=1000&year=" + YEAR
                                        + t.param("municipality")))
                        .check(Matrix::flags),
                op("GET", "/api/v1/scorecards/{code}/ratings/export")
                        .on(KALUGA, TULA, NONE)
                        .rule(SEE)
                        .prepared(
                                t -> "GET /api/v1/scorecards/sec-card/ratings/export?year=" + YEAR
                                        + t.param("municipality"),
                                t -> Req.get(scorecard(NONE, "sec-card") + "/ratings/export?year=" + YEAR
                                        + t.param("municipality"))),

                // ---- targeted recommendations: the department addresses its schools, a school answers its own
                op("POST", "/api/v1/recommendations")
                        .on(KALUGA, TULA)
                        .rule(WRITE)
                        .req(t -> Req.post("/api/v1/recommendations", recommendationBody(t), "application/json")),
                op("GET", "/api/v1/recommendations")
                        .on(KALUGA, TULA, NONE)
                        .rule(SEE)
                        .prepared(t -> "GET /api/v1/recommendations?size=1000" + t.param("municipality"), t -> {
                            recommendationsToList();
                            return Req.get("/api/v1/recommendations?size=1000" + t.param("municipality"));
                        })
                        .check(Matrix::rows),
                op("GET", "/api/v1/recommendations/{id}")
                        .on(KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL, TULA)
                        .rule(ROWS)
                        .prepared(
                                t -> "GET /api/v1/recommendations/{id of " + t.code + "/" + schoolOf(t) + "}",
                                t -> Req.get(recommendation(t))),
                op("POST", "/api/v1/recommendations/{id}/response")
                        .on(KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL, TULA)
                        .rule(WRITE_ROWS)
                        .prepared(
                                t -> "POST /api/v1/recommendations/{id of " + t.code + "/" + schoolOf(t) + "}/response",
                                t -> Req.post(
                                        recommendation(t) + "/response",
                                        Map.of("text", "Выполнено"),
                                        "application/json")),
                op("POST", "/api/v1/recommendations/{id}/verdict")
                        .on(KALUGA_SCHOOL, TULA)
                        .rule(WRITE)
                        .prepared(
                                t -> "POST /api/v1/recommendations/{id of " + t.code + "/" + schoolOf(t) + "}/verdict",
                                t -> Req.post(
                                        recommendation(t) + "/verdict",
                                        Map.of("outcome", "effective"),
                                        "application/json")),
                op("DELETE", "/api/v1/recommendations/{id}")
                        .on(KALUGA_SCHOOL, TULA)
                        .rule(WRITE)
                        .prepared(
                                t -> "DELETE /api/v1/recommendations/{id of " + t.code + "/" + schoolOf(t) + "}",
                                t -> Req.delete(recommendation(t))),
                op("GET", "/api/v1/recommendations/{id}/effect")
                        .on(KALUGA_SCHOOL, KALUGA_OTHER_SCHOOL, TULA)
                        .rule(ROWS)
                        .prepared(
                                t -> "GET /api/v1/recommendations/{id of " + t.code + "/" + schoolOf(t) + "}/effect",
                                t -> Req.get(recommendation(t) + "/effect")),

                // ---- audit: catalogue events (no municipality) concern everyone; a school coordinator its school's
                op("GET", "/api/v1/audit")
                        .on(KALUGA, TULA, NONE)
                        .rule(SEE)
                        .req(t -> Req.get(
                                "/api/v1/audit?indicator=" + INDICATOR + "&size=1000" + t.param("municipality")))
                        .check(Matrix::audit),

                // ---- reporting periods (year 2034: a submit there locks nothing the other cases write)
                op("GET", "/api/v1/periods")
                        .req(t -> Req.get("/api/v1/periods?size=1000"))
                        .check(seen("items.municipality", false, false)),
                op("GET", "/api/v1/municipalities/{code}/periods/{year}")
                        .on(KALUGA, TULA)
                        .rule(SEE)
                        .req(t -> Req.get("/api/v1/municipalities/" + t.code + "/periods/2034"))
                        .check(seen("municipality", false, true)),
                op("GET", "/api/v1/municipalities/{code}/periods/{year}/completeness")
                        .on(KALUGA, TULA)
                        .rule(SEE)
                        .req(t -> Req.get("/api/v1/municipalities/" + t.code + "/periods/2034/completeness"))
                        .check(seen("municipality", false, true)),
                transition("submit").rule(SUBMIT),
                transition("approve").rule(APPROVE),
                transition("return").rule(APPROVE),
                transition("reopen").rule(APPROVE),

                // ---- publication (#19): the ministry and the admin publish (a municipality's editors only when its
                // region allows it, off by default); year 2034 is not approved, so an allowed publish is 409
                op("GET", "/api/v1/municipalities/{code}/periods/{year}/publication")
                        .on(KALUGA, TULA)
                        .rule(SEE)
                        .req(t -> Req.get("/api/v1/municipalities/" + t.code + "/periods/2034/publication"))
                        .check(seen("municipality", false, true)),
                publication("publish").rule(APPROVE),
                publication("unpublish").rule(APPROVE),
                op("GET", "/api/v1/regions/{code}/publication")
                        .on(KALUGA, TULA)
                        .rule(SEE)
                        .req(t -> Req.get("/api/v1/regions/" + t.region + "/publication")),
                op("PUT", "/api/v1/regions/{code}/publication")
                        .on(KALUGA, TULA)
                        .rule(APPROVE)
                        .req(t -> Req.put(
                                "/api/v1/regions/" + t.region + "/publication",
                                Map.of("municipalitiesMayPublish", false))),
                // the public portal: the same for every caller, with a token or without (never 401 or 403)
                op("GET", "/api/v1/public/municipalities")
                        .rule(PUBLIC)
                        .req(t -> Req.get("/api/v1/public/municipalities")),
                op("GET", "/api/v1/public/municipalities/{code}")
                        .on(KALUGA, TULA)
                        .rule(PUBLIC)
                        .req(t -> Req.get("/api/v1/public/municipalities/" + t.code)),
                op("GET", "/api/v1/public/municipalities/{code}/attainment")
                        .on(KALUGA, TULA)
                        .rule(PUBLIC)
                        .req(t -> Req.get("/api/v1/public/municipalities/" + t.code + "/attainment?year=" + YEAR)),
                op("GET", "/api/v1/public/municipalities/{code}/summary")
                        .on(KALUGA, TULA)
                        .rule(PUBLIC)
                        .req(t -> Req.get("/api/v1/public/municipalities/" + t.code + "/summary?year=" + YEAR)),
                op("GET", "/api/v1/public/municipalities/{code}/trends")
                        .on(KALUGA, TULA)
                        .rule(PUBLIC)
                        .req(t -> Req.get("/api/v1/public/municipalities/" + t.code + "/trends?year=" + YEAR)),

                // ---- plans and activities (#14): kept like the rules, read by whoever sees the municipality
                op("GET", "/api/v1/plans").req(t -> Req.get("/api/v1/plans?size=1000")),
                op("GET", "/api/v1/plans/{code}")
                        .on(KALUGA, TULA, NONE)
                        .rule(SEE)
                        .prepared(t -> "GET " + planName(t, "plan"), t -> Req.get(plan(t, "plan"))),
                op("PUT", "/api/v1/plans/{code}")
                        .on(KALUGA, TULA, NONE)
                        .rule(RULES)
                        .req(t -> Req.put(planName(t, "put-plan"), planBody(t))),
                op("DELETE", "/api/v1/plans/{code}")
                        .on(KALUGA, TULA, NONE)
                        .rule(RULES)
                        .prepared(t -> "DELETE " + planName(t, "del-plan"), t -> Req.delete(plan(t, "del-plan"))),
                op("POST", "/api/v1/plans/{code}/approve")
                        .on(KALUGA, TULA, NONE)
                        .rule(PLAN_STATE)
                        .prepared(
                                t -> "POST " + planName(t, "appr") + "/approve",
                                t -> Req.post(plan(t, "appr") + "/approve", null, null)),
                op("POST", "/api/v1/plans/{code}/reopen")
                        .on(KALUGA, TULA, NONE)
                        .rule(PLAN_STATE)
                        .prepared(
                                t -> "POST " + planName(t, "appr") + "/reopen",
                                t -> Req.post(
                                        plan(t, "appr") + "/reopen",
                                        Map.of("reason", "Проверка доступа"),
                                        "application/json")),
                op("GET", "/api/v1/plans/{code}/tree")
                        .on(KALUGA, TULA, NONE)
                        .rule(SEE)
                        .prepared(t -> "GET " + planName(t, "plan") + "/tree", t -> Req.get(plan(t, "plan") + "/tree")),
                op("PUT", "/api/v1/plans/{code}/nodes/{node}")
                        .on(KALUGA, TULA, NONE)
                        .rule(RULES)
                        .prepared(
                                t -> "PUT " + planName(t, "plan") + "/nodes/n1",
                                t -> Req.put(plan(t, "plan") + "/nodes/n1", NODE)),
                op("DELETE", "/api/v1/plans/{code}/nodes/{node}")
                        .on(KALUGA, TULA, NONE)
                        .rule(RULES)
                        .prepared(t -> "DELETE " + planName(t, "plan") + "/nodes/del-n", t -> {
                            String path = plan(t, "plan") + "/nodes/del-n";
                            Who.ADMIN.request().body(NODE).put(path).then().statusCode(oneOf(200, 201));
                            return Req.delete(path);
                        }),
                op("GET", "/api/v1/plans/{code}/activities")
                        .on(KALUGA, TULA, NONE)
                        .rule(SEE)
                        .prepared(
                                t -> "GET " + planName(t, "plan") + "/activities",
                                t -> Req.get(plan(t, "plan") + "/activities")),
                op("GET", "/api/v1/plans/{code}/activities/{activity}")
                        .on(KALUGA, TULA, NONE)
                        .rule(SEE)
                        .prepared(
                                t -> "GET " + planName(t, "plan") + "/activities/a1", t -> Req.get(activity(t, "a1"))),
                op("PUT", "/api/v1/plans/{code}/activities/{activity}")
                        .on(KALUGA, TULA, NONE)
                        .rule(RULES)
                        .prepared(
                                t -> "PUT " + planName(t, "plan") + "/activities/a1",
                                t -> Req.put(activity(t, "a1"), ACTIVITY)),
                op("DELETE", "/api/v1/plans/{code}/activities/{activity}")
                        .on(KALUGA, TULA, NONE)
                        .rule(RULES)
                        .prepared(
                                t -> "DELETE " + planName(t, "plan") + "/activities/del-a",
                                t -> Req.delete(activity(t, "del-a"))),
                op("POST", "/api/v1/plans/{code}/activities/{activity}/status")
                        .on(KALUGA, TULA, NONE)
                        .rule(RULES)
                        .prepared(
                                t -> "POST " + planName(t, "plan") + "/activities/a1/status",
                                t -> Req.post(
                                        activity(t, "a1") + "/status",
                                        Map.of("status", "in_progress", "comment", "Проверка доступа"),
                                        "application/json")),
                op("GET", "/api/v1/plans/{code}/activities/{activity}/history")
                        .on(KALUGA, TULA, NONE)
                        .rule(SEE)
                        .prepared(
                                t -> "GET " + planName(t, "plan") + "/activities/a1/history",
                                t -> Req.get(activity(t, "a1") + "/history")),
                op("GET", "/api/v1/plans/{code}/activities/{activity}/effect")
                        .on(KALUGA, TULA)
                        .rule(SEE)
                        .prepared(
                                t -> "GET " + planName(t, "plan") + "/activities/a1/effect",
                                t -> Req.get(activity(t, "a1") + "/effect")),
                op("GET", "/api/v1/plans/{code}/activities/{activity}/evidence")
                        .on(KALUGA, TULA, NONE)
                        .rule(SEE)
                        .prepared(
                                t -> "GET " + planName(t, "plan") + "/activities/a1/evidence",
                                t -> Req.get(activity(t, "a1") + "/evidence")),
                op("POST", "/api/v1/plans/{code}/activities/{activity}/evidence")
                        .on(KALUGA, TULA, NONE)
                        .rule(RULES)
                        .prepared(
                                t -> "POST " + planName(t, "plan") + "/activities/a1/evidence",
                                t -> Req.post(
                                        activity(t, "a1") + "/evidence",
                                        Map.of("note", "Проверка доступа"),
                                        "application/json")),
                op("GET", "/api/v1/plans/{code}/activities/{activity}/evidence/{id}")
                        .on(KALUGA, TULA, NONE)
                        .rule(SEE)
                        .prepared(
                                t -> "GET " + planName(t, "plan") + "/activities/a1/evidence/{file}",
                                t -> Req.get(evidenceFile(t))),
                op("DELETE", "/api/v1/plans/{code}/activities/{activity}/evidence/{id}")
                        .on(KALUGA, TULA, NONE)
                        .rule(RULES)
                        .prepared(
                                t -> "DELETE " + planName(t, "plan") + "/activities/a1/evidence/{file}",
                                t -> Req.delete(evidenceFile(t))),
                op("GET", "/api/v1/activities")
                        .on(KALUGA, TULA, NONE)
                        .rule(SEE)
                        .req(t -> Req.get("/api/v1/activities?size=1000" + t.param("municipality")))
                        .check(seen("items.municipality", true, false)),
                op("GET", "/api/v1/exports/activities")
                        .on(KALUGA, TULA, NONE)
                        .rule(SEE)
                        .req(t -> Req.get("/api/v1/exports/activities?format=csv" + t.param("municipality"))),

                // ---- the due board (#18): whoever sees the municipality; without one, the caller's own
                op("GET", "/api/v1/due")
                        .on(KALUGA, TULA, NONE)
                        .rule(SEE)
                        .req(t -> Req.get("/api/v1/due?size=1000" + t.param("municipality")))
                        .check(seen("items.municipality", false, false)));
    }

    /** Approving and reopening are the keepers'; the outcome depends on the plan's state (409 when already so). */
    static final Rule PLAN_STATE = (w, t) -> RULES.expect(w, t) == OK ? AUTHORISED : FORBIDDEN;

    private static final Map<String, Object> NODE = Map.of("kind", "goal", "title", "Цель проверки доступа");
    private static final Map<String, Object> ACTIVITY =
            Map.of("title", "Мероприятие проверки доступа", "due", "2030-Q2", "responsible", "Отдел");

    private static String planName(Target t, String prefix) {
        return "/api/v1/plans/sec-" + prefix + "-" + (t.code == null ? "region" : t.code);
    }

    private static Map<String, Object> planBody(Target t) {
        Map<String, Object> body =
                new java.util.HashMap<>(Map.of("name", "План проверки доступа", "yearFrom", 2024, "yearTo", 2030));
        if (t.code != null) {
            body.put("municipality", t.code);
        }
        return body;
    }

    /** A draft plan of the target created as the admin (an approved one is left as it is); its path. */
    private static String plan(Target t, String prefix) {
        String path = planName(t, prefix);
        Who.ADMIN.request().body(planBody(t)).put(path).then().statusCode(oneOf(200, 201, 409));
        return path;
    }

    /** An activity of the target's plan created as the admin; its path. */
    private static String activity(Target t, String code) {
        String path = plan(t, "plan") + "/activities/" + code;
        Who.ADMIN.request().body(ACTIVITY).put(path).then().statusCode(oneOf(200, 201));
        return path;
    }

    /** A PDF attached to activity a1 as the admin; its path. */
    private static String evidenceFile(Target t) {
        String path = activity(t, "a1") + "/evidence";
        int id = io.restassured.RestAssured.given()
                .auth()
                .oauth2(ru.orientir.support.Tokens.token("admin"))
                .multiPart(
                        "file",
                        "prikaz.pdf",
                        "%PDF-1.4\n%test\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        "application/pdf")
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return path + "/" + id;
    }

    private static Entry transition(String name) {
        return op("POST", "/api/v1/municipalities/{code}/periods/{year}/" + name)
                .on(KALUGA, TULA)
                .req(t -> Req.post(
                        "/api/v1/municipalities/" + t.code + "/periods/2034/" + name,
                        Map.of("comment", "Проверка доступа"),
                        "application/json"));
    }

    private static Entry publication(String name) {
        return op("POST", "/api/v1/municipalities/{code}/periods/{year}/" + name)
                .on(KALUGA, TULA)
                .req(t -> Req.post(
                        "/api/v1/municipalities/" + t.code + "/periods/2034/" + name,
                        Map.of("indicators", List.of(INDICATOR)),
                        "application/json"));
    }

    private static final Map<String, Object> GROUP =
            Map.of("name", "Реестр проверки доступа", "yearFrom", 2019, "organizations", List.of("school-1"));

    private static final Map<String, Object> DIMENSION = Map.of(
            "nameRu", "Предмет (проверка доступа)", "members", List.of(Map.of("code", "math", "nameRu", "Математика")));

    /** A dimension created as the admin; its path. */
    private static String dimension(String code) {
        String path = "/api/v1/dimensions/" + code;
        Who.ADMIN.request().body(DIMENSION).put(path).then().statusCode(oneOf(200, 201));
        return path;
    }

    /** A register of school-1 created as the admin; its path. */
    private static String group(Target t, String code) {
        String path = "/api/v1/municipalities/" + t.code + "/groups/" + code;
        Who.ADMIN.request().body(GROUP).put(path).then().statusCode(oneOf(200, 201));
        return path;
    }

    /** A rule on sec-1 above 10 in one year: the municipality's own (or the region's for NONE). */
    private static Map<String, Object> ruleBody(Target t) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "name",
                "Правило проверки доступа",
                "level",
                "municipality",
                "window",
                1,
                "minYears",
                1,
                "conditions",
                List.of(Map.of("indicator", INDICATOR, "comparator", "gt", "value", 10))));
        if (t.code != null) {
            body.put("municipality", t.code);
        }
        return body;
    }

    /** A scorecard of municipalities on sec-1 (threshold > 10 gives 1): the municipality's own or the region's. */
    private static Map<String, Object> scorecardBody(Target t) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "name",
                "Рейтинг проверки доступа",
                "level",
                "municipality",
                "items",
                List.of(Map.of(
                        "code",
                        "i",
                        "indicator",
                        INDICATOR,
                        "method",
                        "threshold",
                        "comparator",
                        "gt",
                        "value",
                        10,
                        "points",
                        1))));
        if (t.code != null) {
            body.put("municipality", t.code);
        }
        return body;
    }

    /** A scorecard created as the admin; its path. */
    private static String scorecard(Target t, String code) {
        String path = "/api/v1/scorecards/" + code;
        Who.ADMIN.request().body(scorecardBody(t)).put(path).then().statusCode(oneOf(200, 201));
        return path;
    }

    /** The school a recommendation case addresses: the target's, or school-1 for a municipality. */
    private static String schoolOf(Target t) {
        return t.organization == null ? "school-1" : t.organization;
    }

    private static Map<String, Object> recommendationBody(Target t) {
        return Map.of(
                "municipality",
                t.code,
                "title",
                "Рекомендация проверки доступа",
                "text",
                "Провести анализ",
                "due",
                "2031",
                "indicators",
                List.of(INDICATOR),
                "organizations",
                List.of(schoolOf(t)));
    }

    private static boolean recommendationsListed;

    /** A recommendation to the school editor's own school and one to a Tula school, for the list to show. */
    private static synchronized void recommendationsToList() {
        if (!recommendationsListed) {
            recommendation(KALUGA_SCHOOL);
            recommendation(TULA);
            recommendationsListed = true;
        }
    }

    /** A fresh open recommendation to the target's school, created as the admin; its path. */
    private static String recommendation(Target t) {
        long id = Who.ADMIN
                .request()
                .body(recommendationBody(t))
                .post("/api/v1/recommendations")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        return "/api/v1/recommendations/" + id;
    }

    /** A rule created as the admin; its path. */
    private static String rule(Target t, String code) {
        String path = "/api/v1/rules/" + code;
        Who.ADMIN.request().body(ruleBody(t)).put(path).then().statusCode(oneOf(200, 201));
        return path;
    }

    /** Flags: of municipalities the caller sees, and a school coordinator's only of its school or municipality. */
    private static void flags(Who w, Target t, Expect e, Response r) {
        Scope.seen(w, t, r.jsonPath().getList("items.municipality", String.class), false, false);
        Scope.ownSchool(w, r.jsonPath().getList("items.organization", String.class));
    }

    /** An organization-level indicator created as the admin (the ranking of schools needs one); its code. */
    private static String schoolIndicator() {
        Map<String, Object> body = new java.util.HashMap<>(SecurityData.indicatorBody("sec-school"));
        body.put("level", "organization");
        Who.ADMIN
                .request()
                .body(body)
                .put("/api/v1/indicators/sec-school")
                .then()
                .statusCode(oneOf(200, 201));
        return "sec-school";
    }

    private static String[] fixture(Target t) {
        return Fixtures.MUNICIPALITIES.get(t.code);
    }

    private static String rowOf(Target t) {
        return t.organization == null ? "" : "/" + t.organization;
    }

    /** A row of indicator sec-1 for 2033 created as the admin, to be deleted by the case; its id. */
    private static long throwaway(String path, Target t) {
        Map<String, Object> body = path.endsWith("values")
                ? SecurityData.value(t.code, 1, t.organization)
                : SecurityData.target(t.code, t.organization);
        body.put("year", 2033);
        return SecurityData.put(path, body);
    }

    // ---- checks of allowed answers -----------------------------------------------------------

    /** The municipality codes at a JSON path (a list or one value) are within the caller's scope. */
    static Check field(String path, boolean nullsAllowed, boolean dataPresent) {
        return (w, t, e, r) -> {
            Object found = r.jsonPath().get(path);
            @SuppressWarnings("unchecked")
            List<String> codes =
                    found instanceof List<?> l ? (List<String>) l : java.util.Collections.singletonList((String) found);
            Scope.within(w, t, codes, nullsAllowed, dataPresent);
        };
    }

    /** As {@link #field}, against what the caller sees (a school coordinator: its municipality's records too). */
    static Check seen(String path, boolean nullsAllowed, boolean dataPresent) {
        return (w, t, e, r) -> {
            Object found = r.jsonPath().get(path);
            @SuppressWarnings("unchecked")
            List<String> codes =
                    found instanceof List<?> l ? (List<String>) l : java.util.Collections.singletonList((String) found);
            Scope.seen(w, t, codes, nullsAllowed, dataPresent);
        };
    }

    /** A list of rows: of municipalities the caller sees, and for a school coordinator none of another school. */
    private static void rows(Who w, Target t, Expect e, Response r) {
        Scope.seen(w, t, r.jsonPath().getList("items.municipality", String.class), false, true);
        Scope.ownSchool(w, r.jsonPath().getList("items.organization", String.class));
    }

    /** Audit events: of municipalities the caller reads; for a school coordinator only its own school's rows. */
    private static void audit(Who w, Target t, Expect e, Response r) {
        List<String> municipalities = r.jsonPath().getList("items.municipality", String.class);
        List<String> organizations = r.jsonPath().getList("items.organization", String.class);
        if (w.school == null) {
            Scope.within(w, t, municipalities, true, true);
            return;
        }
        Scope.seen(w, t, municipalities, true, false);
        for (int i = 0; i < municipalities.size(); i++) {
            if (municipalities.get(i) != null && !w.school.equals(organizations.get(i))) {
                fail(w.label() + " was shown the audit of «" + municipalities.get(i) + "/" + organizations.get(i)
                        + "»");
            }
        }
    }

    private static void csv(Who w, Target t, Expect e, Response r) {
        Scope.seen(w, t, Scope.firstColumn(r.asString()), false, true);
        Scope.ownSchool(w, Scope.column(r.asString(), "organization"));
    }

    private static void me(Who w, Target t, Expect e, Response r) {
        assertEquals(w.actor(), r.jsonPath().getString("username"));
        List<String> readable = r.jsonPath().getList("readable", String.class);
        List<String> writable = r.jsonPath().getList("writable", String.class);
        List<String> schools = r.jsonPath().getList("organizations.code", String.class);
        assertEquals(w.school == null ? List.of() : List.of(w.school), schools);
        // one who reads (writes) every municipality gets the flag, not every code (issue 17: /me stays trivial)
        assertEquals(w.readsAll(), r.jsonPath().getBoolean("readsAll"), "readsAll");
        if (w.readsAll()) {
            assertEquals(List.of(), readable, "readable of one who reads all");
        } else {
            assertEquals(new TreeSet<>(w.reads), new TreeSet<>(readable));
        }
        assertEquals(w.writes == null, r.jsonPath().getBoolean("writesAll"), "writesAll");
        if (w.writes == null) {
            assertEquals(List.of(), writable, "writable of one who writes all");
        } else {
            assertEquals(new TreeSet<>(w.writes), new TreeSet<>(writable));
        }
    }

    /** Regions: those of the municipalities the caller reads. */
    private static void regions(Who w, Target t, Expect e, Response r) {
        List<String> regions = r.jsonPath().getList("items.code", String.class);
        Set<String> own = new TreeSet<>();
        if (!w.readsAll()) {
            w.sees().forEach(m -> own.add(Target.regionOf(m)));
            assertEquals(own, new TreeSet<>(regions), w.label() + " sees regions " + regions);
        } else {
            assertTrue(regions.containsAll(Set.of(KALUGA.region, TULA.region)), "regions: " + regions);
        }
    }

    /** The job list: a caller limited to municipalities sees only its own uploads. */
    private static void jobs(Who w, Target t, Expect e, Response r) {
        List<String> actors = r.jsonPath().getList("items.actor", String.class);
        if (!w.readsAll()) {
            actors.forEach(a -> assertEquals(w.actor(), a, w.label() + " sees a job of " + a));
        } else {
            assertTrue(actors.containsAll(Set.of("kaluga-editor", "tula-editor")), "job actors: " + actors);
        }
    }

    /** An upload in scope succeeds; rows of a municipality the caller may not write are refused, nothing written. */
    private static void upload(Who w, Target t, Expect e, Response r) {
        if (e == ROWS_REFUSED) {
            r.then()
                    .body("status", is("rejected"))
                    .body("rowsImported", is(0))
                    .body(
                            "errors.column",
                            hasItem(t.organization != null && w.canSee(t.code) ? "organization" : "municipality"));
        } else {
            r.then().body("status", is("succeeded"));
        }
    }
}
