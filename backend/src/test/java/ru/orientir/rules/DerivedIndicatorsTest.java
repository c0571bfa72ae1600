package ru.orientir.rules;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.catalogue.TestIndicators;
import ru.orientir.support.Fixtures;

/**
 * Derived indicators of the rule dv-risk (schools, any, window 2, minYears 2: «2 years in a row»; dv-low ≥ 20 or
 * dv-five none or zero). Values low / five (school years; an empty cell: nothing reported; «held»: the rule's
 * conditions hold that year):
 *
 * <pre>
 *   tula     2021           2022           2023
 *   co-3     25 / 0  held   30 / 5  held   15 / 10
 *   dv-b     10 / 5         22 / 3  held   21 / 2  held
 *   dv-c     5 / 10         5 / 10         5 / 0   held
 *   dv-d     40 / 0  held   35 / -  held   -
 *   dv-e     25 / 0  held   20 / 2  held   10 / 1
 *   kaluga
 *   school-1 20 / 1  held   10 / 2         10 / 3
 *   dv-k2    -              50 / 0  held   45 / 1  held
 * </pre>
 *
 * Flagged (held in Y and Y-1): tula 2021 none of 5 judged (0, 0 %), 2022 co-3, dv-d, dv-e of 5 (3, 60 %), 2023
 * dv-b of 5 (dv-d is judged on its 2022) (1, 20 %); kaluga 2022 none of 2 (0 %), 2023 dv-k2 of 2 (50 %). Improved
 * in 2023 of the 3 flagged in tula for 2022: co-3 (low 30 → 15 fell, five 5 → 10 rose), not dv-d (nothing in
 * 2023), not dv-e (low fell but five 2 → 1 fell): 1 of 3 = 33.333333 %; kaluga had none flagged for 2022: no fact.
 *
 * <p>The values list and exports are checked on a municipality of their own, dvx-town (whose figures no other class
 * touches), with a stored municipality value dv-mun = 7 in 2023:
 *
 * <pre>
 *   dvx-town 2022           2023
 *   dvx-1    25 / 0  held   30 / 1  held
 *   dvx-2    10 / 5         22 / 3  held
 *   dvx-3    -              5 / 10
 * </pre>
 *
 * 2022: none flagged of 2 judged (count 0, share 0 of 2 = 0 %); 2023: dvx-1 of 3 (count 1, share 1 of 3 =
 * 33.333333 %); nobody flagged for 2021 or 2022: no improved share. Its list in order (indicator, year, school):
 * dv-count 2022, 2023 (computed), dv-five 2022 dvx-1, dvx-2, 2023 dvx-1, dvx-2, dvx-3, dv-low likewise (5), dv-mun
 * 2023, dv-share 2022, 2023 (computed): 15 rows, 11 of them stored.
 */
@QuarkusTest
class DerivedIndicatorsTest {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static boolean loaded;

