package ru.orientir.publication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import ru.orientir.support.Fixtures;

/**
 * The public portal: an approved year published per area or per indicator is readable without a token, and nothing
 * else is: not the unpublished indicators of a partly published year, not a reopened or returned year, not another
 * municipality's unpublished year, not an unapproved year, and no write method. Derbent's years 2040–2042 and
 * Kemerovo's 2041, with indicators pub-* of two areas of their own, so other tests' data does not interfere.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicPortalTest {

    static final String AREA_RESULTS = "Публичный портал: обучение";
    static final String AREA_STAFF = "Публичный портал: кадры";
    static final String DERBENT = "/api/v1/municipalities/derbent/periods/";
    static final String PUBLIC = "/api/v1/public/municipalities/";

    private static boolean ready;

    @Inject
    PublicRateLimit limit;

    @BeforeEach
    void data() {
        ensure();
    }

    static synchronized void ensure() {
        if (ready) {
            return;
        }
        Fixtures.territory();
        indicator("pub-a1", "Доля выпускников, сдавших ЕГЭ по математике", "percent", "higher", AREA_RESULTS);
        indicator("pub-a2", "Доля школ с признаками необъективности ВПР", "percent", "lower", AREA_RESULTS);
        indicator("pub-b1", "Число педагогов, прошедших повышение квалификации", "persons", "higher", AREA_STAFF);
        // 2040: 60 % against ≥ 65 % (not met); 2041: 75 % against ≥ 70 % (met, +5), 8 % against ≤ 5 % (not met, +3),
        // 120 teachers against ≥ 100 (met, +20); 2042 (never approved): 90 %
        figure("derbent", "pub-a1", 2040, 60, "ge", 65);
        figure("derbent", "pub-a1", 2041, 75, "ge", 70);
        figure("derbent", "pub-a2", 2041, 8, "le", 5);
        figure("derbent", "pub-b1", 2041, 120, "ge", 100);
        figure("derbent", "pub-a1", 2042, 90, "ge", 70);
        figure("kemerovo", "pub-a1", 2041, 50, "ge", 70);
        approve("derbent", 2040);
        approve("derbent", 2041);
        approve("kemerovo", 2041);
        ready = true;
    }

    @Test
    @Order(1)
    void anApprovedYearIsNotPublicUntilPublished() {
        given().get(PUBLIC + "derbent/attainment?year=2041")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("не опубликованы"))
                .body(not(containsString("pub-a1")));
        as("ministry")
                .get(DERBENT + "2041/publication")
                .then()
                .statusCode(200)
                .body("periodState", is("approved"))
                .body("published", is(false))
                .body("canPublish", is(true))
                .body("indicators.indicator", hasItems("pub-a1", "pub-a2", "pub-b1"));
    }

    @Test
    @Order(2)
    void onlyAnApprovedYearIsPublished() {
        as("ministry")
                .body(Map.of())
                .post(DERBENT + "2042/publish")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Опубликовать можно только утверждённые данные"))
                .body("detail", containsString("«открыт»"));
        as("ministry")
                .body(Map.of("areas", List.of("Нет такого направления"), "indicators", List.of("pub-a1", "pub-zz")))
                .post(DERBENT + "2041/publish")
                .then()
                .statusCode(422)
                .body("errors.field", containsInAnyOrder("areas[0]", "indicators[1]"))
                .body(
                        "errors.find { it.field == 'areas[0]' }.message",
                        containsString("нет направления «Нет такого направления»"));
        // nothing was published by the refused requests
        given().get(PUBLIC + "derbent/attainment?year=2041").then().statusCode(404);
    }

    @Test
    @Order(3)
    void aPublishedAreaIsReadWithoutAToken() {
        as("ministry")
                .body(Map.of("areas", List.of(AREA_RESULTS)))
                .post(DERBENT + "2041/publish")
                .then()
                .statusCode(200)
                .body("published", is(true))
                .body("publishedBy", is("ministry"))
                .body("indicators.findAll { it.published }.indicator", containsInAnyOrder("pub-a1", "pub-a2"))
                .body("areas.find { it.area == '" + AREA_RESULTS + "' }.published", is(2))
                .body("areas.find { it.area == '" + AREA_STAFF + "' }.published", is(0));

        Response r = given().get(PUBLIC + "derbent/attainment?year=2041");
        r.then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=60")
                .header("ETag", notNullValue())
                .body("municipality", is("derbent"))
                .body("municipalityName", is("Городской округ «город Дербент»"))
                .body("year", is(2041))
                .body("items.indicator", containsInAnyOrder("pub-a1", "pub-a2"))
                .body("items.find { it.indicator == 'pub-a1' }.fact", is(75))
                .body("items.find { it.indicator == 'pub-a1' }.target.comparator", is("ge"))
                .body("items.find { it.indicator == 'pub-a1' }.target.value", is(70))
                .body("items.find { it.indicator == 'pub-a1' }.status", is("met"))
                .body("items.find { it.indicator == 'pub-a1' }.deviation", is(5))
                .body("items.find { it.indicator == 'pub-a2' }.status", is("not_met"))
                .body("items.find { it.indicator == 'pub-a2' }.deviation", is(3))
                .body("items.find { it.indicator == 'pub-a2' }.polarity", is("lower"));
        String body = r.asString();
        assertFalse(body.contains("pub-b1"), "an unpublished indicator of a partly published year: " + body);
        assertFalse(body.contains("ministry") || body.contains("publishedBy") || body.contains("comment"), body);

        given().get(PUBLIC + "derbent/summary?year=2041")
                .then()
                .statusCode(200)
                .body("met", is(1))
                .body("notMet", is(1))
                .body("noData", is(0))
                .body("byArea.area", contains(AREA_RESULTS));

        // a conditional GET: 304 while nothing changed
        given().header("If-None-Match", r.header("ETag"))
                .get(PUBLIC + "derbent/attainment?year=2041")
                .then()
                .statusCode(304);

        // the publish is audited like a period transition
        JsonPath audit = as("admin")
                .get("/api/v1/audit?entityType=publication&municipality=derbent&size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(
                audit.getList("items.findAll { it.action == 'publish' && it.actor == 'ministry' }.newValue.indicators")
                        .contains(List.of("pub-a1", "pub-a2")),
                audit.prettify());
    }

    @Test
    @Order(4)
    void everyWriteMethodOnThePublicPathsIsRefusedWithoutData() {
        List<String> paths = List.of(
                "/api/v1/public/municipalities",
                PUBLIC + "derbent",
                PUBLIC + "derbent/attainment?year=2041",
                PUBLIC + "derbent/summary?year=2041",
                PUBLIC + "derbent/trends?year=2041",
                "/api/v1/public",
                "/api/v1/public/anything");
        for (String path : paths) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                for (String who : List.of("anonymous", "ministry")) {
                    RequestSpecification req = who.equals("anonymous")
                            ? given()
                            : given().auth().oauth2(ru.orientir.support.Tokens.token(who));
                    Response r = req.contentType("application/json")
                            .body(Map.of("indicators", List.of("pub-a1")))
                            .request(method, path);
                    assertTrue(
                            r.statusCode() == 404 || r.statusCode() == 405,
                            method + " " + path + " as " + who + ": " + r.statusCode() + " " + r.asString());
                    assertFalse(r.asString().contains("pub-a"), method + " " + path + ": " + r.asString());
                }
            }
        }
        // and the data is unchanged
        given().get(PUBLIC + "derbent/attainment?year=2041")
                .then()
                .statusCode(200)
                .body("items.indicator", containsInAnyOrder("pub-a1", "pub-a2"));
    }

    @Test
    @Order(5)
    void unpublishedAndUnapprovedYearsAreNotShown() {
        // another municipality's approved but unpublished year
        given().get(PUBLIC + "kemerovo/attainment?year=2041").then().statusCode(404);
        given().get(PUBLIC + "kemerovo/summary?year=2041").then().statusCode(404);
        given().get(PUBLIC + "kemerovo/trends?year=2041").then().statusCode(404);
        given().get(PUBLIC + "kemerovo").then().statusCode(404);
        // an unapproved year, and an approved one of Derbent that was never published
        given().get(PUBLIC + "derbent/attainment?year=2042").then().statusCode(404);
        given().get(PUBLIC + "derbent/attainment?year=2040").then().statusCode(404);
        given().get(PUBLIC + "nowhere/attainment?year=2041").then().statusCode(404);
        given().get(PUBLIC + "derbent/attainment?year=20x1").then().statusCode(400);

        given().get(PUBLIC + "derbent")
                .then()
                .statusCode(200)
                .body("name", is("Городской округ «город Дербент»"))
                .body("region", is("respublika-dagestan"))
                .body("years.year", contains(2041))
                .body("years[0].indicators", is(2));
        JsonPath list = given().get("/api/v1/public/municipalities?size=1000")
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=60")
                .extract()
                .jsonPath();
        assertEquals(List.of(2041), list.getList("items.find { it.code == 'derbent' }.years"));
        assertFalse(list.getList("items.code").contains("kemerovo"), list.prettify());
    }

    @Test
    @Order(6)
    void perIndicatorPublicationAndTrendsOfPublishedYears() {
        String before = given().get(PUBLIC + "derbent/attainment?year=2041").header("ETag");
        as("ministry")
                .body(Map.of("indicators", List.of("pub-b1")))
                .post(DERBENT + "2041/publish")
                .then()
                .statusCode(200)
                .body("indicators.findAll { it.published }.indicator", hasItems("pub-a1", "pub-a2", "pub-b1"));
        as("ministry")
                .body(Map.of("indicators", List.of("pub-a1")))
                .post(DERBENT + "2040/publish")
                .then()
                .statusCode(200);
        Response r = given().get(PUBLIC + "derbent/attainment?year=2041");
        r.then()
                .statusCode(200)
                .body("items.indicator", containsInAnyOrder("pub-a1", "pub-a2", "pub-b1"))
                .body("items.find { it.indicator == 'pub-b1' }.fact", is(120))
                .body("items.find { it.indicator == 'pub-b1' }.status", is("met"));
        assertNotEquals(before, r.header("ETag"), "the ETag changes with the publication");

        given().get(PUBLIC + "derbent/trends?year=2041")
                .then()
                .statusCode(200)
                .body("years", contains(2040, 2041))
                .body("items.find { it.indicator == 'pub-a1' }.points.year", contains(2040, 2041))
                .body("items.find { it.indicator == 'pub-a1' }.points.fact", contains(60, 75))
                .body("items.find { it.indicator == 'pub-a1' }.points.status", contains("not_met", "met"))
                // pub-a2 is not published in 2040: only its 2041 point
                .body("items.find { it.indicator == 'pub-a2' }.points.year", contains(2041));
        given().get(PUBLIC + "derbent").then().statusCode(200).body("years.year", contains(2041, 2040));
    }

    @Test
    @Order(7)
    void unpublishTakesEffectForTheNextRequest() {
        as("ministry")
                .body(Map.of("indicators", List.of("pub-b1")))
                .post(DERBENT + "2041/unpublish")
                .then()
                .statusCode(200)
                .body("indicators.find { it.indicator == 'pub-b1' }.published", is(false));
        given().get(PUBLIC + "derbent/attainment?year=2041")
                .then()
                .statusCode(200)
                .body("items.indicator", containsInAnyOrder("pub-a1", "pub-a2"));

        as("ministry").post(DERBENT + "2040/unpublish").then().statusCode(200).body("published", is(false));
        given().get(PUBLIC + "derbent/attainment?year=2040").then().statusCode(404);
        given().get(PUBLIC + "derbent/trends?year=2041")
                .then()
                .statusCode(200)
                .body("years", contains(2041))
                .body("items.find { it.indicator == 'pub-a1' }.points.year", contains(2041));

        JsonPath audit = as("admin")
                .get("/api/v1/audit?entityType=publication&municipality=derbent&size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(
                audit.getList("items.findAll { it.action == 'unpublish' }.entityKey")
                        .contains("derbent/2040"),
                audit.prettify());
    }

    @Test
    @Order(8)
    void anEditorPublishesOnlyWhenTheRegionAllowsIt() {
        String setting = "/api/v1/regions/respublika-dagestan/publication";
        as("derbent-editor")
                .body(Map.of("indicators", List.of("pub-b1")))
                .post(DERBENT + "2041/publish")
                .then()
                .statusCode(403)
                .body("detail", containsString("не разрешил"));
        as("derbent-editor")
                .get(DERBENT + "2041/publication")
                .then()
                .statusCode(200)
                .body("canPublish", is(false));
        as("derbent-editor")
                .body(Map.of("municipalitiesMayPublish", true))
                .put(setting)
                .then()
                .statusCode(403);
        try {
            as("ministry")
                    .body(Map.of("municipalitiesMayPublish", true))
                    .put(setting)
                    .then()
                    .statusCode(200)
                    .body("municipalitiesMayPublish", is(true));
            as("derbent-editor").get(setting).then().statusCode(200).body("municipalitiesMayPublish", is(true));
            as("derbent-editor")
                    .body(Map.of("indicators", List.of("pub-b1")))
                    .post(DERBENT + "2041/publish")
                    .then()
                    .statusCode(200)
                    .body("publishedBy", is("derbent-editor"))
                    .body("canPublish", is(true));
            // only its own municipality; viewers and other municipalities' editors never
            as("kemerovo-editor")
                    .body(Map.of())
                    .post(DERBENT + "2041/publish")
                    .then()
                    .statusCode(403);
            as("derbent-viewer")
                    .body(Map.of())
                    .post(DERBENT + "2041/publish")
                    .then()
                    .statusCode(403);
            given().get(PUBLIC + "derbent/attainment?year=2041")
                    .then()
                    .statusCode(200)
                    .body("items.indicator", hasItem("pub-b1"));
        } finally {
            as("ministry")
                    .body(Map.of("municipalitiesMayPublish", false))
                    .put(setting)
                    .then()
                    .statusCode(200);
        }
        as("derbent-editor")
                .body(Map.of())
                .post(DERBENT + "2041/unpublish")
                .then()
                .statusCode(403);
    }

    @Test
    @Order(9)
    void aReopenedOrReturnedYearIsNoLongerPublic() {
        given().get(PUBLIC + "derbent/attainment?year=2041").then().statusCode(200);
        as("ministry")
                .body(Map.of("comment", "Уточнить данные о педагогах"))
                .post(DERBENT + "2041/reopen")
                .then()
                .statusCode(200);
        given().get(PUBLIC + "derbent/attainment?year=2041").then().statusCode(404);
        given().get(PUBLIC + "derbent/summary?year=2041").then().statusCode(404);
        given().get(PUBLIC + "derbent").then().statusCode(404);
        as("ministry").get(DERBENT + "2041/publication").then().statusCode(200).body("published", is(false));
        JsonPath audit = as("admin")
                .get("/api/v1/audit?entityType=publication&municipality=derbent&size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> stop = audit.getMap(
                "items.find { it.action == 'unpublish' && it.channel == 'system' && it.entityKey == 'derbent/2041' }");
        assertEquals("ministry", stop.get("actor"), audit.prettify());
        assertTrue(String.valueOf(stop.get("comment")).contains("переоткрыт"), audit.prettify());

        // submitted again and returned: still nothing public, and a returned year cannot be published
        as("derbent-editor").body(Map.of()).post(DERBENT + "2041/submit").then().statusCode(200);
        as("ministry")
                .body(Map.of("comment", "Нет подтверждающих документов"))
                .post(DERBENT + "2041/return")
                .then()
                .statusCode(200);
        as("ministry")
                .body(Map.of())
                .post(DERBENT + "2041/publish")
                .then()
                .statusCode(409)
                .body("detail", containsString("возвращён на доработку"));
        given().get(PUBLIC + "derbent/attainment?year=2041").then().statusCode(404);

        // approved again: published again only when someone publishes it
        as("derbent-editor").body(Map.of()).post(DERBENT + "2041/submit").then().statusCode(200);
        as("ministry").body(Map.of()).post(DERBENT + "2041/approve").then().statusCode(200);
        given().get(PUBLIC + "derbent/attainment?year=2041").then().statusCode(404);
        as("ministry").post(DERBENT + "2041/publish").then().statusCode(200).body("all", is(true));
        given().get(PUBLIC + "derbent/attainment?year=2041")
                .then()
                .statusCode(200)
                .body("items.indicator", hasItems("pub-a1", "pub-a2", "pub-b1"));
    }

    @Test
    @Order(10)
    void theRateLimitAnswers429WithRetryAfter() {
        limit.use(3, Duration.ofSeconds(60));
        try {
            for (int n = 0; n < 3; n++) {
                given().get(PUBLIC + "derbent").then().statusCode(200);
            }
            Response r = given().get(PUBLIC + "derbent");
            r.then()
                    .statusCode(429)
                    .contentType("application/problem+json")
                    .body("title", is("Слишком много запросов"))
                    .body("detail", containsString("не больше 3 за 60 с"));
            int wait = Integer.parseInt(r.header("Retry-After"));
            assertTrue(wait >= 1 && wait <= 60, "Retry-After " + wait);
            // wrong methods count too, and the authenticated API is not limited
            given().post(PUBLIC + "derbent").then().statusCode(429);
            as("ministry").get(DERBENT + "2041/publication").then().statusCode(200);
        } finally {
            limit.reset();
        }
        given().get(PUBLIC + "derbent").then().statusCode(200);
    }

    @Test
    @Order(11)
    void exactlyThePublicPathsGoWithoutAToken() {
        given().get("/api/v1/publication").then().statusCode(401);
        given().get("/api/v1/publicity/municipalities").then().statusCode(401);
        given().get(DERBENT + "2041/publication").then().statusCode(401);
        given().contentType("application/json")
                .body("{}")
                .post(DERBENT + "2041/publish")
                .then()
                .statusCode(401);
        given().contentType("application/json")
                .body("{}")
                .post(DERBENT + "2041/unpublish")
                .then()
                .statusCode(401);
        given().get("/api/v1/attainment?municipality=derbent&year=2041").then().statusCode(401);
        given().get("/api/v1/public/municipalities").then().statusCode(200);

        // the contract: the public operations need no token, every other one the bearer token
        JsonPath api =
                given().accept("application/json").get("/q/openapi?format=json").jsonPath();
        Map<String, Object> publicGet = api.getMap("paths.'/api/v1/public/municipalities/{code}/attainment'.get");
        assertNull(publicGet.get("security"), String.valueOf(publicGet));
        assertFalse(((Map<?, ?>) publicGet.get("responses")).containsKey("401"));
        assertTrue(((Map<?, ?>) publicGet.get("responses")).containsKey("429"));
        assertEquals(
                List.of(Map.of("bearer", List.of())),
                api.getList("paths.'/api/v1/municipalities/{code}/periods/{year}/publish'.post.security"));
    }

    // ---- data ----------------------------------------------------------------------

    private static void indicator(String code, String name, String unit, String polarity, String area) {
        as("admin")
                .body(Map.of("nameRu", name, "unit", unit, "polarity", polarity, "area", area, "decimals", 1))
                .put("/api/v1/indicators/" + code)
                .then()
                .statusCode(oneOf(200, 201));
    }

    private static void figure(
            String municipality, String indicator, int year, int value, String comparator, int target) {
        Map<String, Object> v = new HashMap<>(
                Map.of("municipality", municipality, "indicator", indicator, "year", year, "value", value));
        as("admin").body(v).put("/api/v1/values").then().statusCode(oneOf(200, 201));
        Map<String, Object> t = new HashMap<>(v);
        t.put("value", target);
        t.put("comparator", comparator);
        as("admin").body(t).put("/api/v1/targets").then().statusCode(oneOf(200, 201));
    }

    private static void approve(String municipality, int year) {
        String path = "/api/v1/municipalities/" + municipality + "/periods/" + year;
        as(municipality + "-editor")
                .body(Map.of())
                .post(path + "/submit")
                .then()
                .statusCode(200);
        as("ministry").body(Map.of()).post(path + "/approve").then().statusCode(200);
    }
}
