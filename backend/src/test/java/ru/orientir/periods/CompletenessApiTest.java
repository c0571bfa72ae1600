package ru.orientir.periods;

import static org.hamcrest.Matchers.*;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.catalogue.TestIndicators;
import ru.orientir.support.Fixtures;

/**
 * GET /municipalities/{code}/periods/{year}/completeness: what the submit and approve dialogs show before
 * the click, on a municipality of its own (cmp-town, Kaluga's region) in 2052. Figures worked out by hand.
 */
@QuarkusTest
class CompletenessApiTest {

    private static final RestAssuredConfig EXACT_NUMBERS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    static final String TOWN = "cmp-town";
    static final String PATH = "/api/v1/municipalities/" + TOWN + "/periods/2052";

    private static volatile boolean loaded;

    @BeforeEach
    void data() {
        Fixtures.territory();
        load();
    }

    /*
     * cmp-a: ≥ 50, value 60 in 2052 (met). cmp-b: ≥ 50, value 40 (not met). cmp-c: a value in 2051 only
     * (missing in 2052; its row has no target). cmp-e: 10 in 2051, 30 in 2052 without a target: a jump of
     * 200 % (over 50 %), one warning. cmp-f: ≥ 10 in 2052 without a value (missing; no data).
     * Catalogue: a, b, c, e, f = 5 indicators; with a value of 2052: a, b, e = 3: 3 / 5 = 60.0 %, 2 missing.
     * Attainment rows of 2052: a met, b not met, f no data, c and e no target.
     */
    static synchronized void load() {
        if (loaded) {
            return;
        }
        as("admin")
                .body(Map.of("name", "Город полноты", "region", "kaluzhskaya-oblast", "type", "urban_okrug"))
                .put("/api/v1/municipalities/" + TOWN)
                .then()
                .statusCode(oneOf(200, 201));
        for (String code : new String[] {"cmp-a", "cmp-b", "cmp-c", "cmp-e", "cmp-f"}) {
            TestIndicators.put(code, "Показатель " + code, "percent");
        }
        target("cmp-a", 50);
        target("cmp-b", 50);
        target("cmp-f", 10);
        value("cmp-a", 2052, "60");
        value("cmp-b", 2052, "40");
        value("cmp-c", 2051, "30");
        value("cmp-e", 2051, "10");
        value("cmp-e", 2052, "30");
        loaded = true;
    }

    static void target(String indicator, int value) {
        as("admin")
                .body(Map.of(
                        "municipality", TOWN, "indicator", indicator, "year", 2052, "comparator", "ge", "value", value))
                .put("/api/v1/targets")
                .then()
                .statusCode(oneOf(200, 201));
    }

    static void value(String indicator, int year, String value) {
        Map<String, Object> body = new HashMap<>(
                Map.of("municipality", TOWN, "indicator", indicator, "year", year, "value", new BigDecimal(value)));
        as("admin").body(body).put("/api/v1/values").then().statusCode(oneOf(200, 201));
    }

    @Test
    void theDialogLearnsTheShareOfIndicatorsWithValuesTheWarningsAndWhatIsNotMet() {
        as("ministry")
                .config(EXACT_NUMBERS)
                .get(PATH + "/completeness")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("municipality", is(TOWN))
                .body("municipalityName", is("Город полноты"))
                .body("year", is(2052))
                .body("state", is("open"))
                .body("indicators", is(5))
                .body("withValues", is(3))
                .body("percent", num("60"))
                .body("missing", is(2))
                .body("warnings", is(1))
                .body("met", is(1))
                .body("notMet", is(1))
                .body("noData", is(1))
                .body("noTarget", is(2));
        // the same figures as the period's own check, which the submit records
        as("ministry")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("completeness.missing.indicator", containsInAnyOrder("cmp-c", "cmp-f"))
                .body("completeness.warnings.code", contains("big_jump"));
    }

    @Test
    void aYearWithoutValuesIsNoPercentComplete() {
        as("ministry")
                .config(EXACT_NUMBERS)
                .get("/api/v1/municipalities/" + TOWN + "/periods/2099/completeness")
                .then()
                .statusCode(200)
                .body("indicators", is(5))
                .body("withValues", is(0))
                .body("percent", num("0"))
                .body("missing", is(5));
    }

    @Test
    void theStateFollowsTheSubmit() {
        String other = "/api/v1/municipalities/" + TOWN + "/periods/2051";
        as("admin").body(Map.of()).post(other + "/submit").then().statusCode(200);
        as("ministry")
                .get(other + "/completeness")
                .then()
                .statusCode(200)
                .body("state", is("submitted"))
                // 2051: c and e have values, a, b, f none: 2 of 5 = 40.0 %
                .body("withValues", is(2))
                .body("missing", is(3));
    }

    @Test
    void mistakesAndOtherMunicipalitiesAreRefused() {
        as("ministry")
                .get("/api/v1/municipalities/" + TOWN + "/periods/abc/completeness")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("year"));
        as("ministry")
                .get("/api/v1/municipalities/no-such-town/periods/2052/completeness")
                .then()
                .statusCode(404);
        as("kaluga-editor").get(PATH + "/completeness").then().statusCode(403);
    }

    /** A JSON number equal to the expected one, whether it came as 60, 60.0 or 6E+1. */
    private static Matcher<Object> num(String expected) {
        BigDecimal want = new BigDecimal(expected);
        return new CustomTypeSafeMatcher<>("the number " + expected) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number n && new BigDecimal(n.toString()).compareTo(want) == 0;
            }
        };
    }
}
