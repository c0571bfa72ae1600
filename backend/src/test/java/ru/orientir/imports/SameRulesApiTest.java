package ru.orientir.imports;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.orientir.catalogue.TestIndicators;
import ru.orientir.support.Fixtures;

/**
 * The same bad indicator, target, value, region, municipality and organization through the single-row
 * API (PUT) and through CSV, JSON and XLSX imports: the same field (as its column), the same code and the
 * same message each way (the file's message prefixed with its line and column). Among the cases, those
 * where the two paths had drifted (reserved code, scale, bands, categories, comparators, between).
 */
@QuarkusTest
class SameRulesApiTest {

    static final String PCT = "same-pct";
    static final String CNT = "same-cnt";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> FORMATS = List.of("csv", "json", "xlsx");

    /**
     * One bad write: the API's path and JSON body, the same thing as a file row (snake_case columns,
     * texts as a person types them in a cell), and the field and code expected from both.
     */
    record Case(
            String name,
            String type,
            String path,
            Map<String, Object> body,
            Map<String, Object> row,
            String field,
            String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeEach
    void setUp() {
        Fixtures.territory();
        TestIndicators.put(
                PCT, "Доля (одни правила)", "percent", Map.of("categories", List.of("математика", "физика")));
        TestIndicators.put(CNT, "Число (одни правила)", "count");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                        indicator("the reserved code areas", "areas", Map.of(), Map.of(), "code", "reserved_code"),
                        indicator(
                                "scale min equal to max",
                                "same-scale",
                                Map.of("scaleMin", 5, "scaleMax", 5),
                                Map.of("scale_min", "5", "scale_max", "5"),
                                "scaleMax",
                                "scale_inverted"),
                        indicator(
                                "bands inverted",
                                "same-bands",
                                Map.of("bands", List.of(Map.of("from", 1, "to", 0.5, "label", "плохо"))),
                                Map.of("bands", "1..0,5: плохо"),
                                "bands[0].to",
                                "band_inverted"),
                        indicator(
                                "a category twice",
                                "same-cats",
                                Map.of("categories", List.of("математика", "математика")),
                                Map.of("categories", "математика|математика"),
                                "categories[1]",
                                "duplicate"),
                        indicator(
                                "an unknown unit",
                                "same-unit",
                                Map.of("unit", "percents"),
                                Map.of("unit", "percents"),
                                "unit",
                                "not_allowed"),
                        indicator(
                                "decimals out of range",
                                "same-dec",
                                Map.of("decimals", 9),
                                Map.of("decimals", "9"),
                                "decimals",
                                "out_of_range"),
                        target(
                                "between with value_to below value",
                                Map.of("comparator", "between", "value", 60, "valueTo", 40),
                                "valueTo",
                                "bounds_inverted"),
                        target(
                                "between without value_to",
                                Map.of("comparator", "between", "value", 60),
                                "valueTo",
                                "required"),
                        target(
                                "an unknown comparator",
                                Map.of("comparator", "~", "value", 60),
                                "comparator",
                                "not_allowed"),
                        target(
                                "value_to without between",
                                Map.of("comparator", "ge", "value", 60, "valueTo", 70),
                                "valueTo",
                                "not_allowed"),
                        target(
                                "a percent above 100",
                                Map.of("comparator", "=>", "value", 120),
                                "value",
                                "percent_out_of_range"),
                        target("an unknown kind", Map.of("kind", "plan", "value", 60), "kind", "not_allowed"),
                        target("a year out of range", Map.of("value", 60, "year", 1900), "year", "year_out_of_range"),
                        value("a percent above 100", PCT, Map.of("value", 120), "value", "percent_out_of_range"),
                        value("a count with a fraction", CNT, Map.of("value", 1.5), "value", "not_a_count"),
                        value(
                                "an unknown category",
                                PCT,
                                Map.of("value", 50, "category", "химия"),
                                "category",
                                "unknown_category"),
                        value(
                                "an unknown period",
                                PCT,
                                Map.of("value", 50, "period", "Q5"),
                                "period",
                                "invalid_period"),
                        value(
                                "a zero denominator",
                                PCT,
                                Map.of("value", 50, "denominator", 0),
                                "denominator",
                                "not_positive"),
                        value(
                                "an unknown qualifier",
                                PCT,
                                Map.of("value", 50, "qualifier", "about"),
                                "qualifier",
                                "not_allowed"),
                        value(
                                "an unknown indicator",
                                "same-none",
                                Map.of("value", 50),
                                "indicator",
                                "unknown_indicator"),
                        value(
                                "a year out of range",
                                PCT,
                                Map.of("value", 50, "year", 2101),
                                "year",
                                "year_out_of_range"),
                        territory(
                                "region: a name too long",
                                "regions",
                                "/api/v1/regions/same-region",
                                Map.of("name", "р".repeat(301)),
                                Map.of("code", "same-region"),
                                "name",
                                "too_long"),
                        territory(
                                "municipality: an unknown region",
                                "municipalities",
                                "/api/v1/municipalities/same-mun",
                                Map.of("name", "Город", "region", "nowhere"),
                                Map.of("code", "same-mun"),
                                "region",
                                "unknown_region"),
                        territory(
                                "municipality: a bad OKTMO",
                                "municipalities",
                                "/api/v1/municipalities/same-mun",
                                Map.of("name", "Город", "region", "tulskaya-oblast", "oktmo", "7070"),
                                Map.of("code", "same-mun"),
                                "oktmo",
                                "invalid_oktmo"),
                        territory(
                                "organization: an unknown type",
                                "organizations",
                                "/api/v1/municipalities/kaluga/organizations/same-org",
                                Map.of("name", "Школа", "type", "university"),
                                Map.of("municipality", "kaluga", "code", "same-org"),
                                "type",
                                "not_allowed"))
                .map(Arguments::of);
    }

