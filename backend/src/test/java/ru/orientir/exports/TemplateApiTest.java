package ru.orientir.exports;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Fixtures;

/**
 * Templates as people use them: Kaluga's template of 2020 lists Kaluga's (regional catalogue's) indicators with
 * their current values and none of Tula's; filled in for two cells and uploaded in the default atomic mode it
 * changes exactly those two values and nothing else.
 */
@QuarkusTest
public class TemplateApiTest {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static volatile boolean loaded;

    @BeforeEach
    void setUp() {
        Fixtures.territory();
        if (loaded) {
            return;
        }
        upload(
                        "admin",
                        "indicators",
                        CSV,
                        """
                code,name_ru,unit,level,area
                tpl-pct,Доля выпускников шаблона,percent,municipality,Результаты обучения
                tpl-cnt,Число кружков шаблона,count,municipality,Воспитание
                tpl-new,Новый показатель шаблона,count,municipality,Воспитание
                tpl-tula,Показатель Тулы,count,municipality,Воспитание
                tpl-org,Показатель школы шаблона,count,organization,Воспитание
                """)
                .statusCode(201)
                .body("status", is("succeeded"));
        upload(
                        "admin",
                        "values",
                        CSV,
                        """
                municipality,indicator,year,value,organization,qualifier,comment
                kaluga,tpl-pct,2020,40.5,,approx,по данным РЦОИ
                kaluga,tpl-cnt,2020,7,,,
                kaluga,tpl-org,2020,3,school-1,,
                tula,tpl-tula,2020,5,,,
                """)
                .statusCode(201)
                .body("status", is("succeeded"));
        upload(
                        "admin",
                        "targets",
                        CSV,
                        """
                municipality,indicator,year,value,comparator
                kaluga,tpl-pct,2020,45,>=
                """)
                .statusCode(201)
                .body("status", is("succeeded"));
        as("admin")
                .contentType("application/json")
                .body(Map.of("nameRu", "Архивный показатель шаблона", "unit", "count", "status", "archived"))
                .put("/api/v1/indicators/tpl-old")
                .then()
                .statusCode(anyOf(is(200), is(201)));
        loaded = true;
    }

    @Test
    void kalugaTemplateHoldsItsIndicatorsWithCurrentValuesAndNoOtherRegions() throws IOException {
        byte[] template = as("kaluga-editor")
                .get("/api/v1/templates/values?municipality=kaluga&year=2020")
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .header("Content-Disposition", containsString("orientir-shablon-znacheniy-kaluga-2020.xlsx"))
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract()
                .asByteArray();
        List<List<Cell>> rows = rows(template, 0);
        List<String> header = texts(rows.get(0));
        assertEquals("Код показателя", header.get(0));
        assertEquals("Наименование показателя", header.get(1));
        assertEquals("Значение", header.get(7));
        assertEquals("Признак значения", header.get(8));
        assertEquals("orientir_key", header.get(11));
        List<String> codes = rows.stream().skip(1).map(r -> text(r, 0)).toList();
        assertTrue(codes.contains("tpl-pct"), codes.toString());
        assertTrue(codes.contains("tpl-cnt"), codes.toString());
        assertTrue(codes.contains("tpl-new"), "a catalogue indicator nobody keeps figures of yet is listed");
        assertFalse(codes.contains("tpl-tula"), "Tula's indicator is not in Kaluga's template");
        assertFalse(codes.contains("tpl-org"), "an organization-level indicator has no municipality row");
        assertFalse(codes.contains("tpl-old"), "archived indicators are not listed");
        List<Cell> pct = row(rows, "tpl-pct");
        assertEquals("Доля выпускников шаблона", text(pct, 1));
        assertEquals("%", text(pct, 2));
        assertEquals("Результаты обучения", text(pct, 3));
        assertEquals("≥ 45", text(pct, 6));
        assertEquals(0, new BigDecimal("40.5").compareTo(number(pct, 7)), "the current value is filled in");
        assertEquals("приблизительное", text(pct, 8));
        assertEquals("по данным РЦОИ", text(pct, 9));
        assertEquals("values|kaluga|tpl-pct||2020", text(pct, 11));
        String sheet = part(template, "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("hidden=\"true\""), "the key column is hidden");
        assertTrue(sheet.contains("<pane"), "the header is frozen");
        assertTrue(sheet.contains("type=\"list\""), "the qualifier has a drop-down");
        assertTrue(sheet.contains("type=\"custom\""), "the value cells are checked as numbers");

