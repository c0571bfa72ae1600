package ru.orientir.rules;

import static org.hamcrest.Matchers.*;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.catalogue.TestIndicators;
import ru.orientir.support.Fixtures;

/**
 * Rules of municipality level: they judge municipalities on their figures as a whole, against the average of the
 * municipalities of their region. Values of mr-ind (municipality level, calendar years) in Тульская область, where
 * this class adds mr-a («Алексинский округ (правила)») and mr-b («Ясногорский округ (правила)») beside tula:
 *
 * <pre>
 *   year   tula   mr-a   mr-b   region's average
 *   2021   30     10     20     20         above: tula
 *   2022   25     28     12     21.666667  above: tula, mr-a
 *   2023   12     30     18     20         above: mr-a
 * </pre>
 *
 * mr-above (above the average 2 years in a row): 2022 flags tula (2021, 2022), 2023 flags mr-a (2022, 2023), 2021
 * nobody. mr-threshold (≥ 25 in at least 2 of the 3 years before the year): 2024 looks at 2021–2023 and flags mr-a
 * (28, 30 in 2022, 2023) and tula (30, 25 in 2021, 2022), not mr-b (never 25). Both are the ministry's rules, for the
 * whole region; a municipality's users see their own municipality's flags only, with the average of all.
 */
@QuarkusTest
class MunicipalityFlagsTest {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static boolean loaded;

    @BeforeEach
    void data() {
        Fixtures.territory();
        if (loaded) {
            return;
        }
        municipality("mr-a", "Алексинский округ (правила)");
        municipality("mr-b", "Ясногорский округ (правила)");
        TestIndicators.put("mr-ind", "Доля выпускников без аттестата (правила муниципалитетов)", "percent");
        as("admin")
                .contentType(CSV)
                .body(
                        """
                        municipality,indicator,year,value
                        tula,mr-ind,2021,30
                        tula,mr-ind,2022,25
                        tula,mr-ind,2023,12
                        mr-a,mr-ind,2021,10
                        mr-a,mr-ind,2022,28
                        mr-a,mr-ind,2023,30
                        mr-b,mr-ind,2021,20
                        mr-b,mr-ind,2022,12
                        mr-b,mr-ind,2023,18
                        """)
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"));
        rule("mr-above", 2, 2, false, Map.of("indicator", "mr-ind", "average", "above"));
        rule("mr-threshold", 3, 2, true, Map.of("indicator", "mr-ind", "comparator", "ge", "value", 25));
        loaded = true;
    }

    private static void municipality(String code, String name) {
        as("admin")
                .body(Map.of("name", name, "region", "tulskaya-oblast", "type", "urban_okrug"))
                .put("/api/v1/municipalities/" + code)
                .then()
                .statusCode(oneOf(200, 201));
    }

    private static void rule(String code, int window, int minYears, boolean preceding, Map<String, Object> condition) {
        as("ministry")
                .body(Map.of(
                        "name",
                        "Правило муниципалитетов " + code,
                        "level",
                        "municipality",
                        "combine",
                        "any",
                        "window",
                        window,
                        "minYears",
                        minYears,
                        "preceding",
                        preceding,
                        "conditions",
                        List.of(condition)))
                .put("/api/v1/rules/" + code)
                .then()
                .statusCode(oneOf(200, 201));
    }

    @Test
    void aboveTheAverageTwoYearsInARowFlagsTheMunicipalitiesItShould() {
        as("ministry")
                .get("/api/v1/flags?year=2022&rule=mr-above")
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].municipality", is("tula"))
                .body("items[0].organization", nullValue())
                .body("items[0].years", contains(2021, 2022))
                .body("items[0].evidence.year", contains(2021, 2022))
                .body("items[0].evidence[0].conditions[0].value", is(30))
                .body("items[0].evidence[0].conditions[0].average", is(20))
                .body("items[0].evidence[1].conditions[0].average", is(21.666667f));
        as("ministry")
                .get("/api/v1/flags?year=2023&rule=mr-above")
                .then()
                .statusCode(200)
                .body("items.municipality", contains("mr-a"))
                .body("items[0].years", contains(2022, 2023));
        as("ministry")
                .get("/api/v1/flags?year=2021&rule=mr-above")
                .then()
                .statusCode(200)
                .body("total", is(0));
    }

    @Test
    void twoOfThePrecedingYearsFlagEveryMunicipalityThatHeldTwice() {
        as("ministry")
                .get("/api/v1/flags?year=2024&rule=mr-threshold")
                .then()
                .statusCode(200)
                .body("total", is(2))
                // ordered by the municipality's name: «Алексинский…» before «Муниципальное образование город Тула»
                .body("items.municipality", contains("mr-a", "tula"))
                .body("items[0].years", contains(2022, 2023))
                .body("items[1].years", contains(2021, 2022))
                .body("items[1].evidence.year", contains(2021, 2022, 2023))
                .body("items[1].evidence.matched", contains(true, true, false));
    }

    @Test
    void aMunicipalitysUsersSeeTheirOwnFlagsJudgedOnTheRegionsAverage() {
        // the average is still that of the whole region (tula-viewer cannot see mr-a or mr-b)
        as("tula-viewer")
                .get("/api/v1/flags?year=2022&rule=mr-above")
                .then()
                .statusCode(200)
                .body("items.municipality", contains("tula"))
                .body("items[0].evidence[1].conditions[0].average", is(21.666667f));
        as("tula-viewer")
                .get("/api/v1/flags?year=2024&rule=mr-threshold")
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items.municipality", contains("tula"));
        // mr-a is flagged for 2023, but tula's users do not see it
        as("tula-viewer")
                .get("/api/v1/flags?year=2023&rule=mr-above")
                .then()
                .statusCode(200)
                .body("total", is(0));
        as("tula-school-editor")
                .get("/api/v1/flags?year=2024&rule=mr-threshold")
                .then()
                .statusCode(200)
                .body("items.municipality", contains("tula"));
        as("kaluga-viewer")
                .get("/api/v1/flags?year=2024&rule=mr-threshold")
                .then()
                .statusCode(200)
                .body("total", is(0));
        as("tula-viewer")
                .get("/api/v1/flags?municipality=mr-a&year=2024&rule=mr-threshold")
                .then()
                .statusCode(403);
    }

    @Test
    void aNamedMunicipalityIsJudgedAloneButAgainstItsRegion() {
        as("ministry")
                .get("/api/v1/flags?municipality=mr-a&year=2023&rule=mr-above")
                .then()
                .statusCode(200)
                .body("items.municipality", contains("mr-a"))
                .body("items[0].evidence[1].conditions[0].average", is(20));
        as("ministry")
                .get("/api/v1/flags?municipality=tula&year=2023&rule=mr-above")
                .then()
                .statusCode(200)
                .body("total", is(0));
    }
}
