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
import ru.orientir.support.Tokens;

/**
 * Targets of every school, schools against the municipal average and the ranking of schools, on a
 * municipality of its own (sch-town, in Kaluga's region) so that no other test adds schools to it.
 * Year 2041, which no other test uses. Every figure below is computed by hand in the comments.
 */
@QuarkusTest
class SchoolAttainmentApiTest {

    private static final RestAssuredConfig EXACT_NUMBERS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    static final int YEAR = 2041;
    static final String TOWN = "sch-town";
    static final String BASE = "/api/v1/attainment?municipality=" + TOWN + "&year=" + YEAR;

    private static volatile boolean loaded;

    @BeforeEach
    void data() {
        Fixtures.territory();
        load();
    }

    /*
     * sch-town has five schools s1..s5 («Школа 1»..«Школа 5»).
     * sch-ege (organization level, higher is better): target of every school ≥ 50; s2 has its own ≥ 80.
     *   values s1 60, s2 70, s3 40, s4 60, s5 none; Kaluga's school-1 90 (same region).
     *   s1 met (60 ≥ 50, every_organization), s2 not_met (70 < 80, own), s3 not_met (40 < 50),
     *   s4 met, s5 no_data: met 2, notMet 2, noData 1, total 5.
     *   municipal average (60 + 70 + 40 + 60) / 4 = 57.5 over 4 schools; s1 difference 2.5, s3 −17.5.
     *   regional average (60 + 70 + 40 + 60 + 90) / 5 = 64.
     * sch-drop (organization level, lower is better), no target: s1 5, s2 3, s3 3, s4 8.
     * sch-subj (organization level, subject): target of every school for subject=math ≥ 70;
     *   s1 math 80 (met), s2 math 60 (not met), s3..s5 no value (no_data): met 1, notMet 1, noData 3, total 5;
     *   s1 russian 90 without a target (no_target).
     * Register «weak» of sch-town: s3 and s5.
     */
    static synchronized void load() {
        if (loaded) {
            return;
        }
        as("admin")
                .body(Map.of("name", "Тестовый городской округ", "region", "kaluzhskaya-oblast", "type", "urban_okrug"))
                .put("/api/v1/municipalities/" + TOWN)
                .then()
                .statusCode(oneOf(200, 201));
        for (int n = 1; n <= 5; n++) {
            as("admin")
                    .body(Map.of("name", "Школа " + n, "type", "school"))
                    .put("/api/v1/municipalities/" + TOWN + "/organizations/s" + n)
                    .then()
                    .statusCode(oneOf(200, 201));
        }
        as("admin")
                .body(Map.of(
                        "nameRu",
                        "Предмет (sch)",
                        "members",
                        List.of(
                                Map.of("code", "math", "nameRu", "Математика"),
                                Map.of("code", "russian", "nameRu", "Русский язык"))))
                .put("/api/v1/dimensions/sch-subject")
                .then()
                .statusCode(oneOf(200, 201));
        TestIndicators.put("sch-ege", "Доля выпускников (sch)", "percent", Map.of("level", "organization"));
        TestIndicators.put(
                "sch-drop", "Доля отсева (sch)", "percent", Map.of("level", "organization", "polarity", "lower"));
        TestIndicators.put(
                "sch-subj",
                "Доля выполнивших ВПР (sch)",
                "percent",
                Map.of("level", "organization", "dimensions", List.of("sch-subject")));
        TestIndicators.put("sch-town-level", "Показатель муниципалитета (sch)", "percent");
        TestIndicators.put(
                "sch-year",
                "Показатель учебного года (sch)",
                "percent",
                Map.of("level", "organization", "periodicity", "school_year"));

        target("sch-ege", "*", null, "ge", 50);
        target("sch-ege", "s2", null, "ge", 80);
        target("sch-subj", "*", "math", "ge", 70);
        String[][] values = {
            {"sch-ege", "s1", "", "60"}, {"sch-ege", "s2", "", "70"}, {"sch-ege", "s3", "", "40"},
            {"sch-ege", "s4", "", "60"}, {"sch-drop", "s1", "", "5"}, {"sch-drop", "s2", "", "3"},
            {"sch-drop", "s3", "", "3"}, {"sch-drop", "s4", "", "8"}, {"sch-subj", "s1", "math", "80"},
            {"sch-subj", "s2", "sch-subject=math", "60"}, {"sch-subj", "s1", "russian", "90"}
        };
        for (String[] v : values) {
            value(TOWN, v[0], v[1], v[2], v[3]);
        }
        value("kaluga", "sch-ege", "school-1", "", "90");
        value(TOWN, "sch-year", "s1", "", "10");
        as("admin")
                .body(Map.of(
                        "name", "Слабые школы", "yearFrom", YEAR, "yearTo", YEAR, "organizations", List.of("s3", "s5")))
                .put("/api/v1/municipalities/" + TOWN + "/groups/weak")
                .then()
                .statusCode(oneOf(200, 201));
        loaded = true;
    }

