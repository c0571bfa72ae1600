package ru.orientir.attainment;

import static org.hamcrest.Matchers.*;
import static ru.orientir.attainment.AttainmentData.CONDITIONS;
import static ru.orientir.attainment.AttainmentData.RESULTS;
import static ru.orientir.attainment.AttainmentData.YEAR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Fixtures;
import ru.orientir.support.Tokens;

@QuarkusTest
class AttainmentApiTest {

    private static final RestAssuredConfig EXACT_NUMBERS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @BeforeEach
    void data() {
        Fixtures.territory();
        AttainmentData.load();
    }

    @Test
    void lowerIsBetterTargetAtMostFivePercentIsMetByThree() {
        row("att-le")
                .body("status", is("met"))
                .body("polarity", is("lower"))
                .body("fact", num("3"))
                .body("target.comparator", is("le"))
                .body("target.value", num("5"))
                .body("target.valueTo", nullValue())
                .body("deviation", num("-2"))
                .body("deviationPercent", num("-40"))
                .body("indicatorName", is("Показатель att-le"))
                .body("area", is(RESULTS))
                .body("unit", is("percent"))
                .body("municipalityName", is("Городской округ «Город Калуга»"))
                .body("year", is(YEAR))
                .body("qualifier", is("exact"));
    }

    @Test
    void targetAtLeastSeventyIsNotMetByThirtyThree() {
        row("att-ge")
                .body("status", is("not_met"))
                .body("deviation", num("-37"))
                .body("deviationPercent", num("-52.86"));
    }

    @Test
    void lowerIsBetterEqualsTargetIsMetByALowerFact() {
        row("att-eq-lower").body("status", is("met")).body("target.comparator", is("eq"));
    }

    @Test
    void betweenIsMetInsideAndNotMetOutside() {
        row("att-between")
                .body("status", is("met"))
                .body("deviation", num("0"))
                .body("target.value", num("40"))
                .body("target.valueTo", num("60"));
        get("ministry", "/api/v1/attainment?municipality=tula&year=" + YEAR + "&indicator=att-between")
                .body("items", hasSize(1))
                .body("items[0].status", is("not_met"))
                .body("items[0].deviation", num("1"));
    }

    @Test
    void targetWithoutFactIsNoDataAndFactWithoutTargetIsNoTarget() {
        row("att-no-data")
                .body("status", is("no_data"))
                .body("fact", nullValue())
                .body("deviation", nullValue());
        row("att-no-target")
                .body("status", is("no_target"))
                .body("fact", num("12"))
                .body("target", nullValue());
    }

    @Test
    void indicatorWithDataInAnotherYearIsListedAsNoTarget() {
        row("att-earlier").body("status", is("no_target")).body("fact", nullValue());
    }

    @Test
    void archivedIndicatorsAreNotListed() {
        get("ministry", "/api/v1/attainment?municipality=kaluga&year=" + YEAR + "&indicator=att-archived")
                .body("items", empty())
                .body("total", is(0));
    }

    @Test
    void organizationRowsStandBesideTheMunicipalityRow() {
        get("ministry", "/api/v1/attainment?municipality=kaluga&year=" + YEAR + "&indicator=att-ge")
                .body("items.organization", contains(nullValue(), is("school-1")))
                .body("items.status", contains("not_met", "met"));
        get(
                        "ministry",
                        "/api/v1/attainment?municipality=kaluga&year=" + YEAR + "&organization=school-1&area="
                                + RESULTS)
                .body("items.indicator", contains("att-ge"));
    }

    @Test
    void baselineIsTheLatestAtOrBeforeTheYearAndPeriodStateComesFromTheReportingPeriod() {
        row("att-ge")
                .body("baseline.year", is(2030))
                .body("baseline.value", num("50"))
                .body("periodState", is("approved"));
        get("ministry", "/api/v1/attainment?municipality=kaluga&year=2029&indicator=att-ge")
                .body("items[0].baseline.year", is(2027))
                .body("items[0].periodState", is("open"));
    }

    @Test
    void scoreComesFromBandsOrTheLinearScale() {
        row("att-scale").body("score", num("50"));
        row("att-bands").body("score", num("1")).body("status", is("not_met"));
        row("att-le").body("score", nullValue());
    }

    @Test
    void statusFilterKeepsOnlyThatStatus() {
        get("ministry", "/api/v1/attainment?municipality=kaluga&year=" + YEAR + "&area=" + RESULTS + "&status=not_met")
                .body("items.indicator", containsInAnyOrder("att-ge", "att-bands", "att-rank-low"))
                .body("total", is(3));
        get(
                        "ministry",
                        "/api/v1/attainment?municipality=kaluga&year=" + YEAR + "&area=" + CONDITIONS
                                + "&status=no_target")
                .body("items.indicator", containsInAnyOrder("att-no-target", "att-earlier"));
    }