    static Case indicator(
            String name,
            String code,
            Map<String, Object> body,
            Map<String, Object> cells,
            String field,
            String errorCode) {
        Map<String, Object> json = new LinkedHashMap<>(Map.of("nameRu", "Показатель", "unit", "percent"));
        json.putAll(body);
        Map<String, Object> row = new LinkedHashMap<>(Map.of("code", code, "name_ru", "Показатель", "unit", "percent"));
        row.putAll(cells);
        return new Case("indicator: " + name, "indicators", "/api/v1/indicators/" + code, json, row, field, errorCode);
    }

    /** A territory PUT whose key is in the path: the file row adds the key's columns to the body's fields. */
    static Case territory(
            String name,
            String type,
            String path,
            Map<String, Object> body,
            Map<String, Object> key,
            String field,
            String errorCode) {
        Map<String, Object> row = new LinkedHashMap<>(key);
        row.putAll(cells(body));
        return new Case(name, type, path, body, row, field, errorCode);
    }

    static Case target(String name, Map<String, Object> fields, String field, String errorCode) {
        Map<String, Object> json =
                new LinkedHashMap<>(Map.of("municipality", "kaluga", "indicator", PCT, "year", 2030));
        json.putAll(fields);
        return new Case("target: " + name, "targets", "/api/v1/targets", json, cells(json), field, errorCode);
    }

    static Case value(String name, String indicator, Map<String, Object> fields, String field, String errorCode) {
        Map<String, Object> json =
                new LinkedHashMap<>(Map.of("municipality", "kaluga", "indicator", indicator, "year", 2030));
        json.putAll(fields);
        return new Case("value: " + name, "values", "/api/v1/values", json, cells(json), field, errorCode);
    }

