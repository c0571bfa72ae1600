package ru.orientir.scorecards;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.catalogue.TestIndicators;
import ru.orientir.support.Fixtures;

/**
 * A scorecard with every method over four Derbent schools in 2024, totals computed by hand:
 *
 * <pre>
 *   item (method, points)             sc-a        school-4     sc-c        sc-d
 *   olympiad winners (presence, −1)   2 → −1      0 → 0        1 → −1      —
 *   100-point graduates (per_unit, 5) 1 → 5       2 → 10       0 → 0       1 → 5
 *   passed (threshold ≥ 70, 5)        75 → 5      70 → 5       50 → 0      69,9 → 0
 *   quality rating (bands)            55 → 1      85 → 3       30 → 0      81 → 3
 *   exam score above average (−2)     70 → −2     60 → 0       50 → 0      —
 *   exam score below average (1 × 2)  70 → 0      60 → 0       50 → 2      —
 *   total                             8           18           1           8 (3 missing)
 * </pre>
 *
 * The exam average of the year is (70 + 60 + 50) / 3 = 60; bands are 40–60 → 1, 61–80 → 2, 81–100 → 3.
 * Ranks: school-4 1, sc-a and sc-d 2 (a tie), sc-c 4.
 */
@QuarkusTest
class RatingsTest {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static boolean loaded;

    @BeforeEach
    void data() {
        Fixtures.territory();
        if (loaded) {
            return;
        }
        Map<String, Object> school = Map.of("level", "organization");
        TestIndicators.put("sc-olymp", "Победители олимпиад", "count", school);
        TestIndicators.put("sc-100", "Выпускники со 100 баллами", "count", school);
        TestIndicators.put("sc-pass", "Доля сдавших", "percent", school);
        TestIndicators.put("sc-nok", "Независимая оценка качества", "score", school);
        TestIndicators.put("sc-avg", "Средний балл ЕГЭ", "score", school);
        for (String code : List.of("sc-a", "school-4", "sc-c", "sc-d")) {
            as("admin")
                    .body(Map.of("name", "Школа " + code, "type", "school"))
                    .put("/api/v1/municipalities/derbent/organizations/" + code)
                    .then()
                    .statusCode(oneOf(200, 201));
        }
        String file = "municipality,organization,indicator,year,value\n"
                + rows("sc-a", 2, 1, "75", 55, 70)
                + rows("school-4", 0, 2, "70", 85, 60)
                + rows("sc-c", 1, 0, "50", 30, 50)
                + rows("sc-d", null, 1, "69.9", 81, null);
        as("admin")
                .contentType(CSV)
                .body(file)
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"));
        as("derbent-editor")
                .body(Map.of(
                        "name",
                        "Эффективность деятельности руководителя",
                        "level",
                        "organization",
                        "municipality",
                        "derbent",
                        "items",
                        List.of(
                                Map.of("code", "olymp", "indicator", "sc-olymp", "method", "presence", "points", -1),
                                Map.of("code", "hundred", "indicator", "sc-100", "method", "per_unit", "points", 5),
                                Map.of(
                                        "code",
                                        "pass",
                                        "indicator",
                                        "sc-pass",
                                        "method",
                                        "threshold",
                                        "comparator",
                                        "ge",
                                        "value",
                                        70,
                                        "points",
                                        5),
                                Map.of(
                                        "code",
                                        "nok",
                                        "indicator",
                                        "sc-nok",
                                        "method",
                                        "bands",
                                        "bands",
                                        List.of(
                                                Map.of("from", 40, "to", 60, "points", 1),
                                                Map.of("from", 61, "to", 80, "points", 2),
                                                Map.of("from", 81, "to", 100, "points", 3))),
                                Map.of("code", "above", "indicator", "sc-avg", "method", "above_average", "points", -2),
                                Map.of(
                                        "code",
                                        "below",
                                        "indicator",
                                        "sc-avg",
                                        "method",
                                        "below_average",
                                        "points",
                                        1,
                                        "weight",
                                        2))))
                .put("/api/v1/scorecards/sc-head")
                .then()
                .statusCode(oneOf(200, 201));
        loaded = true;
    }

    private static String rows(String school, Integer olymp, int hundred, String pass, int nok, Integer avg) {
        StringBuilder b = new StringBuilder();
        if (olymp != null) {
            b.append("derbent,")
                    .append(school)
                    .append(",sc-olymp,2024,")
                    .append(olymp)
                    .append('\n');
        }
        b.append("derbent,")
                .append(school)
                .append(",sc-100,2024,")
                .append(hundred)
                .append('\n');
        b.append("derbent,")
                .append(school)
                .append(",sc-pass,2024,")
                .append(pass)
                .append('\n');
        b.append("derbent,").append(school).append(",sc-nok,2024,").append(nok).append('\n');
        if (avg != null) {
            b.append("derbent,")
                    .append(school)
                    .append(",sc-avg,2024,")
                    .append(avg)
                    .append('\n');
        }
        return b.toString();
    }