    @Test
    void listIsPaginated() {
        get("ministry", "/api/v1/attainment?municipality=kaluga&year=" + YEAR + "&area=" + RESULTS + "&size=2&page=1")
                .body("items", hasSize(2))
                .body("page", is(1))
                .body("size", is(2))
                .body("total", is(9));
        get(
                        "ministry",
                        "/api/v1/attainment?municipality=kaluga&year=" + YEAR + "&area=" + RESULTS
                                + "&status=met&size=4&page=1")
                .body("items", hasSize(2))
                .body("total", is(6));
    }

    @Test
    void summaryCountsRowsPerArea() {
        get("ministry", "/api/v1/attainment/summary?municipality=kaluga&year=" + YEAR)
                .body("municipality", is("kaluga"))
                .body("year", is(YEAR))
                .body("byArea.find { it.area == '" + RESULTS + "' }.met", is(6))
                .body("byArea.find { it.area == '" + RESULTS + "' }.notMet", is(3))
                .body("byArea.find { it.area == '" + RESULTS + "' }.noData", is(0))
                .body("byArea.find { it.area == '" + CONDITIONS + "' }.noData", is(1))
                .body("byArea.find { it.area == '" + CONDITIONS + "' }.noTarget", is(2))
                .body("met", greaterThanOrEqualTo(6))
                .body("noTarget", greaterThanOrEqualTo(2));
    }

    @Test
    void rankingPutsTheBestFirstByPolarityAndMissingFactsLast() {
        get("ministry", "/api/v1/attainment/ranking?indicator=att-rank-high&year=" + YEAR)
                .body("polarity", is("higher"))
                .body("items.municipality", contains("tula", "kaluga", "kemerovo", "derbent"))
                .body("items.rank", contains(1, 2, 3, null))
                .body("items.status", contains("met", "met", "not_met", "no_data"))
                .body("items[0].fact", num("90"))
                .body("items[0].target.comparator", is("ge"));
        // equal facts share a rank
        get("ministry", "/api/v1/attainment/ranking?indicator=att-rank-low&year=" + YEAR)
                .body("polarity", is("lower"))
                .body("items.municipality", contains("tula", "kaluga", "kemerovo", "derbent"))
                .body("items.rank", contains(1, 2, 2, null));
    }

    @Test
    void rankingAnswers304UntilAFigureChanges() {
        String path = "/api/v1/attainment/ranking?indicator=att-rank-high&year=" + YEAR;
        String tag =
                Tokens.as("ministry").get(path).then().statusCode(200).extract().header("ETag");
        Tokens.as("ministry").header("If-None-Match", tag).get(path).then().statusCode(304);
        // another caller sees other municipalities: its own tag
        String editors = Tokens.as("kaluga-editor")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(tag, editors);
        Tokens.as("kaluga-editor").header("If-None-Match", tag).get(path).then().statusCode(200);
        // a write commits a new data version: the old tag no longer matches and the new order shows
        Tokens.as("admin")
                .contentType("application/json")
                .body("{\"municipality\": \"tula\", \"indicator\": \"att-rank-high\", \"year\": " + YEAR
                        + ", \"value\": 60}")
                .put("/api/v1/values")
                .then()
                .statusCode(200);
        String after = Tokens.as("ministry")
                .header("If-None-Match", tag)
                .get(path)
                .then()
                .statusCode(200)
                .body("items.municipality", contains("kaluga", "kemerovo", "tula", "derbent"))
                .body("items.rank", contains(1, 2, 3, null))
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(tag, after);
        Tokens.as("ministry").header("If-None-Match", after).get(path).then().statusCode(304);
        // the fixtures do not reset values: put tula's back for the other tests
        Tokens.as("admin")
                .contentType("application/json")
                .body("{\"municipality\": \"tula\", \"indicator\": \"att-rank-high\", \"year\": " + YEAR
                        + ", \"value\": 90}")
                .put("/api/v1/values")
                .then()
                .statusCode(200);
    }

    @Test
    void aCountryPageByStatusIsTheSliceOfTheWholeList() {
        // the ministry without municipality and indicator: pages walk the catalogue one indicator at a time
        String path = "/api/v1/attainment?status=not_met&year=" + YEAR;
        io.restassured.response.Response all = Tokens.as("ministry").get(path + "&size=1000");
        all.then().statusCode(200).header("X-Total-Exact", "true");
        java.util.List<String> whole = keys(all);
        org.junit.jupiter.api.Assertions.assertTrue(whole.size() >= 3, "not_met rows: " + whole);
        org.junit.jupiter.api.Assertions.assertEquals(
                whole.size(), all.jsonPath().getInt("total"));
        java.util.List<String> paged = new java.util.ArrayList<>();
        for (int page = 0; page * 2 < whole.size() + 2; page++) {
            io.restassured.response.Response r = Tokens.as("ministry").get(path + "&size=2&page=" + page);
            r.then().statusCode(200).header("X-Total-Exact", anyOf(is("true"), is("false")));
            paged.addAll(keys(r));
        }
        org.junit.jupiter.api.Assertions.assertEquals(whole, paged);
        // every row is not_met, as the rule says
        all.then().body("items.status", everyItem(is("not_met")));
        // with a municipality the total is exact and counted by the same statement
        Tokens.as("ministry")
                .get(path + "&municipality=kaluga&size=1")
                .then()
                .statusCode(200)
                .header("X-Total-Exact", "true")
                .body("items", hasSize(1));
    }