    static void target(String indicator, String organization, String category, String comparator, int value) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "municipality", TOWN, "indicator", indicator, "year", YEAR, "comparator", comparator, "value", value));
        body.put("organization", organization);
        if (category != null) {
            body.put("category", category);
        }
        as("admin").body(body).put("/api/v1/targets").then().statusCode(oneOf(200, 201));
    }

    static void value(String municipality, String indicator, String organization, String category, String value) {
        as("admin")
                .body(Map.of(
                        "municipality",
                        municipality,
                        "indicator",
                        indicator,
                        "organization",
                        organization,
                        "year",
                        YEAR,
                        "category",
                        category,
                        "value",
                        new BigDecimal(value)))
                .put("/api/v1/values")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(oneOf(200, 201));
    }

    @Test
    void everySchoolGetsARowWithItsOwnTargetOrElseTheTargetOfEverySchool() {
        get("ministry", BASE + "&indicator=sch-ege")
                .body("items.organization", contains(nullValue(), is("s1"), is("s2"), is("s3"), is("s4"), is("s5")))
                .body("items.status", contains("no_target", "met", "not_met", "not_met", "met", "no_data"))
                .body(
                        "items.targetScope",
                        contains(
                                null,
                                "every_organization",
                                "own",
                                "every_organization",
                                "every_organization",
                                "every_organization"))
                .body("items[2].target.value", num("80"))
                .body("items[1].target.value", num("50"))
                .body("items[1].target.comparator", is("ge"))
                .body("items.level", everyItem(is("organization")))
                .body("items.yearLabel", everyItem(is("2041")))
                .body("items.category", everyItem(is("")))
                .body("items.categoryLabel", everyItem(is("")))
                .body("total", is(6));
    }

    @Test
    void theMunicipalityRowSaysHowManySchoolsMetTheirTargets() {
        get("ministry", BASE + "&indicator=sch-ege")
                .rootPath("items.find { it.organization == null }")
                .body("schools.met", is(2))
                .body("schools.notMet", is(2))
                .body("schools.noData", is(1))
                .body("schools.total", is(5))
                .body("municipalAverage", nullValue());
        get("ministry", "/api/v1/attainment/summary?municipality=" + TOWN + "&year=" + YEAR)
                .body("byIndicator.findAll { it.indicator == 'sch-ege' }", hasSize(1))
                .rootPath("byIndicator.find { it.indicator == 'sch-ege' }")
                .body("schools.met", is(2))
                .body("schools.notMet", is(2))
                .body("schools.noData", is(1))
                .body("schools.total", is(5))
                .body("category", is(""))
                .noRootPath()
                .rootPath("byIndicator.find { it.indicator == 'sch-subj' }")
                .body("category", is("sch-subject=math"))
                .body("categoryLabel", is("Математика"))
                .body("schools.met", is(1))
                .body("schools.notMet", is(1))
                .body("schools.noData", is(3))
                .body("schools.total", is(5))
                .noRootPath()
                // sch-drop has no target at all: nothing to count
                .body("byIndicator.indicator", not(hasItem("sch-drop")));
    }

    @Test
    void eachSchoolStandsAgainstTheMunicipalAverageAndTheRegionalOneForThoseWhoReadAll() {
        get("ministry", BASE + "&indicator=sch-ege&organization=s1")
                .body("items", hasSize(1))
                .body("items[0].municipalAverage", num("57.5"))
                .body("items[0].municipalAverageCount", is(4))
                .body("items[0].difference", num("2.5"))
                .body("items[0].regionalAverage", num("64"));
        get("ministry", BASE + "&indicator=sch-ege&organization=s3").body("items[0].difference", num("-17.5"));
        // s5 has no value: the average stands beside it, the difference cannot
        get("ministry", BASE + "&indicator=sch-ege&organization=s5")
                .body("items[0].municipalAverage", num("57.5"))
                .body("items[0].difference", nullValue());
        // a municipality's viewer sees its municipal average, not the region's
        get("kaluga-viewer", "/api/v1/attainment?municipality=kaluga&year=" + YEAR + "&indicator=sch-ege")
                .body("items.organization", contains("school-1"))
                .body("items[0].municipalAverage", num("90"))
                .body("items[0].municipalAverageCount", is(1))
                .body("items[0].difference", num("0"))
                .body("items[0]", not(hasKey("regionalAverage")));
    }

    @Test
    void rowsPerCategoryWithTheirLabels() {
        get("ministry", BASE + "&indicator=sch-subj")
                .body(
                        "items.collect { (it.organization ?: '-') + ' ' + it.category + ' ' + it.status }",
                        contains(
                                "- sch-subject=math no_target",
                                "s1 sch-subject=math met",
                                "s2 sch-subject=math not_met",
                                "s3 sch-subject=math no_data",
                                "s4 sch-subject=math no_data",
                                "s5 sch-subject=math no_data",
                                "s1 sch-subject=russian no_target"))
                .body("items[1].categoryLabel", is("Математика"))
                .body("items[6].categoryLabel", is("Русский язык"))
                // (80 + 60) / 2 = 70 for math; 90 alone for russian
                .body("items[1].municipalAverage", num("70"))
                .body("items[1].difference", num("10"))
                .body("items[6].municipalAverage", num("90"));
        get("ministry", BASE + "&indicator=sch-subj&category=russian")
                .body("items.organization", contains("s1"))
                .body("items[0].category", is("sch-subject=russian"));
        problem(BASE + "&indicator=sch-subj&category=chemistry", 400, "category");
    }

    @Test
    void aGroupKeepsOnlyItsSchoolsAndTheirCount() {
        get("ministry", BASE + "&indicator=sch-ege&group=weak")
                .body("items.organization", contains(nullValue(), is("s3"), is("s5")))
                .body("items[0].schools.met", is(0))
                .body("items[0].schools.notMet", is(1))
                .body("items[0].schools.noData", is(1))
                .body("items[0].schools.total", is(2))
                // the average stays the municipality's
                .body("items[1].municipalAverage", num("57.5"));
        problem(BASE + "&indicator=sch-ege&group=nope", 404, "group");
        problem("/api/v1/attainment?year=" + YEAR + "&group=weak", 400, "municipality");
        Tokens.as("kaluga-viewer")
                .get(BASE + "&group=weak")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void rankingPutsTheBestSchoolFirstTiesShareARankAndSchoolsWithoutAValueLast() {
        get("ministry", "/api/v1/rankings?municipality=" + TOWN + "&indicator=sch-ege&year=" + YEAR)
                .body("indicator", is("sch-ege"))
                .body("indicatorName", is("Доля выпускников (sch)"))
                .body("unit", is("percent"))
                .body("polarity", is("higher"))
                .body("year", is(YEAR))
                .body("yearLabel", is("2041"))
                .body("category", is(""))
                .body("municipalAverage", num("57.5"))
                .body("total", is(5))
                .body("items.organization", contains("s2", "s1", "s4", "s3", "s5"))
                .body("items.rank", contains(1, 2, 2, 4, null))
                .body("items.organizationName", contains("Школа 2", "Школа 1", "Школа 4", "Школа 3", "Школа 5"))
                .body("items.status", contains("not_met", "met", "met", "not_met", "no_data"))
                .body("items[0].value", num("70"))
                .body("items[0].difference", num("12.5"))
                .body("items[3].difference", num("-17.5"))
                .body("items[4].value", nullValue());
        // lower is better: the lowest first
        get("ministry", "/api/v1/rankings?municipality=" + TOWN + "&indicator=sch-drop&year=" + YEAR)
                .body("polarity", is("lower"))
                .body("items.organization", contains("s2", "s3", "s1", "s4", "s5"))
                .body("items.rank", contains(1, 1, 3, 4, null))
                .body("items.status", everyItem(is("no_target")))
                // (5 + 3 + 3 + 8) / 4 = 4.75
                .body("municipalAverage", num("4.75"));
        get("ministry", "/api/v1/rankings?municipality=" + TOWN + "&indicator=sch-ege&year=" + YEAR + "&group=weak")
                .body("group", is("weak"))
                .body("items.organization", contains("s3", "s5"))
                .body("items.rank", contains(1, null))
                .body("municipalAverage", num("57.5"))
                .body("total", is(2));
        get("ministry", "/api/v1/rankings?municipality=" + TOWN + "&indicator=sch-subj&year=" + YEAR + "&category=math")
                .body("category", is("sch-subject=math"))
                .body("categoryLabel", is("Математика"))
                .body("items.organization", contains("s1", "s2", "s3", "s4", "s5"))
                .body("items.rank", contains(1, 2, null, null, null));
    }

    @Test
    void rankingProblems() {
        problem("/api/v1/rankings?municipality=" + TOWN + "&indicator=sch-town-level&year=" + YEAR, 422, "indicator");
        problem("/api/v1/rankings?indicator=sch-ege&year=" + YEAR, 400, "municipality");
        problem("/api/v1/rankings?municipality=" + TOWN + "&year=" + YEAR, 400, "indicator");
        problem("/api/v1/rankings?municipality=" + TOWN + "&indicator=sch-ege", 400, "year");
        problem("/api/v1/rankings?municipality=" + TOWN + "&indicator=sch-none&year=" + YEAR, 404, "indicator");
        problem("/api/v1/rankings?municipality=atlantis&indicator=sch-ege&year=" + YEAR, 404, "municipality");
        problem(
                "/api/v1/rankings?municipality=" + TOWN + "&indicator=sch-ege&year=" + YEAR + "&group=nope",
                404,
                "group");
        Tokens.as("kaluga-editor")
                .get("/api/v1/rankings?municipality=tula&indicator=sch-ege&year=" + YEAR)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        Tokens.as("anonymous")
                .get("/api/v1/rankings?municipality=kaluga&indicator=sch-ege&year=" + YEAR)
                .then()
                .statusCode(401);
    }

    @Test
    void schoolSeriesCarriesTheAverageAndTheTargetOfEverySchool() {
        get("ministry", "/api/v1/attainment/series?indicator=sch-ege&municipality=" + TOWN + "&organization=s1")
                .body("items.year", contains(YEAR))
                .body("items[0].yearLabel", is("2041"))
                .body("items[0].status", is("met"))
                .body("items[0].target.value", num("50"))
                .body("items[0].municipalAverage", num("57.5"));
    }

    @Test
    void aSchoolYearIsShownAsTheSpanItStartsIn() {
        get("ministry", BASE + "&indicator=sch-year")
                .body("items.organization", contains("s1"))
                .body("items[0].year", is(YEAR))
                .body("items[0].yearLabel", is("2041/42"));
        get("ministry", "/api/v1/rankings?municipality=" + TOWN + "&indicator=sch-year&year=" + YEAR)
                .body("yearLabel", is("2041/42"))
                .body("items.rank", contains(1, null, null, null, null));
    }

    // ---- helpers ------------------------------------------------------------------------

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
    static Matcher<Object> num(String expected) {
        return new CustomTypeSafeMatcher<>("the number " + expected) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number
                        && new BigDecimal(item.toString()).compareTo(new BigDecimal(expected)) == 0;
            }
        };
    }
}
