package ru.orientir.imports;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Fixtures;

/** Uploads through the real API (real PostgreSQL, real Keycloak tokens), checked against the database. */
@QuarkusTest
class ImportApiTest {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    DataSource db;

    private static volatile boolean catalogue;

    @BeforeEach
    void setUp() {
        Fixtures.territory();
        if (!catalogue) {
            upload(
                            "admin",
                            "indicators",
                            "",
                            CSV,
                            """
                    code,name_ru,unit,area,polarity,decimals,scale_min,scale_max
                    imp-pct,Доля выпускников,percent,Результаты обучения,higher,1,,
                    imp-cnt,Число школ,count,Сеть,higher,0,,
                    imp-score,Средний балл,score,Результаты обучения,higher,1,0,100
                    imp-fail,Показатель для сбоя БД,score,Сеть,higher,1,,
                    """)
                    .statusCode(201)
                    .body("status", is("succeeded"));
            catalogue = true;
        }
    }

    static ValidatableResponse upload(String user, String type, String query, String contentType, String body) {
        return upload(user, type, query, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static ValidatableResponse upload(String user, String type, String query, String contentType, byte[] body) {
        return as(user).contentType(contentType)
                .body(body)
                .post("/api/v1/imports?type=" + type + (query.isEmpty() ? "" : "&" + query))
                .then();
    }

    @Test
    void csvWithBomSemicolonsDecimalCommaAndQuotedFields() {
        String csv = "\uFEFFMunicipality;Indicator;Year;Value;Comment\n"
                + "kaluga;imp-pct;2021;12,5;\"по данным РЦОИ; уточнено \"\"в марте\"\"\"\n"
                + "kaluga;imp-cnt;2021;\"1 200\";\n";
        upload("kaluga-editor", "values", "", CSV, csv)
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsTotal", is(2))
                .body("rowsImported", is(2))
                .body("rowsRejected", is(0))
                .body("type", is("values"))
                .body("mode", is("atomic"));
        assertEquals("12.5", value("kaluga", "imp-pct", 2021));
        assertEquals("1200", value("kaluga", "imp-cnt", 2021));
        assertEquals(
                "по данным РЦОИ; уточнено \"в марте\"",
                scalar(
                        "select comment from measured_value v join indicator i on i.id = v.indicator_id where i.code = 'imp-pct' and year = 2021"));
    }

    @Test
    void csvWithCommasAndJsonArray() {
        upload(
                        "kaluga-editor",
                        "values",
                        "",
                        CSV,
                        "municipality,indicator,year,value,organization\n" + "kaluga,imp-pct,2022,40.5,school-1\n")
                .statusCode(201)
                .body("status", is("succeeded"));
        assertEquals(
                "40.5",
                scalar(
                        "select trim_scale(value)::text from measured_value v join indicator i on i.id = v.indicator_id "
                                + "join organization o on o.id = v.organization_id where i.code = 'imp-pct' and year = 2022 and o.code = 'school-1'"));
        upload(
                        "admin",
                        "targets",
                        "",
                        "application/json",
                        """
                [{"municipality": "kaluga", "indicator": "imp-pct", "year": 2022, "value": 40, "comparator": "between", "valueTo": 50.5},
                 {"municipality": "kaluga", "indicator": "imp-pct", "year": 2022, "value": 35, "kind": "baseline"}]
                """)
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsImported", is(2));
        assertEquals(
                "between 40 50.5",
                scalar(
                        "select comparator || ' ' || trim_scale(value) || ' ' || trim_scale(value_to) "
                                + "from target t join indicator i on i.id = t.indicator_id where i.code = 'imp-pct' and year = 2022 and kind = 'target'"));
    }

    @Test
    void xlsxFirstSheet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Значения");
        String[] header = {"municipality", "indicator", "year", "value", "qualifier"};
        for (int c = 0; c < header.length; c++) {
            ws.value(0, c, header[c]);
        }
        ws.value(1, 0, "kemerovo");
        ws.value(1, 1, "imp-score");
        ws.value(1, 2, 2023);
        ws.value(1, 3, 71.3);
        ws.value(1, 4, "approx");
        wb.finish();
        upload("admin", "values", "", XLSX, out.toByteArray())
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("format", is("xlsx"));
        assertEquals("71.3", value("kemerovo", "imp-score", 2023));
    }

    @Test
    void dryRunChecksEverythingAndWritesNothing() {
        upload("admin", "values", "dryRun=true", CSV, "municipality,indicator,year,value\nderbent,imp-score,2019,55\n")
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("dryRun", is(true))
                .body("rowsImported", is(0))
                .body("message", containsString("ничего не записано"));
        assertEquals(null, value("derbent", "imp-score", 2019));
    }

    @Test
    void atomicFileWithBadRowsWritesNothingAndReportsEveryBadRow() {
        String csv =
                """
                municipality,indicator,year,value
                derbent,imp-score,2018,10
                derbent,imp-score,2017,около 25000
                derbent,imp-pct,2018,120
                nowhere,imp-score,2018,1
                derbent,imp-nope,1980,1
                """;
        upload("admin", "values", "", CSV, csv)
                .statusCode(201)
                .body("status", is("rejected"))
                .body("rowsTotal", is(5))
                .body("rowsImported", is(0))
                .body("rowsRejected", is(4))
                .body("errors.row", hasItems(3, 4, 5, 6))
                .body("errors.find { it.row == 3 }.column", is("value"))
                .body("errors.find { it.row == 3 }.message", is("строка 3, столбец value: «около 25000» — не число"))
                .body("errors.find { it.row == 4 }.message", containsString("Процент 120 вне диапазона 0–100"))
                .body("errors.find { it.row == 5 }.column", is("municipality"))
                .body("errors.findAll { it.row == 6 }.column", hasItems("indicator", "year"));
        assertEquals(null, value("derbent", "imp-score", 2018));
    }

    @Test
    void partialModeWritesTheGoodRowsAndReportsTheBad() {
        String csv =
                """
                municipality,indicator,year,value
                derbent,imp-cnt,2016,7
                derbent,imp-cnt,2015,7.5
                """;
        upload("admin", "values", "mode=partial", CSV, csv)
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsImported", is(1))
                .body("rowsRejected", is(1))
                .body("errors[0].row", is(3))
                .body("errors[0].column", is("value"));
        assertEquals("7", value("derbent", "imp-cnt", 2016));
        assertEquals(null, value("derbent", "imp-cnt", 2015));
    }

    @Test
    void kalugaEditorFileWithATulaRowIsRejected() {
        String csv =
                """
                municipality,indicator,year,value
                kaluga,imp-cnt,2014,3
                tula,imp-cnt,2014,4
                """;
        upload("kaluga-editor", "values", "", CSV, csv)
                .statusCode(201)
                .body("status", is("rejected"))
                .body("errors[0].row", is(3))
                .body("errors[0].column", is("municipality"));
        assertEquals(null, value("kaluga", "imp-cnt", 2014));
        assertEquals(null, value("tula", "imp-cnt", 2014));
        upload("kaluga-viewer", "values", "", CSV, csv).statusCode(403);
    }

    @Test
    void duplicateKeysInOneFileReportBothLines() {
        String csv =
                """
                municipality,indicator,year,value
                tula,imp-cnt,2013,3
                tula,imp-cnt,2013,4
                """;
        upload("admin", "values", "", CSV, csv)
                .statusCode(201)
                .body("status", is("rejected"))
                .body("errors.row", containsInAnyOrder(2, 3))
                .body("errors[0].message", containsString("повторяется"));
        assertEquals(null, value("tula", "imp-cnt", 2013));
    }

    @Test
    void replayedIdempotencyKeyReturnsTheFirstJobAndWritesNothingAgain() {
        String key = "imp-" + UUID.randomUUID();
        String id = as("admin")
                .header("Idempotency-Key", key)
                .contentType(CSV)
                .body("municipality,indicator,year,value\ntula,imp-score,2012,5\n")
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        exec(
                "update measured_value set value = 6 where year = 2012 and indicator_id = (select id from indicator where code = 'imp-score')");
        as("admin")
                .header("Idempotency-Key", key)
                .contentType(CSV)
                .body("municipality,indicator,year,value\ntula,imp-score,2012,5\n")
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(200)
                .body("id", is(id));
        assertEquals("6", value("tula", "imp-score", 2012));
    }

    @Test
    void databaseFailureInTheMiddleOfAnAtomicImportLeavesEverythingAsBefore() {
        upload("admin", "values", "", CSV, "municipality,indicator,year,value\nkemerovo,imp-fail,2011,1\n")
                .statusCode(201)
                .body("status", is("succeeded"));
        long auditBefore = count("select count(*) from audit_event where indicator_code = 'imp-fail'");
        exec(
                """
                create or replace function imp_fail() returns trigger language plpgsql as $$
                begin
                  if new.value = 666 then raise exception 'сбой на строке со значением 666'; end if;
                  return new;
                end $$""");
        exec(
                "create trigger imp_fail before insert or update on measured_value for each row execute function imp_fail()");
        try {
            StringBuilder csv = new StringBuilder("municipality,indicator,year,value\nkemerovo,imp-fail,2011,2\n");
            for (int y = 1990; y < 2011; y++) {
                csv.append("kemerovo,imp-fail,")
                        .append(y)
                        .append(',')
                        .append(y == 2010 ? 666 : y)
                        .append('\n');
            }
            upload("admin", "values", "", CSV, csv.toString())
                    .statusCode(201)
                    .body("status", is("failed"))
                    .body("rowsImported", is(0))
                    .body("message", containsString("ничего не записано"));
        } finally {
            exec("drop trigger imp_fail on measured_value");
        }
        assertEquals("1", value("kemerovo", "imp-fail", 2011));
        assertEquals(
                1,
                count(
                        "select count(*) from measured_value where indicator_id = (select id from indicator where code = 'imp-fail')"));
        assertEquals(auditBefore, count("select count(*) from audit_event where indicator_code = 'imp-fail'"));
    }

    @Test
    void auditEventsOfAnImportPointToTheJobWithOldAndNewValues() {
        upload("admin", "values", "", CSV, "municipality,indicator,year,value\ntula,imp-pct,2010,10\n")
                .statusCode(201);
        String id = upload(
                        Tokens_SERVICE(),
                        "values",
                        "",
                        CSV,
                        "municipality,indicator,year,value\ntula,imp-pct,2010,11\n")
                .statusCode(201)
                .extract()
                .path("id");
        assertEquals(
                "import|update|10|11|service-account-ministry-integration",
                scalar("select channel || '|' || action || '|' || "
                        + "(old_value->>'value') || '|' || (new_value->>'value') || '|' || actor from audit_event where import_job_id = '"
                        + id + "'"));
        assertEquals(
                id,
                scalar("select import_job_id::text from measured_value where year = 2010 and indicator_id = "
                        + "(select id from indicator where code = 'imp-pct')"));
    }

    @Test
    void newRowsOfAnImportAreAuditedOncePerMunicipalityAndIndicatorWithTheJob() {
        String id = upload(
                        "admin",
                        "values",
                        "",
                        CSV,
                        "municipality,indicator,year,value\n"
                                + "tula,imp-cnt,2001,1\ntula,imp-cnt,2002,2\ntula,imp-cnt,2003,3\ntula,imp-pct,2001,4\n")
                .statusCode(201)
                .body("rowsImported", is(4))
                .extract()
                .path("id");
        assertEquals(
                "import|create|value|tula/imp-cnt|3|2001|2003|admin",
                scalar("select channel || '|' || action || '|' || "
                        + "entity_type || '|' || municipality_code || '/' || indicator_code || '|' || (new_value->>'rows') || '|' || "
                        + "(new_value->>'yearFrom') || '|' || (new_value->>'yearTo') || '|' || actor from audit_event "
                        + "where import_job_id = '" + id + "' and indicator_code = 'imp-cnt'"));
        assertEquals(2, count("select count(*) from audit_event where import_job_id = '" + id + "'"));
        assertEquals(
                3,
                count("select count(*) from measured_value where import_job_id = '" + id + "' and indicator_id = "
                        + "(select id from indicator where code = 'imp-cnt')"));
    }

    private static String Tokens_SERVICE() {
        return ru.orientir.support.Tokens.SERVICE;
    }

    @Test
    void unchangedRowsAreNotRewritten() {
        String csv = "municipality,indicator,year,value\ntula,imp-cnt,2009,9\n";
        upload("admin", "values", "", CSV, csv).statusCode(201);
        String id = upload("admin", "values", "", CSV, csv)
                .statusCode(201)
                .extract()
                .path("id");
        assertEquals(0, count("select count(*) from audit_event where import_job_id = '" + id + "'"));
        assertEquals(
                "0",
                scalar("select version::text from measured_value where year = 2009 and indicator_id = "
                        + "(select id from indicator where code = 'imp-cnt')"));
    }

    @Test
    void badFilesAreClearProblemsOrRejectedJobs() {
        upload("admin", "values", "", CSV, "").statusCode(400).contentType("application/problem+json");
        upload("admin", "values", "", CSV, "\n\n").statusCode(201).body("status", is("rejected"));
        upload("admin", "values", "", CSV, "municipality,indicator,year\nkaluga,imp-cnt,2020\n")
                .statusCode(201)
                .body("status", is("rejected"))
                .body("message", containsString("«value»"));
        upload("admin", "values", "", CSV, "municipality,indicator,year,value,colour\n")
                .statusCode(201)
                .body("status", is("rejected"))
                .body("message", containsString("«colour»"));
        upload("admin", "values", "", CSV, "municipality,indicator,year,value\n")
                .statusCode(201)
                .body("status", is("rejected"))
                .body("message", containsString("нет ни одной строки"));
        upload("admin", "values", "", CSV, "municipality,indicator,year,value\nkaluga,imp-cnt,2020\n")
                .statusCode(201)
                .body("status", is("rejected"))
                .body("errors[0].message", containsString("3 значения, а в заголовке 4"));
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        upload("admin", "values", "", "application/octet-stream", garbage)
                .statusCode(201)
                .body("status", is("rejected"));
        upload("admin", "values", "", XLSX, Arrays.copyOf(xlsxBytes(), 300))
                .statusCode(201)
                .body("status", is("rejected"))
                .body("message", containsString("XLSX"));
        upload("admin", "values", "", "application/json", "[{\"municipality\": \"kaluga\",")
                .statusCode(201)
                .body("status", is("rejected"))
                .body("message", containsString("JSON"));
        upload("admin", "gadgets", "", CSV, "a\n1\n").statusCode(400).body("errors[0].field", is("type"));
        upload("admin", "values", "mode=sometimes", CSV, "a\n1\n")
                .statusCode(400)
                .body("errors[0].field", is("mode"));
        as("anonymous")
                .contentType(CSV)
                .body("a")
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(401);
    }

    @Test
    void fileOverTheLimitIs413() {
        byte[] big = new byte[3_100_000];
        Arrays.fill(big, (byte) 'a');
        upload("admin", "values", "", CSV, big).statusCode(413).contentType("application/problem+json");
    }

    @Test
    void largeFileRunsInTheBackgroundAndShowsProgress() throws InterruptedException {
        StringBuilder csv = new StringBuilder("municipality;indicator;year;value;category\n");
        for (int i = 0; i < 4000; i++) {
            csv.append("kemerovo;imp-cnt;2008;")
                    .append(i)
                    .append(";cat-")
                    .append(i)
                    .append('\n');
        }
        String id = upload("admin", "values", "", CSV, csv.toString())
                .statusCode(202)
                .body("status", oneOf("queued", "running", "succeeded"))
                .extract()
                .path("id");
        String status = "queued";
        for (int i = 0; i < 200 && List.of("queued", "running").contains(status); i++) {
            Thread.sleep(100);
            status = as("admin")
                    .get("/api/v1/imports/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("status");
        }
        as("admin")
                .get("/api/v1/imports/" + id)
                .then()
                .body("status", is("succeeded"))
                .body("rowsProcessed", is(4000))
                .body("rowsImported", is(4000));
        as("admin").get("/api/v1/imports?type=values").then().statusCode(200).body("items.id", hasItem(id));
        as("kaluga-editor").get("/api/v1/imports/" + id).then().statusCode(404);
    }

    @Test
    void errorsAreDownloadableAsCsv() {
        String id = upload("admin", "values", "", CSV, "municipality,indicator,year,value\nkaluga,imp-cnt,2020,много\n")
                .statusCode(201)
                .extract()
                .path("id");
        String body = as("admin")
                .get("/api/v1/imports/" + id + "/errors")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertTrue(body.contains("row,column,value,message"), body);
        assertTrue(body.contains("2,value,много,"), body);
    }

    @Test
    void multipartUpload() {
        as("admin")
                .contentType("multipart/form-data")
                .multiPart(
                        "file",
                        "regions.csv",
                        "code,name\nimp-region,Тестовый регион\n".getBytes(StandardCharsets.UTF_8),
                        CSV)
                .post("/api/v1/imports?type=regions")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("fileName", is("regions.csv"));
        as("kaluga-editor")
                .contentType(CSV)
                .body("code,name\nx,y\n")
                .post("/api/v1/imports?type=regions")
                .then()
                .statusCode(403);
    }

    @Test
    void catalogueDryRunAndRejectedFileWriteNothingAndSayWhy() {
        as("admin")
                .contentType(CSV)
                .body("code,name\nimp-dry-region,Пробный регион\n")
                .post("/api/v1/imports?type=regions&dryRun=true")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("dryRun", is(true));
        as("admin").get("/api/v1/regions/imp-dry-region").then().statusCode(404);
        as("admin")
                .contentType(CSV)
                .body("code,name\nimp-bad-region-1,Регион\nimp bad region,Регион с пробелом в коде\n")
                .post("/api/v1/imports?type=regions")
                .then()
                .statusCode(201)
                .body("status", is("rejected"))
                .body("rowsRejected", is(1))
                .body("errors[0].row", is(3));
        as("admin").get("/api/v1/regions/imp-bad-region-1").then().statusCode(404);
    }

    // ---- helpers -------------------------------------------------------------------

    private static byte[] xlsxBytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("s");
            for (int r = 0; r < 50; r++) {
                for (int c = 0; c < 4; c++) {
                    ws.value(r, c, "cell " + r + "/" + c);
                }
            }
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String value(String municipality, String indicator, int year) {
        return scalar(
                "select trim_scale(v.value)::text from measured_value v join municipality m on m.id = v.municipality_id "
                        + "join indicator i on i.id = v.indicator_id where m.code = '" + municipality
                        + "' and i.code = '" + indicator
                        + "' and v.year = " + year
                        + " and v.organization_id is null and v.period = '' and v.category = ''");
    }

    String scalar(String sql) {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String sql) {
        return new BigDecimal(scalar(sql)).longValue();
    }

    void exec(String sql) {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
