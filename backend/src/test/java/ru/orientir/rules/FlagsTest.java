package ru.orientir.rules;

import static org.hamcrest.Matchers.*;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.catalogue.TestIndicators;
import ru.orientir.support.Fixtures;

/**
 * Risk rules judged over hand-made schools of Tula. Shares of «2» (fl-vpr2) and of «5» (fl-vpr5) in
 * grade 4, school years 2021–2024 (an empty cell: the school gave nothing that year):
 *
 * <pre>
 *   school   2021        2022        2023        2024
 *   co-3     25 / 3      10 / 3      20 / 4      -
 *   fl-b     19.9 / 5    5 / 0       10 / 2      -
 *   fl-c     -           30 / 2      21 / 1      -
 *   fl-d     22 / 1      -           5 / 1       -
 *   fl-e     -           -           25 / 2      50 / 0
 *   fl-f     10 / (none) 10 / 0      -           -
 * </pre>
 *
 * The Tula criterion («2» ≥ 20 % or no «5», in 2 of the 3 years before the year) for 2024 looks at
 * 2021–2023: co-3 holds in 2021 and 2023 (20 is «20 % и более»), fl-c in 2022 and 2023 (2021 missing),
 * fl-f in 2021 (no «5» reported) and 2022 (zero «5»); fl-b holds only in 2022, fl-d only in 2021 (its
 * missing 2022 does not count), fl-e only in 2023 (its 2024 is the judged year, outside the window).
 */
@QuarkusTest
class FlagsTest {

    private static final String VPR2 = "fl-vpr2";
    private static final String VPR5 = "fl-vpr5";
    private static final String G4 = "fl-grade=4";
    private static final String CSV = "text/csv; charset=UTF-8";
    private static boolean loaded;

    @BeforeEach
    void data() {
        Fixtures.territory();
        if (loaded) {
            return;
        }
        as("admin")
                .body(Map.of(
                        "nameRu",
                        "Класс (правила)",
                        "members",
                        List.of(Map.of("code", "4", "nameRu", "4 класс"), Map.of("code", "5", "nameRu", "5 класс"))))
                .put("/api/v1/dimensions/fl-grade")
                .then()
                .statusCode(oneOf(200, 201));
        Map<String, Object> vpr = Map.of(
                "level",
                "organization",
                "periodicity",
                "school_year",
                "dimensions",
                List.of("fl-grade"),
                "polarity",
                "lower");
        TestIndicators.put(VPR2, "Доля обучающихся, получивших «2» за ВПР", "percent", vpr);
        TestIndicators.put(
                VPR5,
                "Доля обучающихся, получивших «5» за ВПР",
                "percent",
                Map.of("level", "organization", "periodicity", "school_year", "dimensions", List.of("fl-grade")));
        for (String school : List.of("co-3", "fl-b", "fl-c", "fl-d", "fl-e", "fl-f")) {
            as("admin")
                    .body(Map.of("name", "Школа " + school, "type", "school"))
                    .put("/api/v1/municipalities/tula/organizations/" + school)
                    .then()
                    .statusCode(oneOf(200, 201));
        }
        StringBuilder file = new StringBuilder("municipality,organization,indicator,category,year,value\n");
        Object[][] rows = {
            {"co-3", 2021, 25, 3},
            {"co-3", 2022, 10, 3},
            {"co-3", 2023, 20, 4},
            {"fl-b", 2021, "19.9", 5},
            {"fl-b", 2022, 5, 0},
            {"fl-b", 2023, 10, 2},
            {"fl-c", 2022, 30, 2},
            {"fl-c", 2023, 21, 1},
            {"fl-d", 2021, 22, 1},
            {"fl-d", 2023, 5, 1},
            {"fl-e", 2023, 25, 2},
            {"fl-e", 2024, 50, 0},
            {"fl-f", 2021, 10, null},
            {"fl-f", 2022, 10, 0},
        };
        for (Object[] r : rows) {
            file.append("tula,")
                    .append(r[0])
                    .append(',')
                    .append(VPR2)
                    .append(',')
                    .append(G4)
                    .append(',')
                    .append(r[1])
                    .append(',')
                    .append(r[2])
                    .append('\n');
            if (r[3] != null) {
                file.append("tula,")
                        .append(r[0])
                        .append(',')
                        .append(VPR5)
                        .append(',')
                        .append(G4)
                        .append(',')
                        .append(r[1])
                        .append(',')
                        .append(r[3])
                        .append('\n');
            }
        }
        as("admin")
                .contentType(CSV)
                .body(file.toString())
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"));
        put(
                "fl-tula-vpr4",
                rule(
                        "organization",
                        "any",
                        3,
                        2,
                        true,
                        List.of(
                                condition(VPR2, Map.of("comparator", "ge", "value", 20)),
                                condition(VPR5, Map.of("missingOrZero", true)))));
        put(
                "fl-in-a-row",
                rule(
                        "organization",
                        "any",
                        2,
                        2,
                        false,
                        List.of(condition(VPR2, Map.of("comparator", "ge", "value", 20)))));
        put(
                "fl-above-average",
                rule("organization", "any", 1, 1, false, List.of(condition(VPR2, Map.of("average", "above")))));
        loaded = true;
    }

