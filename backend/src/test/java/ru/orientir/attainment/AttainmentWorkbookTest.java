package ru.orientir.attainment;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Fixtures;

/**
 * The plan-vs-fact workbook of a demo-like municipality, read back with a real XLSX reader: a summary sheet with the
 * counts per area and status, a sheet per area with target, fact, deviation, status and the five years' facts.
 */
@QuarkusTest
class AttainmentWorkbookTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String QUALITY = "ПФ Качество образования";
    private static final String UPBRINGING = "ПФ Воспитание";
    private static volatile boolean loaded;

    @BeforeEach
    void setUp() {
        Fixtures.territory();
        if (loaded) {
            return;
        }
        upload(
                "indicators",
                "code,name_ru,unit,polarity,decimals,area\n"
                        + "pvf-1,Доля выпускников с высоким баллом,percent,higher,1," + QUALITY + "\n"
                        + "pvf-2,Доля неуспевающих,percent,lower,1," + QUALITY + "\n"
                        + "pvf-3,Число участников олимпиад,count,higher,0," + UPBRINGING + "\n"
                        + "pvf-4,Число волонтёров,count,higher,0," + UPBRINGING + "\n");
        upload(
                "values",
                """
                municipality,indicator,year,value
                kaluga,pvf-1,2016,50
                kaluga,pvf-1,2017,52
                kaluga,pvf-1,2018,54
                kaluga,pvf-1,2019,56
                kaluga,pvf-1,2020,58
                kaluga,pvf-2,2020,3
                kaluga,pvf-4,2020,7
                tula,pvf-1,2020,99
                """);
        upload(
                "targets",
                """
                municipality,indicator,year,value,comparator
                kaluga,pvf-1,2020,60,>=
                kaluga,pvf-2,2020,5,<=
                kaluga,pvf-3,2020,10,=
                tula,pvf-1,2020,90,>=
                """);
        loaded = true;
    }

    private static void upload(String type, String csv) {
        as("admin")
                .contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports?type=" + type)
                .then()
                .statusCode(201)
                .body("status", is("succeeded"));
    }

    @Test
    void municipalityWorkbookHasTheSummaryAndASheetPerAreaWithTheStatuses() throws IOException {
        byte[] xlsx = as("kaluga-viewer")
                .get("/api/v1/attainment/export?municipality=kaluga&year=2020&format=xlsx")
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .header("Content-Disposition", containsString("orientir-plan-fakt-kaluga-2020.xlsx"))
                .extract()
                .asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = wb.getSheets().map(Sheet::getName).toList();
            assertEquals("Сводка", sheets.get(0));
            assertTrue(sheets.contains(QUALITY), sheets.toString());
            assertTrue(sheets.contains(UPBRINGING), sheets.toString());

            List<List<String>> summary = texts(wb.getSheets().toList().get(0));
            assertEquals(
                    List.of("Направление", "достигнуто", "не достигнуто", "нет данных", "нет цели", "Всего"),
                    line(summary, "Направление"));
            assertEquals(List.of(QUALITY, "1", "1", "0", "0", "2"), line(summary, QUALITY));
            assertEquals(List.of(UPBRINGING, "0", "0", "1", "1", "2"), line(summary, UPBRINGING));

            Sheet quality = wb.getSheets()
                    .filter(s -> s.getName().equals(QUALITY))
                    .findFirst()
                    .orElseThrow();
            List<Row> rows = quality.read();
            List<String> header = new ArrayList<>();
            rows.get(0).forEach(c -> header.add(c == null ? null : c.getText()));
            assertEquals(
                    List.of(
                            "Код",
                            "Показатель",
                            "Категория",
                            "Единица",
                            "Цель",
                            "Факт",
                            "Отклонение",
                            "Отклонение, %",
                            "Статус",
                            "2016",
                            "2017",
                            "2018",
                            "2019",
                            "2020"),
                    header);
            Row one = find(rows, "pvf-1");
            assertEquals("Доля выпускников с высоким баллом", one.getCellText(1));
            assertEquals("%", one.getCellText(3));
            assertEquals("≥ 60", one.getCellText(4));
            assertNumber("58", one.getCell(5));
            assertNumber("-2", one.getCell(6));
            assertEquals("не достигнуто", one.getCellText(8));
            assertNumber("50", one.getCell(9));
            assertNumber("54", one.getCell(11));
            assertNumber("58", one.getCell(13));
            Row two = find(rows, "pvf-2");
            assertEquals("≤ 5", two.getCellText(4));
            assertEquals("достигнуто", two.getCellText(8), "a lower-is-better ≤ 5 % is met by 3 %");

            Sheet upbringing = wb.getSheets()
                    .filter(s -> s.getName().equals(UPBRINGING))
                    .findFirst()
                    .orElseThrow();
            List<Row> up = upbringing.read();
            assertEquals("нет данных", find(up, "pvf-3").getCellText(8));
            assertEquals("нет цели", find(up, "pvf-4").getCellText(8));
            assertNumber("7", find(up, "pvf-4").getCell(5));
        }
        String sheet = part(xlsx);
        assertTrue(sheet.contains("C6EFCE") || sheet.contains("FFC7CE"), "statuses are coloured");
    }

    @Test
    void theMinistrysRegionWorkbookNamesTheMunicipalityAndTheScopeHolds() throws IOException {
        byte[] xlsx = as("ministry")
                .get("/api/v1/attainment/export?region=tulskaya-oblast&year=2020")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet quality = wb.getSheets()
                    .filter(s -> s.getName().equals(QUALITY))
                    .findFirst()
                    .orElseThrow();
            List<Row> rows = quality.read();
            assertEquals("Муниципалитет", rows.get(0).getCellText(0));
            Row tula = rows.stream()
                    .filter(r -> "pvf-1".equals(r.getCellText(1)))
                    .findFirst()
                    .orElseThrow();
            assertEquals("достигнуто", tula.getCellText(9));
            assertTrue(
                    rows.stream().noneMatch(r -> r.getCellText(0).contains("Калуга")),
                    "only the region's municipalities");
        }
        as("kaluga-editor")
                .get("/api/v1/attainment/export?municipality=tula&year=2020")
                .then()
                .statusCode(403);
        as("kaluga-editor")
                .get("/api/v1/attainment/export?region=tulskaya-oblast&year=2020")
                .then()
                .statusCode(403);
        as("kaluga-editor")
                .get("/api/v1/attainment/export?municipality=kaluga")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("year"));
        as("kaluga-editor")
                .get("/api/v1/attainment/export?municipality=kaluga&year=2020&format=pdf")
                .then()
                .statusCode(400);
    }

    private static void assertNumber(String expected, Cell c) {
        assertEquals(CellType.NUMBER, c.getType());
        assertEquals(0, new BigDecimal(expected).compareTo(c.asNumber()), c.getRawValue());
    }

    private static Row find(List<Row> rows, String code) {
        return rows.stream()
                .filter(r -> code.equals(r.getCellText(0)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code));
    }

    private static List<List<String>> texts(Sheet s) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (Row r : s.read()) {
            List<String> cells = new ArrayList<>();
            r.forEach(c -> cells.add(c == null ? null : c.getText()));
            out.add(cells);
        }
        return out;
    }

    private static List<String> line(List<List<String>> rows, String first) {
        return rows.stream()
                .filter(r -> !r.isEmpty() && first.equals(r.get(0)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line " + first));
    }

    private static String part(byte[] xlsx) throws IOException {
        return ru.orientir.exports.TemplateApiTest.part(xlsx, "xl/styles.xml");
    }
}