        byte[] school = as("kaluga-editor")
                .get("/api/v1/templates/values?municipality=kaluga&year=2020&organization=school-1")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<List<Cell>> schoolRows = rows(school, 0);
        List<Cell> org = row(schoolRows, "tpl-org");
        assertEquals("school-1", text(org, 4));
        assertEquals(0, BigDecimal.valueOf(3).compareTo(number(org, 7)));
        assertFalse(schoolRows.stream().skip(1).anyMatch(r -> "tpl-pct".equals(text(r, 0))));

        as("kaluga-editor")
                .get("/api/v1/templates/values?municipality=tula&year=2020")
                .then()
                .statusCode(403);
        as("kaluga-editor")
                .get("/api/v1/templates/values?municipality=kaluga&year=2020&organization=nowhere")
                .then()
                .statusCode(404);
        as("kaluga-editor")
                .get("/api/v1/templates/values?municipality=kaluga")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("year"));
    }

    @Test
    void theDownloadedTemplateUploadsBackAsItIsAndChangesNothing() throws IOException {
        for (String kind : new String[] {"values", "targets"}) {
            byte[] template = as("kaluga-editor")
                    .get("/api/v1/templates/" + kind + "?municipality=kaluga&year=2020")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            // the file exactly as Excel would receive it: its sheet XML must be well formed (cell checks included)
            upload("kaluga-editor", kind, XLSX, template)
                    .statusCode(201)
                    .body("status", is("succeeded"))
                    .body("errors", hasSize(0))
                    .body("template", is(true))
                    .body("rowsChanged", is(0));
        }
    }

    @Test
    void aTemplateFilledInForTwoCellsChangesExactlyThoseTwo() throws IOException {
        String before = export();
        byte[] template = as("kaluga-editor")
                .get("/api/v1/templates/values?municipality=kaluga&year=2020&area=Воспитание")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<List<Cell>> rows = rows(template, 0);
        assertFalse(rows.stream().skip(1).anyMatch(r -> "tpl-pct".equals(text(r, 0))), "area= filters");
        int filledBefore =
                (int) rows.stream().skip(1).filter(r -> number(r, 7) != null).count();
        int total = rows.size() - 1;
        byte[] filled = fill(rows, Map.of("tpl-cnt", "9", "tpl-new", "12"));

        ValidatableResponse job = upload("kaluga-editor", "values", XLSX, filled);
        job.statusCode(201)
                .body("errors", hasSize(0))
                .body("status", is("succeeded"))
                .body("mode", is("atomic"))
                .body("template", is(true))
                .body("rowsChanged", is(2))
                .body("rowsUnchanged", is(filledBefore - 1))
                .body("rowsEmpty", is(total - filledBefore - 1))
                .body("rowsRejected", is(0))
                .body("message", containsString("Изменено: 2"));

        String after = export();
        List<String> gone = new ArrayList<>(before.lines().toList());
        gone.removeAll(after.lines().toList());
        List<String> added = new ArrayList<>(after.lines().toList());
        added.removeAll(before.lines().toList());
        assertEquals(1, gone.size(), "only the changed value's line differs: " + gone);
        assertTrue(gone.get(0).startsWith("kaluga,tpl-cnt,2020,2020,7,"), gone.toString());
        assertEquals(2, added.size(), added.toString());
        assertTrue(added.stream().anyMatch(l -> l.startsWith("kaluga,tpl-cnt,2020,2020,9,")), added.toString());
        assertTrue(added.stream().anyMatch(l -> l.startsWith("kaluga,tpl-new,2020,2020,12,")), added.toString());

        // the same file again: nothing changes
        upload("kaluga-editor", "values", XLSX, filled)
                .statusCode(201)
                .body("rowsChanged", is(0))
                .body("rowsUnchanged", is(filledBefore + 1));
        assertEquals(after, export());
    }

    @Test
    void aTemplateGoesThroughTheSameChecksAndAPlainFileStillNeedsAValue() throws IOException {
        byte[] template = as("kaluga-editor")
                .get("/api/v1/templates/values?municipality=kaluga&year=2020")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<List<Cell>> rows = rows(template, 0);
        byte[] bad = fill(rows, Map.of("tpl-cnt", "около 10", "tpl-pct", "140"));
        String before = export();
        upload("kaluga-editor", "values", XLSX, bad)
                .statusCode(201)
                .body("status", is("rejected"))
                .body("rowsRejected", is(2))
                .body("errors.column", hasItems("value"))
                .body("errors.message", hasItem(containsString("не число")));
        assertEquals(before, export(), "an atomic template with errors writes nothing");
        upload("kaluga-editor", "targets", XLSX, template)
                .statusCode(201)
                .body("status", is("rejected"))
                .body("errors[0].message", containsString("type=values"));
        upload("kaluga-editor", "values", CSV, "municipality,indicator,year,value\nkaluga,tpl-cnt,2020,\n")
                .statusCode(201)
                .body("status", is("rejected"))
                .body("template", is(false));
    }

    @Test
    void targetsTemplateShowsTheFactAndWritesTheFilledTarget() throws IOException {
        byte[] template = as("kaluga-editor")
                .get("/api/v1/templates/targets?municipality=kaluga&year=2020")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("orientir-shablon-tseley-kaluga-2020.xlsx"))
                .extract()
                .asByteArray();
        List<List<Cell>> rows = rows(template, 0);
        assertEquals("Условие цели", text(rows.get(0), 7));
        List<Cell> pct = row(rows, "tpl-pct");
        assertEquals(0, new BigDecimal("40.5").compareTo(number(pct, 6)), "the fact beside the target");
        assertEquals("≥", text(pct, 7));
        assertEquals(0, BigDecimal.valueOf(45).compareTo(number(pct, 8)));
        byte[] filled = fillColumns(rows, "tpl-cnt", Map.of(7, "≤", 8, "10"));
        upload("kaluga-editor", "targets", XLSX, filled)
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsChanged", is(1));
        String targets = as("kaluga-editor")
                .get("/api/v1/targets/export?municipality=kaluga&indicator=tpl-cnt&year=2020")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(targets.contains("kaluga,tpl-cnt,2020,2020,10,le,,target"), targets);
    }

    // ---- helpers

    private static String export() {
        return as("kaluga-editor")
                .get("/api/v1/values/export?municipality=kaluga&year=2020")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    static ValidatableResponse upload(String user, String type, String contentType, String body) {
        return upload(user, type, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static ValidatableResponse upload(String user, String type, String contentType, byte[] body) {
        return as(user).contentType(contentType)
                .body(body)
                .post("/api/v1/imports?type=" + type)
                .then();
    }

    static List<List<Cell>> rows(byte[] xlsx, int sheet) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<Cell>> out = new ArrayList<>();
            for (Row r : wb.getSheet(sheet).orElseThrow().read()) {
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    cells.add(r.getCell(i));
                }
                out.add(cells);
            }
            return out;
        }
    }

    static List<Cell> row(List<List<Cell>> rows, String first) {
        return rows.stream()
                .filter(r -> first.equals(text(r, 0)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first));
    }

    static String text(List<Cell> r, int i) {
        if (i >= r.size() || r.get(i) == null) {
            return null;
        }
        String t = r.get(i).getText();
        return t == null || t.isEmpty() ? null : t;
    }

    static BigDecimal number(List<Cell> r, int i) {
        if (i >= r.size() || r.get(i) == null || r.get(i).getType() != CellType.NUMBER) {
            return null;
        }
        return r.get(i).asNumber();
    }

    static List<String> texts(List<Cell> r) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            out.add(text(r, i));
        }
        return out;
    }

    /** The template as a person saves it after typing {@code values} into the value column of those rows. */
    private static byte[] fill(List<List<Cell>> rows, Map<String, String> values) throws IOException {
        return write(rows, (code, col) -> col == 7 ? values.get(code) : null);
    }

    private static byte[] fillColumns(List<List<Cell>> rows, String code, Map<Integer, String> cells)
            throws IOException {
        return write(rows, (c, col) -> code.equals(c) ? cells.get(col) : null);
    }

    private interface Typed {
        String at(String code, int column);
    }

    private static byte[] write(List<List<Cell>> rows, Typed typed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "Test", "1.0");
        Worksheet ws = wb.newWorksheet("Значения");
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String typedText = r == 0 ? null : typed.at(text(row, 0), c);
                if (typedText != null) {
                    BigDecimal n = parse(typedText);
                    if (n != null) {
                        ws.value(r, c, n);
                    } else {
                        ws.value(r, c, typedText);
                    }
                } else if (number(row, c) != null) {
                    ws.value(r, c, number(row, c));
                } else if (text(row, c) != null) {
                    ws.value(r, c, text(row, c));
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private static BigDecimal parse(String s) {
        try {
            return new BigDecimal(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String part(byte[] xlsx, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("orientir-test", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                var e = zip.getEntry(name);
                if (e == null) {
                    throw new AssertionError("no part " + name);
                }
                return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