    @Test
    void everyMethodGivesTheHandComputedTotalsRanksAndTies() {
        as("derbent-viewer")
                .get("/api/v1/scorecards/sc-head/ratings?municipality=derbent&year=2024")
                .then()
                .statusCode(200)
                .body("total", is(4))
                .body("items.organization", contains("school-4", "sc-a", "sc-d", "sc-c"))
                .body("items.score", contains(18, 8, 8, 1))
                .body("items.rank", contains(1, 2, 2, 4))
                .body("items.missing", contains(0, 0, 3, 0));
    }

    @Test
    void theBreakdownExplainsEveryPointAndShowsMissingDataAsMissing() {
        as("derbent-viewer")
                .get("/api/v1/scorecards/sc-head/ratings?municipality=derbent&year=2024")
                .then()
                .statusCode(200)
                .body("items[2].organization", is("sc-d"))
                .body("items[2].parts.item", contains("olymp", "hundred", "pass", "nok", "above", "below"))
                .body("items[2].parts[0].points", nullValue())
                .body("items[2].parts[0].why", is("нет данных"))
                .body("items[2].parts[2].why", is("69,9: условие «≥ 70» не выполнено → 0 баллов"))
                .body("items[3].parts[5].why", is("50 ниже среднего по муниципалитету (60) → 1 балл × вес 2 = 2 балла"))
                .body("items[3].parts[5].average", is(60))
                .body("items[0].parts[2].why", is("70 ≥ 70 → 5 баллов"))
                .body("items[0].parts[3].why", is("85 в диапазоне 81–100 → 3 балла"));
    }

    @Test
    void theRatingWorkbookHoldsEverySchoolsRankTotalAndPoints() throws Exception {
        byte[] xlsx = as("derbent-viewer")
                .get("/api/v1/scorecards/sc-head/ratings/export?municipality=derbent&year=2024")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("orientir-reyting-derbent-2024.xlsx"))
                .extract()
                .asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("Место", rows.get(0).getCellText(0));
            assertEquals("Баллы", rows.get(0).getCellText(3));
            // the same order, totals, ranks and missing items as the API's rating; sc-d's first item has no data
            assertEquals(5, rows.size());
            assertEquals(
                    List.of("1", "2", "2", "4"),
                    rows.subList(1, 5).stream().map(r -> r.getCellText(0)).toList());
            assertEquals(
                    List.of("18", "8", "8", "1"),
                    rows.subList(1, 5).stream().map(r -> r.getCellText(3)).toList());
            assertEquals("3", rows.get(3).getCellText(4));
            assertEquals("", rows.get(3).getCellText(6));
            assertEquals("Рейтинг", wb.getSheets().toList().get(0).getName());
        }
        as("kaluga-editor")
                .get("/api/v1/scorecards/sc-head/ratings/export?municipality=derbent&year=2024")
                .then()
                .statusCode(403);
    }

    @Test
    void aSchoolCoordinatorSeesOnlyItsOwnSchoolsRating() {
        as("derbent-school-editor")
                .get("/api/v1/scorecards/sc-head/ratings?municipality=derbent&year=2024")
                .then()
                .statusCode(200)
                .body("items.organization", contains("school-4"))
                .body("items[0].rank", is(1))
                .body("total", is(1));
        as("kaluga-editor")
                .get("/api/v1/scorecards/sc-head/ratings?municipality=derbent&year=2024")
                .then()
                .statusCode(403);
    }

    @Test
    void aScorecardIsCheckedOnSaveWithTheField() {
        as("derbent-editor")
                .body(Map.of(
                        "name",
                        "Неполный рейтинг",
                        "level",
                        "organization",
                        "municipality",
                        "derbent",
                        "items",
                        List.of(
                                Map.of("code", "t", "indicator", "sc-pass", "method", "threshold", "points", 1),
                                Map.of("code", "b", "indicator", "sc-nok", "method", "bands"),
                                Map.of("code", "b", "indicator", "sc-none", "method", "weird", "points", 1))))
                .put("/api/v1/scorecards/sc-bad")
                .then()
                .statusCode(422)
                .body(
                        "errors.field",
                        hasItems(
                                "items[0].comparator",
                                "items[0].value",
                                "items[1].bands",
                                "items[2].code",
                                "items[2].indicator",
                                "items[2].method"));
    }
}