    @BeforeEach
    void data() {
        Fixtures.territory();
        if (loaded) {
            return;
        }
        Map<String, Object> school = Map.of("level", "organization", "periodicity", "school_year");
        Map<String, Object> lower = new HashMap<>(school);
        lower.put("polarity", "lower");
        TestIndicators.put("dv-low", "Доля «2» (производные)", "percent", lower);
        TestIndicators.put("dv-five", "Доля «5» (производные)", "percent", school);
        for (String s : List.of("co-3", "dv-b", "dv-c", "dv-d", "dv-e")) {
            organization("tula", s);
        }
        organization("kaluga", "dv-k2");
        StringBuilder file = new StringBuilder("municipality,organization,indicator,year,value\n");
        Object[][] rows = {
            {"tula", "co-3", 2021, 25, 0},
            {"tula", "co-3", 2022, 30, 5},
            {"tula", "co-3", 2023, 15, 10},
            {"tula", "dv-b", 2021, 10, 5},
            {"tula", "dv-b", 2022, 22, 3},
            {"tula", "dv-b", 2023, 21, 2},
            {"tula", "dv-c", 2021, 5, 10},
            {"tula", "dv-c", 2022, 5, 10},
            {"tula", "dv-c", 2023, 5, 0},
            {"tula", "dv-d", 2021, 40, 0},
            {"tula", "dv-d", 2022, 35, null},
            {"tula", "dv-e", 2021, 25, 0},
            {"tula", "dv-e", 2022, 20, 2},
            {"tula", "dv-e", 2023, 10, 1},
            {"kaluga", "school-1", 2021, 20, 1},
            {"kaluga", "school-1", 2022, 10, 2},
            {"kaluga", "school-1", 2023, 10, 3},
            {"kaluga", "dv-k2", 2022, 50, 0},
            {"kaluga", "dv-k2", 2023, 45, 1},
        };
        for (Object[] r : rows) {
            String key = r[0] + "," + r[1] + ",";
            file.append(key)
                    .append("dv-low,")
                    .append(r[2])
                    .append(',')
                    .append(r[3])
                    .append('\n');
            if (r[4] != null) {
                file.append(key)
                        .append("dv-five,")
                        .append(r[2])
                        .append(',')
                        .append(r[4])
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
        as("ministry")
                .body(Map.of(
                        "name",
                        "«2» у 20 % и более или нет «5», 2 года подряд",
                        "level",
                        "organization",
                        "combine",
                        "any",
                        "window",
                        2,
                        "minYears",
                        2,
                        "conditions",
                        List.of(
                                Map.of("indicator", "dv-low", "comparator", "ge", "value", 20),
                                Map.of("indicator", "dv-five", "missingOrZero", true))))
                .put("/api/v1/rules/dv-risk")
                .then()
                .statusCode(oneOf(200, 201));
        town();
        derived("dv-count", "count", "flagged_count", "lower").statusCode(oneOf(200, 201));
        derived("dv-share", "percent", "flagged_share", "lower").statusCode(oneOf(200, 201));
        derived("dv-improved", "percent", "improved_share", "higher").statusCode(oneOf(200, 201));
        target("dv-share", 2023, "le", 30);
        target("dv-count", 2022, "le", 2);
        target("dv-improved", 2023, "ge", 50);
        loaded = true;
    }

    private static void town() {
        as("admin")
                .body(Map.of("name", "Город производных", "region", "tulskaya-oblast", "type", "urban_okrug"))
                .put("/api/v1/municipalities/dvx-town")
                .then()
                .statusCode(oneOf(200, 201));
        for (String s : List.of("dvx-1", "dvx-2", "dvx-3")) {
            organization("dvx-town", s);
        }
        TestIndicators.put("dv-mun", "Показатель муниципалитета (производные)", "count");
        as("admin")
                .contentType(CSV)
                .body(
                        """
                        municipality,organization,indicator,year,value
                        dvx-town,dvx-1,dv-low,2022,25
                        dvx-town,dvx-1,dv-five,2022,0
                        dvx-town,dvx-2,dv-low,2022,10
                        dvx-town,dvx-2,dv-five,2022,5
                        dvx-town,dvx-1,dv-low,2023,30
                        dvx-town,dvx-1,dv-five,2023,1
                        dvx-town,dvx-2,dv-low,2023,22
                        dvx-town,dvx-2,dv-five,2023,3
                        dvx-town,dvx-3,dv-low,2023,5
                        dvx-town,dvx-3,dv-five,2023,10
                        dvx-town,,dv-mun,2023,7
                        """)
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"));
    }

    private static void organization(String municipality, String code) {
        as("admin")
                .body(Map.of("name", "Школа " + code, "type", "school"))
                .put("/api/v1/municipalities/" + municipality + "/organizations/" + code)
                .then()
                .statusCode(oneOf(200, 201));
    }

    private static io.restassured.response.ValidatableResponse derived(
            String code, String unit, String measure, String polarity) {
        return as("admin")
                .body(Map.of(
                        "nameRu",
                        "Производный показатель " + code,
                        "unit",
                        unit,
                        "polarity",
                        polarity,
                        "periodicity",
                        "school_year",
                        "derived",
                        Map.of("rule", "dv-risk", "measure", measure)))
                .put("/api/v1/indicators/" + code)
                .then();
    }

    private static void target(String indicator, int year, String comparator, int value) {
        as("tula-editor")
                .body(Map.of(
                        "municipality",
                        "tula",
                        "indicator",
                        indicator,
                        "year",
                        year,
                        "comparator",
                        comparator,
                        "value",
                        value))
                .put("/api/v1/targets")
                .then()
                .statusCode(oneOf(200, 201));
    }

    @Test
    void theIndicatorShowsItsRuleAndMeasure() {
        as("tula-viewer")
                .get("/api/v1/indicators/dv-share")
                .then()
                .statusCode(200)
                .body("derived.rule", is("dv-risk"))
                .body("derived.measure", is("flagged_share"));
    }

    @Test
    void theCountAndTheShareOfFlaggedSchoolsHaveAttainment() {
        as("tula-viewer")
                .get("/api/v1/attainment?municipality=tula&year=2023&indicator=dv-share")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].fact", is(20))
                .body("items[0].status", is("met"));
        as("tula-viewer")
                .get("/api/v1/attainment?municipality=tula&year=2022&indicator=dv-count")
                .then()
                .statusCode(200)
                .body("items[0].fact", is(3))
                .body("items[0].status", is("not_met"));
        as("tula-viewer")
                .get("/api/v1/attainment?municipality=tula&year=2023&indicator=dv-improved")
                .then()
                .statusCode(200)
                .body("items[0].fact", is(33.333333f))
                .body("items[0].status", is("not_met"));
    }

    @Test
    void everyMunicipalityGetsItsOwnFigures() {
        as("ministry")
                .get("/api/v1/attainment?year=2023&indicator=dv-share&size=100")
                .then()
                .statusCode(200)
                .body("items.find { it.municipality == 'tula' }.fact", is(20))
                .body("items.find { it.municipality == 'kaluga' }.fact", is(50))
                .body("items.find { it.municipality == 'kaluga' }.status", is("no_target"))
                .body("items.find { it.municipality == 'kemerovo' }", nullValue());
        // kaluga had no school flagged for 2022: no share of improved ones
        as("ministry")
                .get("/api/v1/attainment?municipality=kaluga&year=2023&indicator=dv-improved")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void theSeriesHasAComputedFactForEveryYear() {
        as("tula-viewer")
                .get("/api/v1/attainment/series?municipality=tula&indicator=dv-share")
                .then()
                .statusCode(200)
                .body("items.year", contains(2021, 2022, 2023))
                .body("items.fact", contains(0, 60, 20));
        as("tula-viewer")
                .get("/api/v1/attainment/series?municipality=tula&indicator=dv-count&yearFrom=2022")
                .then()
                .statusCode(200)
                .body("items.year", contains(2022, 2023))
                .body("items.fact", contains(3, 1));
    }

    @Test
    void aCorrectedSchoolValueCorrectsTheDerivedFact() {
        // dv-c's 2022 «5» set to 0: dv-c holds in 2022 and 2023, so 2 of 5 are flagged for 2023 (40 %)
        as("tula-editor")
                .body(Map.of(
                        "municipality",
                        "tula",
                        "organization",
                        "dv-c",
                        "indicator",
                        "dv-five",
                        "year",
                        2022,
                        "value",
                        0))
                .put("/api/v1/values")
                .then()
                .statusCode(200);
        try {
            as("tula-viewer")
                    .get("/api/v1/attainment?municipality=tula&year=2023&indicator=dv-share")
                    .then()
                    .statusCode(200)
                    .body("items[0].fact", is(40));
        } finally {
            as("tula-editor")
                    .body(Map.of(
                            "municipality",
                            "tula",
                            "organization",
                            "dv-c",
                            "indicator",
                            "dv-five",
                            "year",
                            2022,
                            "value",
                            10))
                    .put("/api/v1/values")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void aValueOfADerivedIndicatorIsRefusedByTheApiAndByFiles() {
        as("tula-editor")
                .body(Map.of("municipality", "tula", "indicator", "dv-count", "year", 2023, "value", 1))
                .put("/api/v1/values")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("indicator"))
                .body("errors.find { it.field == 'indicator' }.code", is("derived_indicator"));
        as("tula-editor")
                .contentType(CSV)
                .body("municipality,indicator,year,value\ntula,dv-count,2023,1\n")
                .post("/api/v1/imports?type=values&mode=partial")
                .then()
                .statusCode(201)
                .body("rowsImported", is(0))
                .body("errors[0].column", is("indicator"))
                .body("errors[0].code", is("derived_indicator"));
    }

    @Test
    void aSchoolEditorSeesItsMunicipalitysFiguresOnly() {
        as("tula-school-editor")
                .get("/api/v1/attainment?municipality=tula&year=2023&indicator=dv-share")
                .then()
                .statusCode(200)
                .body("items[0].fact", is(20));
        as("tula-school-editor")
                .get("/api/v1/attainment?municipality=kaluga&year=2023&indicator=dv-share")
                .then()
                .statusCode(403);
        as("tula-school-editor")
                .get("/api/v1/attainment?year=2023&indicator=dv-share&size=100")
                .then()
                .statusCode(200)
                .body("items.municipality", everyItem(is("tula")));
        as("tula-school-editor")
                .get("/api/v1/attainment/series?municipality=kaluga&indicator=dv-share")
                .then()
                .statusCode(403);
    }

    @Test
    void aDerivedIndicatorIsChecked() {
        as("admin")
                .body(Map.of(
                        "nameRu",
                        "Неверный производный",
                        "unit",
                        "percent",
                        "level",
                        "organization",
                        "derived",
                        Map.of("rule", "dv-none", "measure", "flagged_count")))
                .put("/api/v1/indicators/dv-bad")
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("derived.rule", "unit", "level"));
        as("admin")
                .body(Map.of("nameRu", "Неверный производный", "unit", "percent", "derived", Map.of("rule", "dv-risk")))
                .put("/api/v1/indicators/dv-bad")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("derived.measure"));
        // an indicator with typed-in values cannot become derived
        as("admin")
                .body(Map.of(
                        "nameRu",
                        "Доля «2» (производные)",
                        "unit",
                        "percent",
                        "derived",
                        Map.of("rule", "dv-risk", "measure", "flagged_share")))
                .put("/api/v1/indicators/dv-low")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("derived"));
    }

