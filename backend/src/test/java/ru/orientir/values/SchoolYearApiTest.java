package ru.orientir.values;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.catalogue.TestIndicators;
import ru.orientir.support.Fixtures;

/**
 * School years: a school-year indicator's values are keyed by the starting year and read back as «2019/20»,
 * a file may write the year as the documents do («2018-2019 учебный год»), only for such an indicator, and
 * exports carry the labels beside the numeric year and the category codes, re-importing unchanged.
 */
@QuarkusTest
class SchoolYearApiTest {

    static final String CSV = "text/csv";
    static final String JSON = "application/json";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @BeforeEach
    void catalogue() {
        Fixtures.territory();
        as("admin")
                .body(Map.of(
                        "nameRu",
                        "Предмет",
                        "members",
                        List.of(
                                Map.of("code", "math", "nameRu", "Математика"),
                                Map.of("code", "russian", "nameRu", "Русский язык"))))
                .put("/api/v1/dimensions/sy-subject")
                .then()
                .statusCode(oneOf(200, 201));
        as("admin")
                .body(Map.of("nameRu", "Класс", "members", List.of(Map.of("code", "4", "nameRu", "4 класс"))))
                .put("/api/v1/dimensions/sy-grade")
                .then()
                .statusCode(oneOf(200, 201));
        TestIndicators.put(
                "sy-vpr",
                "Доля выполнивших ВПР (учебный год)",
                "percent",
                Map.of("periodicity", "school_year", "dimensions", List.of("sy-subject", "sy-grade")));
        TestIndicators.put("sy-cal", "Число детей (календарный год)", "count", Map.of("periodicity", "calendar_year"));
        TestIndicators.put("sy-q", "Доля по кварталам", "percent", Map.of("periodicity", "quarter"));
    }

