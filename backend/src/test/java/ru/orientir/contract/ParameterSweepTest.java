package ru.orientir.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Fixtures;
import ru.orientir.support.Tokens;

/**
 * Every endpoint that takes a year, a dryRun or a mode answers the same bad value with the same 400:
 * same field, same code, same message. The values are sent exactly as written here (percent-encoded by
 * hand), so that a space, a NUL or a plus sign reaches the server as a client would send it.
 */
@QuarkusTest
class ParameterSweepTest {

    private static final String CSV = "text/csv";
    private static final String ONE_ROW = "municipality,indicator,year,value\nkaluga,sweep-none,2024,1\n";

    /**
     * Bad years as they appear in a URL: spaces, NUL, a plus sign (%2B: a bare + is a space in a query but a
     * plus in a path), a minus, zero, out of range, not digits, full-width digits.
     */
    static final List<String> BAD_YEARS = List.of(
            "%202024",
            "2024%20",
            "2041%00",
            "%00",
            "0",
            "-2024",
            "%2B2024",
            "1989",
            "2101",
            "99999999999",
            "abc",
            "20.24",
            "2024-26",
            "2024-",
            "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%94");

    static final List<String> BAD_BOOLEANS = List.of("%20true", "true%20", "TRUE", "1", "0", "yes", "true%00", "%00");
    static final List<String> BAD_MODES = List.of("%20atomic", "atomic%20", "ATOMIC", "partial%00", "sometimes", "%00");

    /** A request with the bad value in place of {@code {}}: method, URL template and a body (or none). */
    record Call(String method, String url, String contentType, String body) {

        static Call get(String url) {
            return new Call("GET", url, null, null);
        }

        static Call post(String url, String contentType, String body) {
            return new Call("POST", url, contentType, body);
        }

        Response send(String value) {
            RequestSpecification req = given().urlEncodingEnabled(false).auth().oauth2(Tokens.token("admin"));
            String target = url.replace("{}", value);
            if ("multipart".equals(contentType)) {
                return req.multiPart("file", "values.csv", body.getBytes(java.nio.charset.StandardCharsets.UTF_8), CSV)
                        .post(target);
            }
            if (contentType != null) {
                req = req.contentType(contentType).body(body);
            }
            return "GET".equals(method) ? req.get(target) : req.post(target);
        }
    }

    static final Map<String, List<Call>> YEAR_CALLS = new LinkedHashMap<>();

    static {
        YEAR_CALLS.put(
                "year",
                List.of(
                        Call.get("/api/v1/values?year={}"),
                        Call.get("/api/v1/targets?year={}"),
                        Call.get("/api/v1/values/export?year={}"),
                        Call.get("/api/v1/targets/export?year={}&format=xlsx"),
                        Call.get("/api/v1/templates/values?municipality=kaluga&year={}"),
                        Call.get("/api/v1/attainment?municipality=kaluga&year={}"),
                        Call.get("/api/v1/attainment/summary?municipality=kaluga&year={}"),
                        Call.get("/api/v1/attainment/ranking?indicator=sweep-none&year={}"),
                        Call.get("/api/v1/periods?year={}"),
                        Call.get("/api/v1/municipalities/kaluga/periods/{}"),
                        Call.post("/api/v1/municipalities/kaluga/periods/{}/submit", "application/json", "{}"),
                        Call.post(
                                "/api/v1/municipalities/kaluga/periods/{}/reopen",
                                "application/json",
                                "{\"comment\": \"проверка\"}")));
        for (String p : List.of("yearFrom", "yearTo")) {
            YEAR_CALLS.put(
                    p,
                    List.of(
                            Call.get("/api/v1/values?" + p + "={}"),
                            Call.get("/api/v1/targets?" + p + "={}"),
                            Call.get("/api/v1/values/export?" + p + "={}"),
                            Call.get("/api/v1/targets/export?" + p + "={}"),
                            Call.get("/api/v1/attainment/series?indicator=sweep-none&municipality=kaluga&" + p
                                    + "={}")));
        }
    }

    static final List<Call> DRY_RUN_CALLS = List.of(
            Call.post("/api/v1/imports?type=values&dryRun={}", CSV, ONE_ROW),
            Call.post("/api/v1/imports?type=values&mode=partial&dryRun={}", CSV, ONE_ROW),
            Call.post("/api/v1/imports?type=values&dryRun={}", "multipart", ONE_ROW));
    static final List<Call> MODE_CALLS = List.of(
            Call.post("/api/v1/imports?type=values&mode={}", CSV, ONE_ROW),
            Call.post("/api/v1/imports?type=values&dryRun=true&mode={}", CSV, ONE_ROW),
            Call.post("/api/v1/imports?type=values&mode={}", "multipart", ONE_ROW));