    @Test
    void aRuleThatAnIndicatorDerivesFromCannotBeDeleted() {
        as("ministry")
                .delete("/api/v1/rules/dv-risk")
                .then()
                .statusCode(409)
                .body("errors.field", hasItem("indicators"));
    }

    @Test
    void theValuesListShowsTheComputedFactsInTheirPlace() {
        ExtractableResponse<Response> all = as("admin")
                .get("/api/v1/values?municipality=dvx-town&size=100")
                .then()
                .statusCode(200)
                .body("total", is(15))
                .extract();
        List<String> indicators = all.path("items.indicator");
        assertEquals(
                List.of(
                        "dv-count",
                        "dv-count",
                        "dv-five",
                        "dv-five",
                        "dv-five",
                        "dv-five",
                        "dv-five",
                        "dv-low",
                        "dv-low",
                        "dv-low",
                        "dv-low",
                        "dv-low",
                        "dv-mun",
                        "dv-share",
                        "dv-share"),
                indicators);
        List<Boolean> computed = all.path("items.computed");
        assertEquals(List.of(true, true), computed.subList(0, 2));
        assertEquals(List.of(false, true, true), computed.subList(12, 15));
        assertEquals(11, computed.stream().filter(c -> !c).count());
        as("admin")
                .get("/api/v1/values?municipality=dvx-town&indicator=dv-share")
                .then()
                .statusCode(200)
                .body("total", is(2))
                .body("items.year", contains(2022, 2023))
                .body("items.value", contains(0, 33.333333f))
                .body("items.numerator", contains(0, 1))
                .body("items.denominator", contains(2, 3))
                .body("items.computed", contains(true, true))
                .body("items.rule", contains("dv-risk", "dv-risk"))
                .body("items[1].organization", nullValue())
                .body("items[1].category", is(""))
                .body("items[1].yearLabel", is("2023/24"))
                .body("items[1].periodState", is("open"))
                .body("items[1]", not(hasKey("id")))
                .body("items[1]", not(hasKey("version")))
                .body("items[1]", not(hasKey("updatedAt")));
        as("admin")
                .get("/api/v1/values?municipality=dvx-town&indicator=dv-count&yearFrom=2023")
                .then()
                .statusCode(200)
                .body("items.value", contains(1))
                .body("items[0]", not(hasKey("numerator")));
        as("admin")
                .get("/api/v1/values?municipality=dvx-town&indicator=dv-mun")
                .then()
                .statusCode(200)
                .body("items[0].computed", is(false))
                .body("items[0].id", notNullValue())
                .body("items[0].version", notNullValue());
    }