    private static Map<String, Object> condition(String indicator, Map<String, Object> test) {
        Map<String, Object> c = new HashMap<>(test);
        c.put("indicator", indicator);
        c.put("category", G4);
        return c;
    }

    private static Map<String, Object> rule(
            String level, String combine, int window, int minYears, boolean preceding, List<Map<String, Object>> cs) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Правило проверки");
        body.put("level", level);
        body.put("combine", combine);
        body.put("window", window);
        body.put("minYears", minYears);
        body.put("preceding", preceding);
        body.put("municipality", "tula");
        body.put("conditions", cs);
        return body;
    }

    private static void put(String code, Map<String, Object> body) {
        as("tula-editor").body(body).put("/api/v1/rules/" + code).then().statusCode(oneOf(200, 201));
    }

    @Test
    void theTulaCriterionFlagsExactlyTheSchoolsItShould() {
        as("tula-viewer")
                .get("/api/v1/flags?municipality=tula&year=2024&rule=fl-tula-vpr4")
                .then()
                .statusCode(200)
                .body("total", is(3))
                .body("items.organization", contains("co-3", "fl-c", "fl-f"))
                .body("items.find { it.organization == 'co-3' }.years", contains(2021, 2023))
                .body("items.find { it.organization == 'fl-c' }.years", contains(2022, 2023))
                .body("items.find { it.organization == 'fl-f' }.years", contains(2021, 2022));
    }

    @Test
    void theEvidenceShowsEachConditionsValueAndTheMissingYear() {
        as("tula-viewer")
                .get("/api/v1/flags?municipality=tula&year=2024&rule=fl-tula-vpr4&organization=fl-c")
                .then()
                .statusCode(200)
                .body("items[0].evidence.year", contains(2021, 2022, 2023))
                .body("items[0].evidence.yearLabel", contains("2021/22", "2022/23", "2023/24"))
                .body("items[0].evidence.reported", contains(false, true, true))
                .body("items[0].evidence[1].conditions.value", contains(30, 2))
                .body("items[0].evidence[1].conditions.matched", contains(true, false));
    }

    @Test
    void twoYearsInARowFlagsOnlyConsecutiveYears() {
        as("tula-viewer")
                .get("/api/v1/flags?municipality=tula&year=2023&rule=fl-in-a-row")
                .then()
                .statusCode(200)
                .body("items.organization", contains("fl-c"));
        as("tula-viewer")
                .get("/api/v1/flags?municipality=tula&year=2022&rule=fl-in-a-row")
                .then()
                .statusCode(200)
                .body("total", is(0));
    }

    @Test
    void allNeedsEveryConditionInTheSameYear() {
        // 2023: «2» ≥ 20 and «5» ≤ 2 together only at fl-c (21 / 1) and fl-e (25 / 2); co-3 has 20 / 4
        put(
                "fl-all",
                rule(
                        "organization",
                        "all",
                        1,
                        1,
                        false,
                        List.of(
                                condition(VPR2, Map.of("comparator", "ge", "value", 20)),
                                condition(VPR5, Map.of("comparator", "le", "value", 2)))));
        as("tula-viewer")
                .get("/api/v1/flags?municipality=tula&year=2023&rule=fl-all")
                .then()
                .statusCode(200)
                .body("items.organization", contains("fl-c", "fl-e"));
    }

    @Test
    void aboveTheMunicipalAverageComparesWithTheMeanOfTheYear() {
        // 2023: 20, 10, 21, 5, 25 → average 16.2; above it: co-3, fl-c, fl-e
        as("tula-viewer")
                .get("/api/v1/flags?municipality=tula&year=2023&rule=fl-above-average")
                .then()
                .statusCode(200)
                .body("items.organization", contains("co-3", "fl-c", "fl-e"))
                .body("items[0].evidence[0].conditions[0].average", is(16.2f));
    }

    @Test
    void aSchoolCoordinatorSeesOnlyItsOwnSchoolsFlags() {
        as("tula-school-editor")
                .get("/api/v1/flags?municipality=tula&year=2024&rule=fl-tula-vpr4")
                .then()
                .statusCode(200)
                .body("items.organization", contains("co-3"))
                .body("total", is(1));
        as("tula-school-editor")
                .get("/api/v1/flags?municipality=tula&year=2024&organization=fl-c")
                .then()
                .statusCode(403);
        as("kaluga-editor")
                .get("/api/v1/flags?municipality=tula&year=2024")
                .then()
                .statusCode(403);
    }

    @Test
    void aRuleIsCheckedOnSaveWithTheField() {
        Map<String, Object> bad = rule(
                "organization",
                "any",
                2,
                3,
                false,
                List.of(
                        condition("fl-no-such", Map.of("comparator", "ge", "value", 20)),
                        condition(VPR5, Map.of()),
                        Map.of("indicator", VPR2, "category", "fl-grade=9", "comparator", "ge", "value", 1)));
        as("tula-editor")
                .body(bad)
                .put("/api/v1/rules/fl-bad")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        hasItems(
                                "minYears",
                                "conditions[0].indicator",
                                "conditions[1].comparator",
                                "conditions[2].category"))
                .body("errors.find { it.field == 'conditions[2].category' }.message", containsString("4 класс"));
        as("tula-editor").get("/api/v1/rules/fl-bad").then().statusCode(404);
    }

    @Test
    void aDepartmentKeepsItsOwnRulesAndTheMinistryTheRegions() {
        Map<String, Object> body = rule(
                "organization", "any", 1, 1, false, List.of(condition(VPR2, Map.of("comparator", "gt", "value", 40))));
        as("kaluga-editor").body(body).put("/api/v1/rules/fl-foreign").then().statusCode(403);
        body.remove("municipality");
        as("tula-editor").body(body).put("/api/v1/rules/fl-region").then().statusCode(403);
        as("ministry").body(body).put("/api/v1/rules/fl-region").then().statusCode(oneOf(200, 201));
        as("kaluga-viewer")
                .get("/api/v1/rules?size=1000")
                .then()
                .statusCode(200)
                .body("items.code", hasItem("fl-region"))
                .body("items.code", not(hasItem("fl-tula-vpr4")));
        as("tula-viewer")
                .get("/api/v1/rules/fl-tula-vpr4")
                .then()
                .statusCode(200)
                .body("conditions[0].text", is("«Доля обучающихся, получивших «2» за ВПР» (4 класс) ≥ 20"))
                .body("conditions[1].missingOrZero", is(true));
        as("ministry").delete("/api/v1/rules/fl-region").then().statusCode(204);
    }
}