    @BeforeEach
    void data() {
        Fixtures.territory();
    }

    @Test
    void everyYearParameterAnswersTheSameBadValueWithTheSame400() {
        List<String> failures = new ArrayList<>();
        YEAR_CALLS.forEach((name, calls) -> {
            for (String bad : BAD_YEARS) {
                sweep(calls, name, bad, "invalid_year", failures);
            }
        });
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void dryRunAndModeAreExactlyTrueFalseAtomicOrPartial() {
        List<String> failures = new ArrayList<>();
        for (String bad : BAD_BOOLEANS) {
            sweep(DRY_RUN_CALLS, "dryRun", bad, "invalid_boolean", failures);
        }
        for (String bad : BAD_MODES) {
            sweep(MODE_CALLS, "mode", bad, "not_allowed", failures);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void pageAndSizeAreWholeNumbersInRangeOnEveryList() {
        List<Call> lists = List.of(
                Call.get("/api/v1/values?{}"),
                Call.get("/api/v1/regions?{}"),
                Call.get("/api/v1/imports?{}"),
                Call.get("/api/v1/attainment?municipality=kaluga&year=2024&{}"));
        List<String> failures = new ArrayList<>();
        for (String bad : List.of("abc", "-1", "%201", "1%00", "99999999999")) {
            sweep(
                    lists.stream()
                            .map(c -> new Call(c.method(), c.url().replace("{}", "page={}"), null, null))
                            .toList(),
                    "page",
                    bad,
                    "invalid_integer",
                    failures);
        }
        for (String bad : List.of("0", "1001", "abc", "%2B5", "5%20")) {
            sweep(
                    lists.stream()
                            .map(c -> new Call(c.method(), c.url().replace("{}", "size={}"), null, null))
                            .toList(),
                    "size",
                    bad,
                    "invalid_integer",
                    failures);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aDryRunWithASpaceWritesNothing() {
        String csv = "municipality,indicator,year,value\nkaluga,sweep-none,2024,1\n";
        Call.post("/api/v1/imports?type=values&dryRun={}", CSV, csv)
                .send("%20true")
                .then()
                .statusCode(400);
        // the same file as a real dry run: checked, nothing written
        Call.post("/api/v1/imports?type=values&dryRun={}", CSV, csv)
                .send("true")
                .then()
                .statusCode(201)
                .body("dryRun", org.hamcrest.Matchers.is(true))
                .body("rowsImported", org.hamcrest.Matchers.is(0));
    }

    @Test
    void anEmptyParameterIsNoFilterAndAGoodOneIsTaken() {
        for (String url : List.of("/api/v1/values?year={}", "/api/v1/targets?yearFrom={}", "/api/v1/periods?year={}")) {
            assertEquals(200, Call.get(url).send("").statusCode(), url + " with an empty value");
            assertEquals(200, Call.get(url).send("2024").statusCode(), url + " with 2024");
        }
        Response range = Call.get("/api/v1/values?yearFrom=2025&yearTo={}").send("2020");
        assertEquals(400, range.statusCode());
        assertEquals("yearTo", range.jsonPath().getString("errors[0].field"));
        assertEquals("invalid_range", range.jsonPath().getString("errors[0].code"));
    }

    /**
     * Sends the bad value to every call; all must answer 400 with one error, and all the same one. A NUL is
     * refused before any parameter is parsed, by the one rule for invalid characters (code invalid_character).
     */
    private static void sweep(List<Call> calls, String name, String bad, String parseCode, List<String> failures) {
        String code = bad.contains("%00") ? "invalid_character" : parseCode;
        String first = null;
        for (Call call : calls) {
            Response r = call.send(bad);
            String where = call.method() + " " + call.url().replace("{}", bad);
            if (r.statusCode() != 400 || !r.contentType().startsWith("application/problem+json")) {
                failures.add(where + ": " + r.statusCode() + " " + r.contentType() + " " + r.asString());
                continue;
            }
            List<Map<String, String>> errors = r.jsonPath().getList("errors");
            if (errors == null
                    || errors.size() != 1
                    || !name.equals(errors.get(0).get("field"))
                    || !code.equals(errors.get(0).get("code"))
                    || !errors.get(0).get("message").contains("«" + name + "»")) {
                failures.add(where + ": expected one error " + name + "/" + code + ", got " + errors);
                continue;
            }
            String answer = errors.get(0) + " detail=" + r.jsonPath().getString("detail") + " status="
                    + r.jsonPath().getInt("status") + " type=" + r.jsonPath().getString("type");
            if (first == null) {
                first = answer;
            } else if (!first.equals(answer)) {
                failures.add(where + ": answered " + answer + "\n    but the first endpoint answered " + first);
            }
        }
    }
}