    @Test
    void pagesOfStoredAndComputedRowsAreExactAndCountBoth() {
        List<String> whole = keys(as("admin")
                .get("/api/v1/values?municipality=dvx-town&size=100")
                .then()
                .statusCode(200)
                .extract());
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            paged.addAll(keys(as("admin")
                    .get("/api/v1/values?municipality=dvx-town&size=4&page=" + page)
                    .then()
                    .statusCode(200)
                    .body("total", is(15))
                    .body("items", hasSize(page < 3 ? 4 : 3))
                    .extract()));
        }
        assertEquals(whole, paged);
        as("admin")
                .get("/api/v1/values?municipality=dvx-town&size=4&page=4")
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("total", is(15));
        // a school's rows: a computed fact is the municipality's total, never a school's
        as("admin")
                .get("/api/v1/values?municipality=dvx-town&organization=dvx-1")
                .then()
                .statusCode(200)
                .body("total", is(4))
                .body("items.computed", everyItem(is(false)));
    }

    private static List<String> keys(ExtractableResponse<Response> r) {
        List<String> indicators = r.path("items.indicator");
        List<Integer> years = r.path("items.year");
        List<String> organizations = r.path("items.organization");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            out.add(indicators.get(i) + "/" + years.get(i) + "/" + organizations.get(i));
        }
        return out;
    }

    @Test
    void computedRowsAreWithinTheCallersScope() {
        as("tula-viewer")
                .get("/api/v1/values?indicator=dv-share&size=100")
                .then()
                .statusCode(200)
                .body("items.municipality", everyItem(is("tula")))
                .body("items.year", contains(2021, 2022, 2023))
                .body("items.value", contains(0, 60, 20))
                .body("items.numerator", contains(0, 3, 1))
                .body("items.denominator", contains(5, 5, 5));
        // a school coordinator reads its municipality's figures as a whole, the computed ones among them
        as("tula-school-editor")
                .get("/api/v1/values?municipality=tula&indicator=dv-count")
                .then()
                .statusCode(200)
                .body("items.value", contains(0, 3, 1));
        as("tula-viewer")
                .get("/api/v1/values?municipality=dvx-town&indicator=dv-share")
                .then()
                .statusCode(403);
        as("kaluga-viewer")
                .get("/api/v1/values?indicator=dv-share&year=2023")
                .then()
                .statusCode(200)
                .body("items.municipality", contains("kaluga"))
                .body("items.value", contains(50));
    }

    @Test
    void theApiAndTheImportRefuseADerivedIndicatorWithTheSameMessage() {
        String put = as("tula-editor")
                .body(Map.of("municipality", "tula", "indicator", "dv-share", "year", 2023, "value", 20))
                .put("/api/v1/values")
                .then()
                .statusCode(422)
                .extract()
                .path("errors.find { it.field == 'indicator' }.message");
        assertEquals(
                "Показатель dv-share вычисляется по правилу «dv-risk» из значений школ: его значения не вводятся", put);
        as("tula-editor")
                .contentType(CSV)
                .body("municipality,indicator,year,value\ntula,dv-share,2023,20\n")
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .body("status", is("rejected"))
                .body("errors[0].column", is("indicator"))
                .body("errors[0].code", is("derived_indicator"))
                // the import names the row and the column, then says the same
                .body("errors[0].message", endsWith("столбец indicator: " + put));
    }

    @Test
    void theCsvExportLeavesComputedFactsOutAndReimportsWithNothingChanged() {
        String csv = export("csv");
        List<String> lines = csv.lines().skip(1).toList();
        assertEquals(11, lines.size(), csv);
        assertTrue(lines.stream().noneMatch(l -> l.contains("dv-share") || l.contains("dv-count")), csv);
        as("admin")
                .contentType(CSV)
                .body(csv)
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsRejected", is(0))
                .body("rowsChanged", is(0))
                .body("rowsUnchanged", is(11));
        assertEquals(csv, export("csv"));
    }

    private static String export(String format) {
        return as("admin")
                .get("/api/v1/values/export?format=" + format + "&municipality=dvx-town")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void theWorkbookShowsComputedFactsOnASheetOfTheirOwn() throws IOException {
        byte[] xlsx = as("admin")
                .get("/api/v1/values/export?format=xlsx&municipality=dvx-town")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(
                    List.of("Значения", "Рассчитано", "Описание"),
                    sheets.stream().map(Sheet::getName).toList());
            List<Row> values = sheets.get(0).read();
            assertEquals(12, values.size(), "the header and the 11 stored values");
            assertTrue(values.stream().noneMatch(r -> "dv-share".equals(r.getCellText(1))));
            List<Row> computed = sheets.get(1).read();
            assertEquals("municipality", computed.get(0).getCellText(0));
            assertEquals("Как рассчитано", computed.get(0).getCellText(11));
            assertEquals(5, computed.size(), "the header and the 4 computed facts");
            Row share = computed.stream()
                    .filter(r -> "dv-share".equals(r.getCellText(1)) && "2023".equals(r.getCellText(2)))
                    .findFirst()
                    .orElseThrow();
            assertEquals("dvx-town", share.getCellText(0));
            assertEquals("2023/24", share.getCellText(3));
            assertEquals(
                    0, new BigDecimal("33.333333").compareTo(share.getCell(4).asNumber()));
            assertEquals(0, BigDecimal.ONE.compareTo(share.getCell(5).asNumber()));
            assertEquals(0, new BigDecimal("3").compareTo(share.getCell(6).asNumber()));
            assertEquals("dv-risk", share.getCellText(9));
            assertEquals("«2» у 20 % и более или нет «5», 2 года подряд", share.getCellText(10));
            assertTrue(share.getCellText(11).contains("1 из 3"), share.getCellText(11));
        }
        as("admin")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(xlsx)
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsChanged", is(0))
                .body("rowsUnchanged", is(11));
    }
}
