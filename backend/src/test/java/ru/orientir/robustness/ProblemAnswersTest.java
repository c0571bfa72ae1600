package ru.orientir.robustness;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Tokens;

/**
 * The HTTP-level cases of the hardening issue, one test each: every answer is problem+json in Russian naming the
 * field and what to do, and nothing is written.
 */
@QuarkusTest
class ProblemAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";

    private static boolean prepared;

    @BeforeEach
    void fixtures() {
        if (!prepared) {
            GeneratedRequestTest.prepare();
            prepared = true;
        }
    }

    private static RawHttp http() {
        return new RawHttp("localhost", RestAssured.port);
    }

    private static Map<String, String> as(String user, String contentType) {
        Map<String, String> h = new LinkedHashMap<>();
        if (user != null) {
            h.put("Authorization", "Bearer " + Tokens.token(user));
        }
        if (contentType != null) {
            h.put("Content-Type", contentType);
        }
        return h;
    }

    private static RawHttp.Answer send(String method, String target, String user, String contentType, String body)
            throws IOException {
        return http().send(
                        method,
                        target,
                        as(user, contentType),
                        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** The answer is problem+json with this status, in Russian; its first field error (if any) names the field. */
    private static JsonNode problem(RawHttp.Answer a, int status, String field) throws IOException {
        assertEquals(status, a.status(), a.text());
        assertNull(GeneratedRequestTest.problemShape(a), a.text());
        JsonNode p = JSON.readTree(a.body());
        if (field != null) {
            assertEquals(field, p.path("errors").path(0).path("field").asText(), a.text());
        }
        return p;
    }

    // ---- NUL ----------------------------------------------------------------------------------------------

    @Test
    void nulInAPathSegmentIs400NamingTheParameter() throws IOException {
        JsonNode p = problem(send("GET", "/api/v1/municipalities/a%00b", "admin", null, null), 400, "code");
        assertTrue(p.path("detail").asText().contains("недопустимый символ"), p.toString());
    }

    @Test
    void nulInAQueryParameterIs400NamingTheParameter() throws IOException {
        problem(send("GET", "/api/v1/values?indicator=%00", "admin", null, null), 400, "indicator");
        problem(send("GET", "/api/v1/audit?actor=a%00", "admin", null, null), 400, "actor");
    }

    @Test
    void nulInAJsonStringIs400AndWritesNothing() throws IOException {
        JsonNode p = problem(
                send("PUT", "/api/v1/regions/gen-fz-nul", "admin", JSON_TYPE, "{\"name\":\"a\\u0000b\"}"), 400, "name");
        assertTrue(p.path("detail").asText().contains("недопустимый символ"), p.toString());
        Tokens.as("admin").get("/api/v1/regions/gen-fz-nul").then().statusCode(404);
    }

    @Test
    void aLoneSurrogateIs400AndIsNotStoredAsAQuestionMark() throws IOException {
        problem(
                send("PUT", "/api/v1/regions/gen-fz-surrogate", "admin", JSON_TYPE, "{\"name\":\"a\\ud800b\"}"),
                400,
                "name");
        Tokens.as("admin").get("/api/v1/regions/gen-fz-surrogate").then().statusCode(404);
    }

    // ---- JSON bodies --------------------------------------------------------------------------------------

    @Test
    void duplicateKeysAre400NamingTheKey() throws IOException {
        problem(
                send("PUT", "/api/v1/regions/gen-fz-dup", "admin", JSON_TYPE, "{\"name\":\"a\",\"name\":\"b\"}"),
                400,
                "name");
        Tokens.as("admin").get("/api/v1/regions/gen-fz-dup").then().statusCode(404);
        problem(
                send(
                        "PUT",
                        "/api/v1/municipalities/kaluga/organizations/gen-fz-dup",
                        "admin",
                        JSON_TYPE,
                        "{\"name\":\"Школа\",\"type\":\"school\",\"type\":\"school\"}"),
                400,
                "type");
        problem(
                send(
                        "POST",
                        "/api/v1/municipalities/kaluga/periods/2099/return",
                        "admin",
                        JSON_TYPE,
                        "{\"comment\":\"a\",\"comment\":\"b\"}"),
                400,
                "comment");
    }

    @Test
    void deepNestingIs400NotAFailedWrite() throws IOException {
        JsonNode p = problem(
                send(
                        "PUT",
                        "/api/v1/regions/gen-fz-deep",
                        "admin",
                        JSON_TYPE,
                        "{\"a\":".repeat(1200) + "1" + "}".repeat(1200)),
                400,
                null);
        assertTrue(p.path("detail").asText().contains("вложено слишком глубоко"), p.toString());
    }

    @Test
    void aHugeNumberGetsAShortMessage() throws IOException {
        RawHttp.Answer a = send(
                "PUT",
                "/api/v1/values",
                "admin",
                JSON_TYPE,
                "{\"municipality\":\"kaluga\",\"indicator\":\"" + GeneratedRequestTest.INDICATOR
                        + "\",\"year\":2099,\"value\":1e309}");
        JsonNode p = problem(a, 422, "value");
        assertFalse(a.text().contains("0000000000"), a.text());
        assertTrue(p.path("errors").path(0).path("message").asText().contains("1E+309"), p.toString());
    }

    @Test
    void wrongTypesAndUnknownValuesNameTheField() throws IOException {
        problem(
                send(
                        "PUT",
                        "/api/v1/values",
                        "admin",
                        JSON_TYPE,
                        "{\"municipality\":\"kaluga\",\"indicator\":\"" + GeneratedRequestTest.INDICATOR
                                + "\",\"year\":\"abc\",\"value\":1}"),
                400,
                "year");
        problem(
                send(
                        "PUT",
                        "/api/v1/values",
                        "admin",
                        JSON_TYPE,
                        "{\"municipality\":\"kaluga\",\"indicator\":\"" + GeneratedRequestTest.INDICATOR
                                + "\",\"year\":2099,\"value\":{\"a\":1}}"),
                400,
                "value");
        problem(
                send(
                        "PUT",
                        "/api/v1/values",
                        "admin",
                        JSON_TYPE,
                        "{\"municipality\":\"kaluga\",\"indicator\":\"" + GeneratedRequestTest.INDICATOR
                                + "\",\"year\":2099,\"value\":1,\"qualifier\":\"zzz\"}"),
                422,
                "qualifier");
        problem(send("PUT", "/api/v1/regions/gen-fz-x", "admin", JSON_TYPE, "{\"name\":\"a\",\"zz\":1}"), 400, "zz");
        JsonNode broken =
                problem(send("PUT", "/api/v1/regions/gen-fz-x", "admin", JSON_TYPE, "{\"name\":"), 400, "name");
        assertEquals(
                "malformed_json", broken.path("errors").path(0).path("code").asText(), broken.toString());
        assertFalse(broken.path("detail").asText().contains("end-of-input"), broken.toString());
    }

    // ---- parameters -----------------------------------------------------------------------------------------

    @Test
    void anExtremeAuditTimestampIsRefused() throws IOException {
        problem(send("GET", "/api/v1/audit?to=%2B999999999-12-31T23:59:59Z", "admin", null, null), 422, "to");
        problem(send("GET", "/api/v1/audit?from=-999999999-01-01T00:00:00Z", "admin", null, null), 422, "from");
    }

    @Test
    void aNumberParameterThatIsNotANumberIs400NotA404() throws IOException {
        problem(send("GET", "/api/v1/regions?size=abc", "admin", null, null), 400, "size");
        problem(send("GET", "/api/v1/values/abc", "admin", null, null), 400, "id");
    }

    // ---- the HTTP layer -------------------------------------------------------------------------------------

    @Test
    void badPercentEncodingIs400ProblemNotAnEmptyBody() throws IOException {
        problem(send("GET", "/api/v1/regions?size=%zz", "admin", null, null), 400, "size");
        problem(send("GET", "/api/v1/municipalities/%zz", "admin", null, null), 400, "path");
        problem(send("GET", "/api/v1/municipalities/%C3%28", "admin", null, null), 400, "path");
        problem(send("GET", "/api/v1/regions?q=a|b", "admin", null, null), 400, "query");
    }

    @Test
    void aLongAddressIs414Problem() throws IOException {
        problem(send("GET", "/api/v1/values?indicator=" + "a".repeat(20_000), "admin", null, null), 414, null);
    }

    @Test
    void aBodyOverTheLimitIs413Problem() throws IOException {
        Map<String, String> h = as("admin", JSON_TYPE);
        h.put("Content-Length", "5000000000");
        problem(http().send("PUT", "/api/v1/regions/gen-fz-big", h, null), 413, null);
    }

    @Test
    void noTokenIs401ProblemWithTheBearerChallenge() throws IOException {
        RawHttp.Answer a = send("GET", "/api/v1/me", null, null, null);
        problem(a, 401, null);
        assertTrue(
                a.header("www-authenticate").startsWith("Bearer"), a.headers().toString());
    }

    @Test
    void aRefusedTokenIs401ProblemWithTheBearerChallenge() throws IOException {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Authorization", "Bearer not-a-token");
        RawHttp.Answer a = http().send("GET", "/api/v1/me", h, null);
        problem(a, 401, null);
        assertTrue(
                a.header("www-authenticate").startsWith("Bearer"), a.headers().toString());
    }

    @Test
    void frameworkStatusesAreProblems() throws IOException {
        problem(
                send(
                        "PUT",
                        "/api/v1/indicators/" + GeneratedRequestTest.INDICATOR,
                        "kaluga-viewer",
                        JSON_TYPE,
                        "{\"nameRu\":\"x\",\"unit\":\"percent\"}"),
                403,
                null);
        problem(send("GET", "/api/v1/no-such-thing", "admin", null, null), 404, null);
        problem(send("GET", "/no-such-page", null, null, null), 404, null);
        RawHttp.Answer notAllowed = send("PATCH", "/api/v1/regions", "admin", JSON_TYPE, "{}");
        problem(notAllowed, 405, null);
        Map<String, String> xml = as("admin", null);
        xml.put("Accept", "application/xml");
        problem(http().send("GET", "/api/v1/me", xml, null), 406, null);
        JsonNode unsupported = problem(send("PUT", "/api/v1/regions/gen-fz-x", "admin", "text/plain", "x"), 415, null);
        assertTrue(unsupported.path("detail").asText().contains("application/json"), unsupported.toString());
        problem(send("PUT", "/api/v1/regions/gen-fz-x", "admin", ";;;", "{}"), 415, null);
    }

    @Test
    void aValidRequestStillWorks() {
        Tokens.as("admin")
                .body(Map.of("name", "Регион проверки ответов"))
                .put("/api/v1/regions/gen-fz-ok")
                .then()
                .statusCode(oneOf(200, 201))
                .body("name", is("Регион проверки ответов"));
    }
}