    /** The JSON body as file cells: snake_case column names, decimal commas as in a Russian spreadsheet. */
    static Map<String, Object> cells(Map<String, Object> json) {
        Map<String, Object> row = new LinkedHashMap<>();
        json.forEach((k, v) ->
                row.put(RowCheck.column(k), v instanceof Double d ? d.toString().replace('.', ',') : v));
        return row;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSameFieldCodeAndMessageThroughTheApiAndEveryFile(Case c) throws IOException {
        Response api = as("admin").body(c.body()).put(c.path());
        api.then().statusCode(422);
        List<Map<String, String>> errors = api.jsonPath().getList("errors");
        Map<String, String> error = errors.stream()
                .filter(e -> c.field().equals(e.get("field")))
                .findFirst()
                .orElse(null);
        assertNotNull(error, c + ": the API reports no error on " + c.field() + ": " + errors);
        assertEquals(c.code(), error.get("code"), c + " through the API");
        String column = RowCheck.column(c.field());
        for (String format : FORMATS) {
            Response file = upload(c.type(), format, c.row(), true);
            file.then().statusCode(201).body("status", is("rejected")).body("rowsImported", is(0));
            List<Map<String, Object>> rowErrors = file.jsonPath().getList("errors");
            Map<String, Object> same = rowErrors.stream()
                    .filter(e -> column.equals(e.get("column")))
                    .findFirst()
                    .orElse(null);
            assertNotNull(
                    same, c + ": the " + format + " file reports no error on column " + column + ": " + rowErrors);
            assertEquals(c.code(), same.get("code"), c + " through " + format);
            assertEquals(prefix(format, column) + error.get("message"), same.get("message"), c + " through " + format);
        }
    }

    /** {@code =>} and {@code =<} are read as ge and le by the API and by every file alike. */
    @Test
    void comparatorSymbolsAreReadAlikeEverywhere() throws IOException {
        as("admin")
                .body(Map.of("municipality", "kaluga", "indicator", PCT, "year", 2040, "comparator", "=>", "value", 70))
                .put("/api/v1/targets")
                .then()
                .statusCode(oneOf(200, 201))
                .body("comparator", is("ge"));
        int year = 2041;
        for (String format : FORMATS) {
            Map<String, Object> row = new LinkedHashMap<>(Map.of(
                    "municipality",
                    "kaluga",
                    "indicator",
                    PCT,
                    "year",
                    year,
                    "comparator",
                    year % 2 == 0 ? "=>" : "=<",
                    "value",
                    70));
            upload("targets", format, row, false)
                    .then()
                    .statusCode(201)
                    .body("status", is("succeeded"))
                    .body("rowsImported", is(1));
            as("admin")
                    .get("/api/v1/targets?municipality=kaluga&indicator=" + PCT + "&year=" + year)
                    .then()
                    .statusCode(200)
                    .body("items[0].comparator", is(year % 2 == 0 ? "ge" : "le"));
            year++;
        }
    }

    /** An indicator file may carry bands and categories, checked and stored as through the API. */
    @Test
    void bandsAndCategoriesOfAFileAreStoredAsTyped() throws IOException {
        Map<String, Object> row = new LinkedHashMap<>(Map.of(
                "code",
                "same-full",
                "name_ru",
                "Полный",
                "unit",
                "score",
                "bands",
                "..0,8: плохо: 0 | 0,8..1: норма: 1 | 1..: хорошо: 2",
                "categories",
                "математика | физика"));
        upload("indicators", "csv", row, false).then().statusCode(201).body("status", is("succeeded"));
        as("admin")
                .get("/api/v1/indicators/same-full")
                .then()
                .statusCode(200)
                .body("bands.size()", is(3))
                .body("bands[0].to", is(0.8f))
                .body("bands[0].from", is((Object) null))
                .body("bands[1].label", is("норма"))
                .body("bands[2].score", is(2))
                .body("categories", is(List.of("математика", "физика")));
    }

    private static String prefix(String format, String column) {
        return ("json".equals(format) ? "запись 1" : "строка 2") + ", столбец " + column + ": ";
    }

    static Response upload(String type, String format, Map<String, Object> row, boolean dryRun) throws IOException {
        byte[] body;
        String contentType;
        switch (format) {
            case "csv" -> {
                StringBuilder csv = new StringBuilder(String.join(";", row.keySet())).append('\n');
                csv.append(String.join(
                                ";", row.values().stream().map(String::valueOf).toList()))
                        .append('\n');
                body = csv.toString().getBytes(StandardCharsets.UTF_8);
                contentType = "text/csv";
            }
            case "json" -> {
                Map<String, Object> camel = new LinkedHashMap<>();
                row.forEach((k, v) -> camel.put(camel(k), v));
                body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(List.of(camel));
                contentType = "application/json";
            }
            default -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Workbook wb = new Workbook(out, "test", "1.0");
                Worksheet ws = wb.newWorksheet("Лист1");
                int col = 0;
                for (Map.Entry<String, Object> e : row.entrySet()) {
                    ws.value(0, col, e.getKey());
                    if (e.getValue() instanceof Number n) {
                        ws.value(1, col, n);
                    } else {
                        ws.value(1, col, String.valueOf(e.getValue()));
                    }
                    col++;
                }
                wb.finish();
                body = out.toByteArray();
                contentType = XLSX;
            }
        }
        return as("admin")
                .contentType(contentType)
                .body(body)
                .post("/api/v1/imports?type=" + type + "&dryRun=" + dryRun);
    }

    private static String camel(String snake) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return b.toString();
    }
}