    @Test
    void aSchoolYearValueIsKeyedByItsStartingYearAndReadBackAsASchoolYear() {
        int id = as("kaluga-editor")
                .body(value("sy-vpr", 2071, "sy-grade=4;sy-subject=math", 71.5))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201))
                .body("year", is(2071))
                .body("yearLabel", is("2071/72"))
                .body("category", is("sy-subject=math;sy-grade=4"))
                .body("categoryLabel", is("Математика, 4 класс"))
                .extract()
                .path("id");
        as("kaluga-editor")
                .body(value("sy-vpr", 2071, "", 70))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201))
                .body("yearLabel", is("2071/72"))
                .body("categoryLabel", is(""));
        as("kaluga-editor")
                .body(value("sy-cal", 2071, "", 12))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201))
                .body("yearLabel", is("2071"))
                .body("categoryLabel", is(""));
        TestIndicators.put(
                "sy-free", "Средний балл (свободные категории)", "score", Map.of("categories", List.of("математика")));
        as("kaluga-editor")
                .body(value("sy-free", 2071, "математика", 4.1))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201))
                .body("categoryLabel", is("математика"));
        as("kaluga-viewer")
                .get("/api/v1/values/" + id)
                .then()
                .statusCode(200)
                .body("yearLabel", is("2071/72"))
                .body("categoryLabel", is("Математика, 4 класс"));

        // a list of calendar-year and school-year values side by side
        as("kaluga-viewer")
                .get("/api/v1/values?municipality=kaluga&year=2071")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.indicator.startsWith('sy-') }.indicator",
                        contains("sy-cal", "sy-free", "sy-vpr", "sy-vpr"))
                .body(
                        "items.findAll { it.indicator.startsWith('sy-') }.yearLabel",
                        contains("2071", "2071", "2071/72", "2071/72"))
                .body(
                        "items.findAll { it.indicator.startsWith('sy-') }.categoryLabel",
                        contains("", "математика", "", "Математика, 4 класс"));
        // a query names the school year as people write it: 2071/72 is the year 2071
        for (String year : List.of("2071/72", "2071-2072")) {
            as("kaluga-viewer")
                    .get("/api/v1/values?municipality=kaluga&indicator=sy-vpr&year=" + year)
                    .then()
                    .statusCode(200)
                    .body("items.yearLabel", contains("2071/72", "2071/72"));
        }
        as("kaluga-viewer")
                .get("/api/v1/values?municipality=kaluga&year=2071/73")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("year"))
                .body("errors[0].code", is("invalid_year"));
        // what GET answers may be sent back as is: the labels are read past
        Map<String, Object> back = as("kaluga-editor")
                .get("/api/v1/values/" + id)
                .then()
                .extract()
                .jsonPath()
                .getMap("");
        back.put("value", 72.5);
        as("kaluga-editor")
                .body(back)
                .put("/api/v1/values")
                .then()
                .statusCode(200)
                .body("value", is(72.5f));

        as("kaluga-viewer")
                .get("/api/v1/indicators/sy-vpr")
                .then()
                .statusCode(200)
                .body("periodicity", is("school_year"))
                .body("periodicityLabel", is("Учебный год"));
        as("kaluga-viewer")
                .get("/api/v1/indicators/sy-cal")
                .then()
                .statusCode(200)
                .body("periodicityLabel", is("Календарный год"));
    }

    @Test
    void aFileWritesTheSchoolYearAsTheDocumentsDoAndItIsStoredByItsStartingYear() {
        upload(
                        CSV,
                        "municipality,indicator,year,value,category\n"
                                + "tula,sy-vpr,2072/73,61,sy-subject=math\n"
                                + "tula,sy-vpr,2072/2073,62,sy-subject=russian\n"
                                + "tula,sy-vpr,2073-2074,63,sy-subject=math\n"
                                + "tula,sy-vpr,2074-2075 учебный год,64,sy-subject=math\n"
                                + "tula,sy-vpr,2075,65,sy-subject=math\n",
                        false)
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsImported", is(5));
        upload(
                        JSON,
                        "[{\"municipality\": \"tula\", \"indicator\": \"sy-vpr\", \"year\": \"2076/77\", \"value\": 66}]",
                        false)
                .statusCode(201)
                .body("status", is("succeeded"));
        as("tula-viewer")
                .get("/api/v1/values?indicator=sy-vpr&municipality=tula&yearFrom=2072&yearTo=2076")
                .then()
                .statusCode(200)
                .body("items.year", contains(2072, 2072, 2073, 2074, 2075, 2076))
                .body("items.yearLabel", contains("2072/73", "2072/73", "2073/74", "2074/75", "2075/76", "2076/77"))
                .body("items.value", contains(61, 62, 63, 64, 65, 66))
                .body(
                        "items.categoryLabel",
                        contains("Математика", "Русский язык", "Математика", "Математика", "Математика", ""));
    }

    @Test
    void aSchoolYearForACalendarOrQuarterlyIndicatorAndASpanWhoseYearsDoNotFollowAreRowErrors() {
        upload(
                        CSV,
                        "municipality,indicator,year,value\n"
                                + "tula,sy-cal,2077/78,5\n"
                                + "tula,sy-q,2077-2078 учебный год,5\n"
                                + "tula,sy-vpr,2077/79,5\n"
                                + "tula,sy-cal,2077,5\n",
                        true)
                .statusCode(201)
                .body("status", is("rejected"))
                .body("rowsRejected", is(3))
                .body("errors.row", contains(2, 3, 4))
                .body("errors.column", everyItem(is("year")))
                .body(
                        "errors.code",
                        contains("school_year_not_allowed", "school_year_not_allowed", "school_year_not_consecutive"))
                .body(
                        "errors[0].message",
                        is("строка 2, столбец year: Учебный год указан для показателя sy-cal, который "
                                + "ведётся по календарным годам: укажите год, например 2077"))
                .body("errors[1].message", containsString("который ведётся по кварталам календарного года"))
                .body("errors[2].message", containsString("«2077/79» — не учебный год: годы должны идти подряд"));
        upload(
                        JSON,
                        "[{\"municipality\": \"tula\", \"indicator\": \"sy-cal\", \"year\": \"2077/78\", \"value\": 5}]",
                        true)
                .statusCode(201)
                .body("status", is("rejected"))
                .body("errors[0].column", is("year"))
                .body("errors[0].code", is("school_year_not_allowed"));
    }

    @Test
    void exportsCarryTheLabelsBesideTheNumericYearAndCategoryAndReimportIntoAnotherMunicipality() throws IOException {
        as("admin")
                .body(Map.of("name", "Свежий округ", "region", "kaluzhskaya-oblast", "type", "urban_okrug"))
                .put("/api/v1/municipalities/sy-fresh")
                .then()
                .statusCode(oneOf(200, 201));
        as("admin")
                .body(Map.of("name", "Школа № 1 (свежая)", "type", "school"))
                .put("/api/v1/municipalities/sy-fresh/organizations/school-1")
                .then()
                .statusCode(oneOf(200, 201));
        upload(
                        CSV,
                        "municipality,indicator,year,value,organization,category,qualifier,comment\n"
                                + "kaluga,sy-vpr,2081/82,55.5,,sy-subject=math;sy-grade=4,approx,\"ВПР, весна\"\n"
                                + "kaluga,sy-vpr,2081,58,school-1,sy-subject=russian,,\n"
                                + "kaluga,sy-vpr,2081,57,,,,\n"
                                + "kaluga,sy-cal,2081,14,,,,\n",
                        false)
                .statusCode(201)
                .body("status", is("succeeded"));
        String csv = export("kaluga", "csv");
        List<String> lines = csv.lines().filter(l -> !l.isEmpty()).toList();
        assertEquals(
                "\uFEFFmunicipality,indicator,year,year_label,value,organization,period,category,category_label,"
                        + "qualifier,numerator,denominator,comment,source",
                lines.get(0));
        assertEquals(
                List.of(
                        "kaluga,sy-cal,2081,2081,14,,,,,exact,,,,",
                        "kaluga,sy-vpr,2081,2081/82,57,,,,,exact,,,,",
                        "kaluga,sy-vpr,2081,2081/82,55.5,,,sy-subject=math;sy-grade=4,\"Математика, 4 класс\",approx,,,"
                                + "\"ВПР, весна\",",
                        "kaluga,sy-vpr,2081,2081/82,58,school-1,,sy-subject=russian,Русский язык,exact,,,,"),
                lines.subList(1, lines.size()));

        // the same file for a fresh municipality gives the same rows there
        upload(CSV, csv.replace("kaluga,", "sy-fresh,"), false)
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsImported", is(4));
        assertEquals(csv.replace("kaluga,", "sy-fresh,"), export("sy-fresh", "csv"));

        // XLSX: the year stays a number, the labels are text, and it re-imports too (nothing changes)
        byte[] xlsx = as("admin")
                .get("/api/v1/values/export?format=xlsx&municipality=kaluga&yearFrom=2081&yearTo=2081")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read().stream()
                    .filter(r -> r.getCellText(1).startsWith("sy-"))
                    .toList();
            Row vpr = rows.stream()
                    .filter(r -> "55.5".equals(r.getCellText(4)))
                    .findFirst()
                    .orElseThrow();
            assertEquals(new BigDecimal("2081"), vpr.getCell(2).asNumber());
            assertEquals("2081/82", vpr.getCellText(3));
            assertEquals("Математика, 4 класс", vpr.getCellText(8));
        }
        upload(XLSX, xlsx, false).statusCode(201).body("status", is("succeeded"));
        assertEquals(csv, export("kaluga", "csv"));

        // targets: the year label after the year, and the file re-imports
        upload(
                        "targets",
                        CSV,
                        ("municipality,indicator,year,value,comparator\nkaluga,sy-vpr,2081/82,60,>=\n"
                                        + "kaluga,sy-cal,2081,10,>=\n")
                                .getBytes(StandardCharsets.UTF_8),
                        false)
                .statusCode(201)
                .body("status", is("succeeded"));
        String targets = as("admin")
                .get("/api/v1/targets/export?municipality=kaluga&yearFrom=2081&yearTo=2081")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(targets.startsWith("\uFEFFmunicipality,indicator,year,year_label,value,comparator"), targets);
        assertTrue(targets.contains("kaluga,sy-vpr,2081,2081/82,60,ge,"), targets);
        assertTrue(targets.contains("kaluga,sy-cal,2081,2081,10,ge,"), targets);
        upload("targets", CSV, targets.replace("kaluga,", "sy-fresh,").getBytes(StandardCharsets.UTF_8), false)
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsImported", is(2));
    }

    private static String export(String municipality, String format) {
        String body = as("admin")
                .get("/api/v1/values/export?format=" + format + "&municipality=" + municipality
                        + "&yearFrom=2081&yearTo=2081")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        // only this test's indicators
        String[] lines = body.split("\n", -1);
        return Arrays.stream(lines)
                .filter(l -> l.startsWith("\uFEFF") || l.contains(",sy-") || l.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    private static Map<String, Object> value(String indicator, int year, String category, double v) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipality", "kaluga");
        body.put("indicator", indicator);
        body.put("year", year);
        body.put("category", category);
        body.put("value", v);
        return body;
    }

    private static ValidatableResponse upload(String type, String body, boolean dryRun) {
        return upload(type, body.getBytes(StandardCharsets.UTF_8), dryRun);
    }

    private static ValidatableResponse upload(String type, byte[] body, boolean dryRun) {
        return upload("values", type, body, dryRun);
    }

    private static ValidatableResponse upload(String kind, String type, byte[] body, boolean dryRun) {
        return as("admin")
                .contentType(type)
                .body(body)
                .post("/api/v1/imports?type=" + kind + "&dryRun=" + dryRun)
                .then();
    }
}