    private static java.util.List<String> keys(io.restassured.response.Response r) {
        java.util.List<java.util.Map<String, Object>> items = r.jsonPath().getList("items");
        return items.stream()
                .map(i -> i.get("indicator") + "/" + i.get("municipality") + "/" + i.get("organization") + "/"
                        + i.get("category"))
                .toList();
    }

    @Test
    void seriesListsEveryYearWithAFactTargetOrBaseline() {
        get("ministry", "/api/v1/attainment/series?indicator=att-ge&municipality=kaluga")
                .body("indicator", is("att-ge"))
                .body("municipality", is("kaluga"))
                .body("organization", nullValue())
                .body("items.year", contains(2027, 2029, 2030, 2031))
                .body("items.status", contains("no_target", "not_met", "no_target", "not_met"))
                .body("items.baseline.year", contains(2027, 2027, 2030, 2030))
                .body("items[1].fact", num("55"))
                .body("items[1].target.value", num("60"));
        get("ministry", "/api/v1/attainment/series?indicator=att-ge&municipality=kaluga&yearFrom=2029&yearTo=2030")
                .body("items.year", contains(2029, 2030));
        get("ministry", "/api/v1/attainment/series?indicator=att-ge&municipality=kaluga&organization=school-1")
                .body("organization", is("school-1"))
                .body("items.year", contains(YEAR))
                .body("items[0].status", is("met"));
        // an archived indicator keeps its history
        get("ministry", "/api/v1/attainment/series?indicator=att-archived&municipality=kaluga")
                .body("items.year", contains(YEAR))
                .body("items[0].status", is("no_data"));
    }

    @Test
    void kalugaEditorSeesOnlyKaluga() {
        get("kaluga-editor", "/api/v1/attainment?year=" + YEAR + "&indicator=att-between")
                .body("items.municipality", contains("kaluga"));
        get("kaluga-editor", "/api/v1/attainment?year=" + YEAR + "&area=" + RESULTS)
                .body("items.municipality", everyItem(is("kaluga")));
        get("kaluga-editor", "/api/v1/attainment/ranking?indicator=att-rank-high&year=" + YEAR)
                .body("items.municipality", contains("kaluga"))
                .body("items[0].rank", is(1));
        Tokens.as("kaluga-editor")
                .get("/api/v1/attainment?municipality=tula&year=" + YEAR)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        Tokens.as("kaluga-editor")
                .get("/api/v1/attainment/summary?municipality=tula&year=" + YEAR)
                .then()
                .statusCode(403);
        Tokens.as("kaluga-editor")
                .get("/api/v1/attainment/series?indicator=att-between&municipality=tula")
                .then()
                .statusCode(403);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        // query parameters are the request's form (400); unknown codes in them are 404
        problem("/api/v1/attainment?municipality=kaluga", 400, "year");
        problem("/api/v1/attainment?municipality=kaluga&year=1800", 400, "year");
        problem("/api/v1/attainment?municipality=kaluga&year=abc", 400, "year");
        problem("/api/v1/attainment?municipality=kaluga&year=2031&status=great", 400, "status");
        problem("/api/v1/attainment?municipality=atlantis&year=2031", 404, "municipality");
        problem("/api/v1/attainment?year=2031&indicator=att-missing", 404, "indicator");
        problem("/api/v1/attainment/ranking?year=2031", 400, "indicator");
        problem("/api/v1/attainment/ranking?indicator=att-missing&year=2031", 404, "indicator");
        problem("/api/v1/attainment/series?indicator=att-ge", 400, "municipality");
        problem(
                "/api/v1/attainment/series?indicator=att-ge&municipality=kaluga&yearFrom=2031&yearTo=2020",
                400,
                "yearTo");
        problem(
                "/api/v1/attainment/series?indicator=att-ge&municipality=kaluga&organization=nope",
                404,
                "organization");
        problem("/api/v1/attainment/summary?municipality=kaluga&year=3000", 400, "year");
        Tokens.as("anonymous").get("/api/v1/attainment?year=2031").then().statusCode(401);
    }

    // ---- helpers ------------------------------------------------------------------------

    /** The municipality-level row of an indicator for Kaluga in the main year. */
    private static ValidatableResponse row(String indicator) {
        return get("ministry", "/api/v1/attainment?municipality=kaluga&year=" + YEAR + "&indicator=" + indicator)
                .body("items.findAll { it.organization == null }", hasSize(1))
                .rootPath("items.find { it.organization == null }");
    }

    private static ValidatableResponse get(String user, String path) {
        return Tokens.as(user).config(EXACT_NUMBERS).get(path).then().statusCode(200);
    }

    private static void problem(String path, int status, String field) {
        Tokens.as("ministry")
                .get(path)
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    /** A JSON number equal in value to the expected decimal (3, 3.0 and 3.000000 alike). */
    private static Matcher<Object> num(String expected) {
        return new CustomTypeSafeMatcher<>("the number " + expected) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number
                        && new BigDecimal(item.toString()).compareTo(new BigDecimal(expected)) == 0;
            }
        };
    }
}
