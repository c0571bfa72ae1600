package ru.orientir.attainment;

import static org.hamcrest.Matchers.*;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.catalogue.TestIndicators;
import ru.orientir.support.Fixtures;

/**
 * The batched trends (GET /attainment/trends) and the years with data (GET /attainment/years) on a
 * municipality of their own, trd-town (Kaluga's region), in the years 2050–2053 that no other test uses.
 * Every expected figure is worked out by hand in the comments.
 */
@QuarkusTest
class TrendApiTest {

    private static final RestAssuredConfig EXACT_NUMBERS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    static final String TOWN = "trd-town";
    static final String TRENDS = "/api/v1/attainment/trends?municipality=" + TOWN;
    static final String YEARS = "/api/v1/attainment/years?municipality=" + TOWN;

    private static volatile boolean loaded;

    @BeforeEach
    void data() {
        Fixtures.territory();
        load();
    }

    /*
     * trd-town has schools t1, t2, t3; register «trd-weak» holds t2 and t3.
     * trd-muni (municipality level, higher is better): 2050 value 40 (no target: no_target);
     *   2051 ≥ 50, value 55 (met); 2052 ≥ 60, value 58 (not_met); 2053 ≥ 70, no value (no_data).
     * trd-low (municipality level, lower is better): 2051 value 7 without a target (no_target);
     *   2052 ≤ 5, value 3 (met: lower is better).
     * trd-school (organization level): 2051 values t1 40, t3 50, no targets: mean 45 of 2, no school counts;
     *   2052 target of every school ≥ 50, t2 its own ≥ 80; values t1 60 (met), t2 70 (not met: 70 < 80),
     *   t3 none (no data): met 1, notMet 1, noData 1, total 3; mean (60 + 70) / 2 = 65 of 2.
     *   With group=trd-weak only t2 and t3 count: met 0, notMet 1, noData 1, total 2.
     * trd-subj (municipality level, dimension trd-subject): 2052 total 10 and math 20, two trends.
     */
    static synchronized void load() {
        if (loaded) {
            return;
        }
        as("admin")
                .body(Map.of("name", "Город динамики", "region", "kaluzhskaya-oblast", "type", "urban_okrug"))
                .put("/api/v1/municipalities/" + TOWN)
                .then()
                .statusCode(oneOf(200, 201));
        for (int n = 1; n <= 3; n++) {
            as("admin")
                    .body(Map.of("name", "Школа " + n, "type", "school"))
                    .put("/api/v1/municipalities/" + TOWN + "/organizations/t" + n)
                    .then()
                    .statusCode(oneOf(200, 201));
        }
        as("admin")
                .body(Map.of(
                        "nameRu", "Предмет (trd)", "members", List.of(Map.of("code", "math", "nameRu", "Математика"))))
                .put("/api/v1/dimensions/trd-subject")
                .then()
                .statusCode(oneOf(200, 201));
        TestIndicators.put("trd-muni", "Доля выпускников (trd)", "percent");
        TestIndicators.put("trd-low", "Доля отсева (trd)", "percent", Map.of("polarity", "lower"));
        TestIndicators.put("trd-school", "Доля сдавших (trd)", "percent", Map.of("level", "organization"));
        TestIndicators.put("trd-subj", "Средний балл (trd)", "score", Map.of("dimensions", List.of("trd-subject")));

        target("trd-muni", null, 2051, "ge", 50);
        target("trd-muni", null, 2052, "ge", 60);
        target("trd-muni", null, 2053, "ge", 70);
        target("trd-low", null, 2052, "le", 5);
        target("trd-school", "*", 2052, "ge", 50);
        target("trd-school", "t2", 2052, "ge", 80);
        value("trd-muni", null, 2050, "", "40");
        value("trd-muni", null, 2051, "", "55");
        value("trd-muni", null, 2052, "", "58");
        value("trd-low", null, 2051, "", "7");
        value("trd-low", null, 2052, "", "3");
        value("trd-school", "t1", 2051, "", "40");
        value("trd-school", "t3", 2051, "", "50");
        value("trd-school", "t1", 2052, "", "60");
        value("trd-school", "t2", 2052, "", "70");
        value("trd-subj", null, 2052, "", "10");
        value("trd-subj", null, 2052, "math", "20");
        as("admin")
                .body(Map.of(
                        "name", "Слабые (trd)", "yearFrom", 2052, "yearTo", 2052, "organizations", List.of("t2", "t3")))
                .put("/api/v1/municipalities/" + TOWN + "/groups/trd-weak")
                .then()
                .statusCode(oneOf(200, 201));
        loaded = true;
    }

