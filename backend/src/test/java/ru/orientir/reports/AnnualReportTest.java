package ru.orientir.reports;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Fixtures;

/**
 * The annual report read back as a user would: the PDF's text (PDFBox), its pages and fonts; the XLSX with a real
 * reader; the HTML preview; and the scope: a report shows only what its reader may read.
 */
@QuarkusTest
class AnnualReportTest {

    private static final int YEAR = 2003;
    private static final String QUALITY = "ОТЧ Качество образования";
    private static final String UPBRINGING = "ОТЧ Воспитание";
    /** A municipality of this test's own, so that no other test's figures appear in its report. */
    private static final String TOWN = "Городской округ «Город Отчётный»";

    private static final String TULA = "Муниципальное образование город Тула";
    private static volatile boolean loaded;

    @BeforeEach
    void setUp() {
        Fixtures.territory();
        if (loaded) {
            return;
        }
        as("admin")
                .body(Map.of("name", "Отчётная область"))
                .put("/api/v1/regions/rep-oblast")
                .then()
                .statusCode(oneOf(200, 201));
        as("admin")
                .body(Map.of("name", TOWN, "region", "rep-oblast", "type", "urban_okrug"))
                .put("/api/v1/municipalities/rep-town")
                .then()
                .statusCode(oneOf(200, 201));
        as("admin")
                .body(Map.of("name", "МБОУ «Школа № 7»", "type", "school"))
                .put("/api/v1/municipalities/rep-town/organizations/rep-school")
                .then()
                .statusCode(oneOf(200, 201));
        as("admin")
                .body(Map.of("name", "МБОУ «СОШ № 45»", "type", "school"))
                .put("/api/v1/municipalities/kaluga/organizations/school-45")
                .then()
                .statusCode(oneOf(200, 201));
        upload(
                "indicators",
                "code,name_ru,unit,polarity,decimals,area,level\n"
                        + "rep-1,Доля выпускников с высоким баллом,percent,higher,1," + QUALITY + ",municipality\n"
                        + "rep-2,Доля неуспевающих,percent,lower,1," + QUALITY + ",municipality\n"
                        + "rep-3,Число участников олимпиад,count,higher,0," + UPBRINGING + ",municipality\n"
                        + "rep-4,Доля обучающихся с оценкой «2» по ВПР,percent,lower,1," + QUALITY
                        + ",organization\n");
        upload(
                "values",
                """
                municipality,organization,indicator,year,value,source
                rep-town,,rep-1,2001,50,ФИС ОКО
                rep-town,,rep-1,2002,54,ФИС ОКО
                rep-town,,rep-1,2003,57.5,ФИС ОКО
                rep-town,,rep-2,2003,3,Отчёт ОО-1
                rep-town,,rep-3,2003,39981,
                rep-town,rep-school,rep-4,2003,25,ВПР
                kaluga,school-45,rep-4,2003,25,ВПР
                kaluga,school-1,rep-4,2003,4,ВПР
                tula,,rep-1,2003,91,
                """);
        upload(
                "targets",
                """
                municipality,indicator,year,value,comparator
                rep-town,rep-1,2003,60,>=
                rep-town,rep-2,2003,5,<=
                tula,rep-1,2003,90,>=
                """);
        as("admin")
                .body(Map.of(
                        "name",
                        "Школы с долей «2» от 20 %",
                        "municipality",
                        "rep-town",
                        "level",
                        "organization",
                        "window",
                        1,
                        "minYears",
                        1,
                        "conditions",
                        List.of(Map.of("indicator", "rep-4", "comparator", "ge", "value", 20))))
                .put("/api/v1/rules/rep-vpr")
                .then()
                .statusCode(oneOf(200, 201));
        as("admin")
                .body(Map.of(
                        "name",
                        "Программа повышения качества",
                        "municipality",
                        "rep-town",
                        "yearFrom",
                        2003,
                        "yearTo",
                        2004))
                .put("/api/v1/plans/rep-plan")
                .then()
                .statusCode(oneOf(200, 201));
        as("admin")
                .body(Map.of(
                        "title",
                        "Семинар для учителей математики",
                        "due",
                        "2003-Q2",
                        "responsible",
                        "Управление образования",
                        "status",
                        "in_progress",
                        "organizations",
                        List.of("rep-school")))
                .put("/api/v1/plans/rep-plan/activities/a1")
                .then()
                .statusCode(oneOf(200, 201));
        as("tula-editor")
                .body("{\"comment\": \"\"}")
                .post("/api/v1/municipalities/tula/periods/" + YEAR + "/submit")
                .then()
                .statusCode(200);
        as("ministry")
                .body("{\"comment\": \"Утверждено\"}")
                .post("/api/v1/municipalities/tula/periods/" + YEAR + "/approve")
                .then()
                .statusCode(200);
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

    private static byte[] get(String user, String query, String contentType) {
        return as(user).get("/api/v1/reports/annual?" + query)
                .then()
                .statusCode(200)
                .contentType(startsWith(contentType))
                .extract()
                .asByteArray();
    }

    @Test
    void theDraftPdfOfAMunicipalityReadsBackWithItsFiguresPagesAndFonts() throws IOException {
        byte[] pdf = as("ministry")
                .get("/api/v1/reports/annual?municipality=rep-town&year=" + YEAR)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("orientir-otchet-rep-town-2003.pdf"))
                .extract()
                .asByteArray();
        // kept for a look at the pages (pdftoppm target/annual-report-sample.pdf)
        java.nio.file.Files.write(java.nio.file.Path.of("target/annual-report-sample.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // a cell's text may wrap onto two lines: compare with single spaces
            String text = new PDFTextStripper().getText(doc).replaceAll("[ \\t\\r\\n]+", " ");
            // title, contents, summary, two areas, flags and registers, activities, sources
            assertEquals(8, doc.getNumberOfPages(), text);
            assertTrue(text.contains(TOWN), text);
            assertTrue(text.contains(YEAR + " год"), text);
            assertTrue(text.contains("ЧЕРНОВИК"), "an open year is a draft");
            assertTrue(text.contains("Отчётный период: открыт (черновик)"), text);
            assertTrue(text.contains("Доля выпускников с высоким баллом"), text);
            // unit, target with its comparator, the fact at one decimal, the deviation, the status, three years' facts
            assertTrue(
                    text.contains("Доля выпускников с высоким баллом % ≥ 60 57,5 −2,5 не достигнуто 50 54 57,5"), text);
            assertTrue(text.contains("Доля неуспевающих % ≤ 5 3 −2 достигнуто — — 3"), text);
            assertTrue(text.contains("39\u202F981"), "thousands grouped the Russian way: " + text);
            assertTrue(text.contains("стр. 3 из 8"), text);
            assertTrue(text.contains("Школы с долей «2» от 20 %"), "the year's flag: " + text);
            assertTrue(text.contains("МБОУ «Школа № 7»"), "the flagged school: " + text);
            assertTrue(text.contains("Семинар для учителей математики"), "the activity due in the year: " + text);
            assertTrue(text.contains("II квартал 2003"), text);
            assertTrue(text.contains("ФИС ОКО"), "the data sources: " + text);
            assertFalse(text.contains(TULA), "nothing of another municipality");
            assertFalse(text.contains("91"), "not Tula's figure");
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
            assertTrue(doc.getDocumentCatalog().getDocumentOutline() != null, "bookmarks");
        }
    }

    @Test
    void anApprovedYearIsNoDraft() throws IOException {
        byte[] pdf = get("ministry", "municipality=tula&year=" + YEAR, "application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(TULA), text);
            assertTrue(text.contains("Отчётный период: утверждён"), text);
            assertFalse(text.contains("ЧЕРНОВИК"), text);
            assertTrue(text.contains("≥ 90"), text);
        }
    }

    @Test
    void theWorkbookHasTheExpectedSheetsAndRows() throws IOException {
        byte[] xlsx = get(
                "ministry",
                "municipality=rep-town&year=" + YEAR + "&format=xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = wb.getSheets().map(Sheet::getName).toList();
            assertEquals(List.of("Отчёт", "Сводка", UPBRINGING, QUALITY, "Зона риска", "Мероприятия"), sheets);
            Sheet quality = wb.getSheets()
                    .filter(s -> s.getName().equals(QUALITY))
                    .findFirst()
                    .orElseThrow();
            List<Row> rows = quality.read();
            Row one = rows.stream()
                    .filter(r -> "rep-1".equals(r.getCellText(0)))
                    .findFirst()
                    .orElseThrow();
            assertEquals("≥ 60", one.getCellText(4));
            assertEquals(0, one.getCell(5).asNumber().compareTo(new java.math.BigDecimal("57.5")));
            assertEquals("не достигнуто", one.getCellText(7));
            Sheet upbringing = wb.getSheets()
                    .filter(s -> s.getName().equals(UPBRINGING))
                    .findFirst()
                    .orElseThrow();
            Row olympiads = upbringing.read().get(1);
            assertEquals("rep-3", olympiads.getCellText(0));
            assertEquals("нет цели", olympiads.getCellText(7));
            assertEquals(0, olympiads.getCell(5).asNumber().compareTo(new java.math.BigDecimal("39981")));
            List<String> summary = new ArrayList<>();
            wb.getSheets()
                    .toList()
                    .get(1)
                    .read()
                    .forEach(r -> summary.add(r.getCellText(0) + ":" + r.getCellText(1) + ":" + r.getCellText(2)));
            assertTrue(summary.contains(QUALITY + ":1:1"), summary.toString());
            List<Row> flags = wb.getSheets().toList().get(4).read();
            assertEquals("МБОУ «Школа № 7»", flags.get(1).getCellText(1));
        }
    }

    @Test
    void theHtmlPreviewIsOneSelfContainedPage() {
        String html = as("ministry")
                .get("/api/v1/reports/annual?municipality=rep-town&year=" + YEAR + "&format=html")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract()
                .asString();
        assertTrue(html.contains("<svg"), "the chart");
        assertTrue(html.contains("Доля выпускников с высоким баллом"));
        assertTrue(html.contains("57,5"));
        assertTrue(html.contains("ЧЕРНОВИК"));
        assertFalse(html.contains("<script"));
    }

    @Test
    void aSchoolsReportHoldsItsOwnRowsOnly() throws IOException {
        byte[] pdf = get(
                "kaluga-school-editor", "municipality=kaluga&organization=school-45&year=" + YEAR, "application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Организация «МБОУ «СОШ № 45»»"), text);
            assertTrue(text.contains("Доля обучающихся с оценкой «2» по ВПР"), text);
            assertTrue(text.contains("25"), text);
            assertFalse(
                    text.contains("Доля выпускников с высоким баллом"), "the municipality's rows are not the school's");
        }
        as("kaluga-school-editor")
                .get("/api/v1/reports/annual?municipality=kaluga&organization=school-1&year=" + YEAR)
                .then()
                .statusCode(anyOf(is(403), is(404)));
    }

    @Test
    void theRegionsReportCountsItsMunicipalities() throws IOException {
        byte[] pdf = get("ministry", "region=rep-oblast&year=" + YEAR, "application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Регион «Отчётная область»"), text);
            assertTrue(text.contains("утверждено 0 из 1 муниципалитетов"), text);
            // rep-1 (57,5 against ≥ 60) is missed, rep-2 (3 against ≤ 5) met
            assertTrue(text.contains("0 из 1 муниципалитетов с целью достигли её"), text);
            assertTrue(text.contains("1 из 1 муниципалитетов с целью достигли её"), text);
        }
    }

    @Test
    void badRequestsAndOtherMunicipalitiesAreRefused() {
        as("kaluga-editor")
                .get("/api/v1/reports/annual?municipality=tula&year=" + YEAR)
                .then()
                .statusCode(403);
        as("kaluga-editor")
                .get("/api/v1/reports/annual?municipality=rep-town&year=" + YEAR)
                .then()
                .statusCode(403);
        as("kaluga-editor")
                .get("/api/v1/reports/annual?region=tulskaya-oblast&year=" + YEAR)
                .then()
                .statusCode(403);
        as("kaluga-editor")
                .get("/api/v1/reports/annual?municipality=kaluga")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("year"));
        as("kaluga-editor")
                .get("/api/v1/reports/annual?municipality=kaluga&year=2003&format=docx")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("format"))
                .body("detail", containsString("pdf, xlsx, html"));
        as("kaluga-editor")
                .get("/api/v1/reports/annual?year=2003")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("municipality"));
        as("kaluga-editor")
                .get("/api/v1/reports/annual?municipality=nowhere&year=2003")
                .then()
                .statusCode(anyOf(is(403), is(404)));
        io.restassured.RestAssured.given()
                .get("/api/v1/reports/annual?municipality=kaluga&year=2003")
                .then()
                .statusCode(401);
    }
}