    static void target(String indicator, String organization, int year, String comparator, int value) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "municipality", TOWN, "indicator", indicator, "year", year, "comparator", comparator, "value", value));
        if (organization != null) {
            body.put("organization", organization);
        }
        as("admin").body(body).put("/api/v1/targets").then().statusCode(oneOf(200, 201));
    }

    static void value(String indicator, String organization, int year, String category, String value) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "municipality",
                TOWN,
                "indicator",
                indicator,
                "year",
                year,
                "category",
                category,
                "value",
                new BigDecimal(value)));
        if (organization != null) {
            body.put("organization", organization);
        }
        as("admin")
                .body(body)
                .put("/api/v1/values")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(oneOf(200, 201));
    }

    @Test
    void everyRowOfTheMunicipalityComesInOneResponseWithFactTargetAndStatusPerYear() {
        ValidatableResponse r = get("ministry", TRENDS + "&yearFrom=2050&yearTo=2053")
                .body("municipality", is(TOWN))
                .body("yearFrom", is(2050))
                .body("yearTo", is(2053))
                .body("items.indicator", hasItems("trd-muni", "trd-low", "trd-school", "trd-subj"));
        r.rootPath("items.find { it.indicator == 'trd-muni' }")
                .body("category", is(""))
                .body("points.year", contains(2050, 2051, 2052, 2053))
                .body("points.fact", contains(num("40"), num("55"), num("58"), nullValue()))
                .body("points.status", contains("no_target", "met", "not_met", "no_data"))
                .body("points[1].target.comparator", is("ge"))
                .body("points[1].target.value", num("50"))
                .body("points[3].target.value", num("70"))
                .body("points.schools", everyItem(nullValue()));
        r.rootPath("items.find { it.indicator == 'trd-low' }")
                .body("points.year", contains(2051, 2052))
                .body("points.status", contains("no_target", "met"));
    }

    @Test
    void yearsOutsideTheRangeAreLeftOut() {
        get("ministry", TRENDS + "&yearFrom=2051&yearTo=2052")
                .rootPath("items.find { it.indicator == 'trd-muni' }")
                .body("points.year", contains(2051, 2052))
                .body("points.status", contains("met", "not_met"));
    }

    @Test
    void aSchoolLevelIndicatorSaysPerYearHowManySchoolsMetTheirTargetsAndTheirMean() {
        get("ministry", TRENDS + "&yearFrom=2050&yearTo=2053")
                .rootPath("items.find { it.indicator == 'trd-school' }")
                .body("points.year", contains(2051, 2052))
                // the municipality has no figure or target of its own
                .body("points.fact", everyItem(nullValue()))
                .body("points.status", contains("no_target", "no_target"))
                .body("points[0].schools", nullValue())
                .body("points[0].municipalAverage", num("45"))
                .body("points[0].municipalAverageCount", is(2))
                .body("points[1].schools.met", is(1))
                .body("points[1].schools.notMet", is(1))
                .body("points[1].schools.noData", is(1))
                .body("points[1].schools.total", is(3))
                .body("points[1].municipalAverage", num("65"))
                .body("points[1].municipalAverageCount", is(2));
    }

    @Test
    void aRegisterCountsOnlyItsSchools() {
        get("ministry", TRENDS + "&group=trd-weak")
                .body("group", is("trd-weak"))
                .rootPath("items.find { it.indicator == 'trd-school' }.points.find { it.year == 2052 }")
                .body("schools.met", is(0))
                .body("schools.notMet", is(1))
                .body("schools.noData", is(1))
                .body("schools.total", is(2));
    }

    @Test
    void eachCategoryHasItsOwnTrend() {
        get("ministry", TRENDS)
                .body("items.findAll { it.indicator == 'trd-subj' }.category", contains("", "trd-subject=math"))
                .body("items.find { it.category == 'trd-subject=math' }.points[0].fact", num("20"))
                .body("items.find { it.indicator == 'trd-subj' && it.category == '' }.points[0].fact", num("10"));
    }

    @Test
    void anOrganizationsTrendUsesItsOwnTargetElseTheTargetOfEverySchool() {
        get("ministry", TRENDS + "&organization=t2")
                .body("organization", is("t2"))
                .body("items.indicator", contains("trd-school"))
                .rootPath("items[0]")
                .body("points.year", contains(2052))
                .body("points[0].fact", num("70"))
                .body("points[0].target.value", num("80"))
                .body("points[0].status", is("not_met"))
                .body("points[0].municipalAverage", num("65"));
        get("ministry", TRENDS + "&organization=t1")
                .rootPath("items.find { it.indicator == 'trd-school' }")
                .body("points.year", contains(2051, 2052))
                .body("points.fact", contains(num("40"), num("60")))
                .body("points[1].target.value", num("50"))
                .body("points.status", contains("no_target", "met"));
    }

    @Test
    void mistakesAndOtherMunicipalitiesAreRefusedClearly() {
        as("ministry")
                .get("/api/v1/attainment/trends")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("municipality"));
        as("ministry")
                .get(TRENDS + "&yearFrom=2053&yearTo=2051")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("yearTo"));
        as("ministry").get(TRENDS + "&yearFrom=abc").then().statusCode(400).body("errors.field", hasItem("yearFrom"));
        as("ministry").get(TRENDS + "&organization=nope").then().statusCode(404);
        as("ministry").get(TRENDS + "&group=nope").then().statusCode(404).body("errors.field", hasItem("group"));
        as("kaluga-editor").get(TRENDS).then().statusCode(403);
        as("kaluga-editor").get(YEARS).then().statusCode(403);
    }

    @Test
    void theYearsWithDataAndTheYearToOpenComeInOneRequest() {
        // values in 2050, 2051, 2052; targets in 2051, 2052, 2053; no period was moved (all open)
        get("ministry", YEARS)
                .body("years.year", contains(2053, 2052, 2051, 2050))
                // 2052: trd-muni, trd-low, trd-school t1 and t2, trd-subj total and math = 6 values;
                // targets trd-muni, trd-low, trd-school * and t2 = 4
                .body("years[1].values", is(6))
                .body("years[1].targets", is(4))
                .body("years[0].values", is(0))
                .body("years.state", everyItem(is("open")))
                // 2053 has only a target: the dashboard opens on the latest year with values
                .body("suggested", is(2052))
                .body("suggestedBecause", is("last_open"));
        get("ministry", YEARS + "&organization=t3")
                .body("years.year", contains(2051))
                .body("years[0].values", is(1));
    }

    @Test
    void anApprovedYearIsPassedOverForTheLastOpenOneAndWhenAllAreApprovedTheLastWithData() {
        // its own municipality: approving locks the year, which the other tests here must not meet
        String town = "trd-approved";
        as("admin")
                .body(Map.of("name", "Город утверждённых лет", "region", "kaluzhskaya-oblast", "type", "urban_okrug"))
                .put("/api/v1/municipalities/" + town)
                .then()
                .statusCode(oneOf(200, 201));
        for (int year : new int[] {2051, 2052}) {
            as("admin")
                    .body(Map.of("municipality", town, "indicator", "trd-muni", "year", year, "value", 50))
                    .put("/api/v1/values")
                    .then()
                    .statusCode(oneOf(200, 201));
        }
        String years = "/api/v1/attainment/years?municipality=" + town;
        get("ministry", years).body("suggested", is(2052)).body("suggestedBecause", is("last_open"));
        approve(town, 2052);
        get("ministry", years)
                .body("years.state", contains("approved", "open"))
                .body("suggested", is(2051))
                .body("suggestedBecause", is("last_open"));
        approve(town, 2051);
        get("ministry", years).body("suggested", is(2052)).body("suggestedBecause", is("last_with_data"));
    }

    private static void approve(String town, int year) {
        String period = "/api/v1/municipalities/" + town + "/periods/" + year;
        as("admin").body(Map.of()).post(period + "/submit").then().statusCode(200);
        as("ministry").body(Map.of()).post(period + "/approve").then().statusCode(200);
    }

    private static ValidatableResponse get(String user, String path) {
        return as(user).config(EXACT_NUMBERS)
                .get(path)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200);
    }

    private static Matcher<Object> num(String expected) {
        BigDecimal want = new BigDecimal(expected);
        return new CustomTypeSafeMatcher<>("the number " + expected) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof BigDecimal b && b.compareTo(want) == 0
                        || item instanceof Number n && new BigDecimal(n.toString()).compareTo(want) == 0;
            }
        };
    }
}
