package ru.orientir.imports;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.orientir.files.HostileFiles.HEADER;
import static ru.orientir.files.HostileFiles.row;
import static ru.orientir.imports.ImportApiTest.CSV;
import static ru.orientir.imports.ImportApiTest.XLSX;
import static ru.orientir.imports.ImportApiTest.upload;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.zip.ZipEntry;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.files.HostileFiles;
import ru.orientir.support.Fixtures;

/**
 * Hostile and broken uploads through the real stack: each is answered clearly (a rejected job naming the
 * row and column, or a 4xx problem+json), nothing bad reaches PostgreSQL and no job is left unfinished.
 */
@QuarkusTest
class HostileImportTest {

    static final String VALUES_HEADER = "municipality,indicator,year,value,comment\n";

    @Inject
    DataSource db;

    @Inject
    ImportJobs jobs;

    private static volatile boolean catalogue;

    @BeforeEach
    void setUp() {
        Fixtures.territory();
        if (!catalogue) {
            upload("admin", "indicators", "", CSV, "code,name_ru,unit\nhst-cnt,Число для проверок,count\n")
                    .statusCode(201)
                    .body("status", is("succeeded"));
            catalogue = true;
        }
    }

    private static ValidatableResponse rejected(ValidatableResponse r) {
        return r.statusCode(201).body("status", is("rejected")).body("rowsImported", is(0));
    }

    private static byte[] bytes(java.nio.file.Path f) throws IOException {
        byte[] b = Files.readAllBytes(f);
        Files.delete(f);
        return b;
    }

    // ---- invalid characters ----------------------------------------------------------

    @Test
    void nulInCsvCellIsARowErrorWithItsColumnAndTheReportIsStored() {
        String id = rejected(
                        upload("kaluga-editor", "values", "", CSV, VALUES_HEADER + "kaluga,hst-cnt,2021,1,ab\u0000c\n"))
                .body("errors[0].row", is(2))
                .body("errors[0].column", is("comment"))
                .body("errors[0].message", containsString("недопустимый символ U+0000"))
                .body("errors[0].value", is("ab\uFFFDc"))
                .extract()
                .path("id");
        as("kaluga-editor")
                .get("/api/v1/imports/" + id + "/errors")
                .then()
                .statusCode(200)
                .body(containsString("недопустимый символ"));
        assertEquals(
                0,
                count("select count(*) from measured_value v join indicator i on i.id = v.indicator_id "
                        + "where i.code = 'hst-cnt' and year = 2021"));
    }

    @Test
    void nulInCsvHeaderIsAFileError() {
        rejected(upload(
                        "kaluga-editor",
                        "values",
                        "",
                        CSV,
                        "municipality,indic\u0000ator,year,value\nkaluga,hst-cnt,2021,1\n"))
                .body("errors[0].row", is(1))
                .body("message", containsString("недопустимый символ"));
    }

    @Test
    void nulAndLoneSurrogateInJsonStringsAreRowErrors() {
        rejected(
                        upload(
                                "kaluga-editor",
                                "values",
                                "",
                                "application/json",
                                "[{\"municipality\": \"kaluga\", \"indicator\": \"hst-cnt\", \"year\": 2021, \"value\": 1, \"comment\": \"a\\u0000b\"},"
                                        + "{\"municipality\": \"kaluga\", \"indicator\": \"hst-cnt\", \"year\": 2022, \"value\": 1, \"source\": \"x\\ud800\"}]"))
                .body("rowsRejected", is(2))
                .body("errors.column", hasItems("comment", "source"))
                .body("errors[0].message", containsString("недопустимый символ"));
    }

    @Test
    void nulInXlsxCellIsARowError() throws IOException {
        byte[] x = bytes(
                HostileFiles.xlsx(w -> w.write(HEADER + row(2, "kaluga", "hst-cnt", "2021", "1", "a_x0000_b")), null));
        rejected(upload("kaluga-editor", "values", "", XLSX, x))
                .body("errors[0].column", is("comment"))
                .body("errors[0].message", containsString("недопустимый символ U+0000"));
    }

    @Test
    void utf16WithoutBomIsReadByItsNulPattern() {
        upload(
                        "kaluga-editor",
                        "values",
                        "dryRun=true",
                        CSV,
                        (VALUES_HEADER + "kaluga,hst-cnt,2021,1,\n").getBytes(StandardCharsets.UTF_16LE))
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("encoding", is("UTF-16LE"))
                .body("separator", is(","));
    }

    @Test
    void nulInFileNameOrKeyIs400AndLongFileNameIsCut() {
        as("kaluga-editor")
                .urlEncodingEnabled(false)
                .contentType(CSV)
                .body(VALUES_HEADER + "kaluga,hst-cnt,2021,1,\n")
                .post("/api/v1/imports?type=values&fileName=a%00b.csv")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("fileName"))
                .body("detail", containsString("недопустимый символ"));
        String longName = "a".repeat(700) + ".csv";
        upload(
                        "kaluga-editor",
                        "values",
                        "dryRun=true&fileName=" + longName,
                        CSV,
                        VALUES_HEADER + "kaluga,hst-cnt,2021,1,\n")
                .statusCode(201)
                .body("fileName.length()", is(500))
                .body("fileName", startsWith("aaa"));
    }

    // ---- limits ----------------------------------------------------------------------

    @Test
    void headerCellOver100CharactersIsAReportedError() {
        rejected(upload(
                        "kaluga-editor",
                        "values",
                        "",
                        CSV,
                        "municipality,indicator,year,value," + "x".repeat(150) + "\n" + "kaluga,hst-cnt,2021,1,\n"))
                .body("message", containsString("длиннее 100 символов"))
                .body("errors[0].row", is(1));
    }

    @Test
    void hugeCsvFieldIsReportedInRussian() {
        rejected(upload(
                        "kaluga-editor",
                        "values",
                        "",
                        CSV,
                        VALUES_HEADER + "kaluga,hst-cnt,2021,1,\"" + "x".repeat(40_000) + "\"\n"))
                .body("message", startsWith("Поле CSV длиннее 32 767 символов"));
    }

    @Test
    void xlsxCellInColumnAaaaaaIsRejected() throws IOException {
        byte[] x = bytes(HostileFiles.xlsx(
                w -> w.write(HEADER + "<row r=\"2\"><c r=\"AAAAAA2\" t=\"inlineStr\"><is><t>1</t></is></c></row>"),
                null));
        rejected(upload("kaluga-editor", "values", "", XLSX, x))
                .body("message", containsString("200 столбцов"))
                .body("errors[0].row", is(2));
    }

    @Test
    void xlsxHugeCellIsRejected() throws IOException {
        byte[] x = bytes(HostileFiles.xlsx(
                w -> w.write(HEADER + row(2, "kaluga", "hst-cnt", "2021", "1", "я".repeat(40_000))), null));
        rejected(upload("kaluga-editor", "values", "", XLSX, x))
                .body("message", containsString("длиннее 32 767 символов"))
                .body("errors[0].column", is("E"));
    }

    @Test
    void xlsxZipBombIsRejectedAtTheUnpackedLimit() throws IOException {
        byte[] x = bytes(HostileFiles.xlsx(
                w -> {
                    w.write(HEADER);
                    char[] spaces = new char[1 << 16];
                    java.util.Arrays.fill(spaces, ' ');
                    for (int i = 0; i < 400; i++) { // 26 MB unpacked, the test limit is 20 MB
                        w.write(spaces);
                    }
                },
                null));
        assertTrue(x.length < 65536, "small enough to be checked during the request: " + x.length);
        rejected(upload("admin", "values", "", XLSX, x)).body("message", containsString("распаковывается больше"));
    }

    @Test
    void xlsxWithTooManySharedStringsIsRejected() throws IOException {
        byte[] x = bytes(HostileFiles.xlsx(w -> w.write(HEADER), w -> {
            for (int i = 0; i < 50_001; i++) {
                w.write("<si><t>" + i + "</t></si>");
            }
        }));
        ValidatableResponse r = upload("admin", "values", "", XLSX, x);
        String id = r.extract().path("id");
        awaitFinished(id).body("status", is("rejected")).body("message", containsString("больше 50 000 значений"));
    }

    @Test
    void deepJsonIsAFileErrorNotADatabaseFailure() {
        rejected(upload(
                        "kaluga-editor",
                        "values",
                        "",
                        "application/json",
                        "[{\"comment\": " + "[".repeat(3000) + "]".repeat(3000) + "}]"))
                .body("message", containsString("вложенность глубже"));
    }

    private ValidatableResponse awaitFinished(String id) {
        for (int i = 0; i < 200; i++) {
            String status =
                    as("admin").get("/api/v1/imports/" + id).then().extract().path("status");
            if (!"queued".equals(status) && !"running".equals(status)) {
                break;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return as("admin").get("/api/v1/imports/" + id).then().statusCode(200);
    }

    // ---- jobs always finish ----------------------------------------------------------

    @Test
    void jobWhoseReportCannotBeStoredEndsFailedWithAMessage() throws SQLException {
        exec("CREATE OR REPLACE FUNCTION hst_refuse() RETURNS trigger AS $$ BEGIN "
                + "IF NEW.value = 'refuse-report' THEN RAISE EXCEPTION 'report refused by test'; END IF; RETURN NEW; END $$ "
                + "LANGUAGE plpgsql");
        exec("CREATE TRIGGER hst_refuse BEFORE INSERT ON import_error FOR EACH ROW EXECUTE FUNCTION hst_refuse()");
        try {
            upload(
                            "kaluga-editor",
                            "values",
                            "",
                            CSV,
                            "municipality,indicator,year,value\nkaluga,hst-cnt,refuse-report,1\n")
                    .statusCode(201)
                    .body("status", is("failed"))
                    .body("message", containsString("отчёт о проверке не удалось сохранить"))
                    .body("finishedAt", notNullValue());
        } finally {
            exec("DROP TRIGGER hst_refuse ON import_error");
        }
    }

    @Test
    void jobWithoutHeartbeatIsFailedByAnyReplicaIncludingItsOwn() throws SQLException {
        UUID other = UUID.randomUUID();
        UUID own = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        insertJob(other, "another-replica", "now() - interval '1 hour'");
        insertJob(own, ImportJobs.REPLICA, "now() - interval '1 hour'");
        insertJob(fresh, "another-replica", "now()");
        assertTrue(jobs.sweep() >= 2);
        assertEquals("failed", status(other));
        assertEquals("failed", status(own), "a job this replica lost (not running here) is failed too");
        assertEquals("running", status(fresh), "a job still beating is left alone");
        exec("UPDATE import_job SET status = 'failed' WHERE id = '" + fresh + "'");
    }

    private void insertJob(UUID id, String replica, String heartbeat) throws SQLException {
        exec("INSERT INTO import_job (id, type, status, mode, actor, channel, replica, heartbeat_at) VALUES ('" + id
                + "', 'values', 'running', 'atomic', 'hst-test', 'import', '" + replica + "', " + heartbeat + ")");
    }

    private String status(UUID id) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select status from import_job where id = '" + id + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    // ---- content types and multipart -------------------------------------------------

    @Test
    void missingUnparsableOrUnknownContentTypeIs415ListingTheAcceptedTypes() {
        for (String type : new String[] {"", "foo", "text/html", "application/xml"}) {
            io.restassured.specification.RequestSpecification r =
                    as("kaluga-editor").body("x".getBytes());
            r = type.isEmpty() ? r.header("Content-Type", "") : r.header("Content-Type", type);
            r.post("/api/v1/imports?type=values")
                    .then()
                    .statusCode(415)
                    .contentType("application/problem+json")
                    .body("detail", containsString("text/csv"))
                    .body("detail", containsString("multipart/form-data"))
                    .body("errors[0].field", is("Content-Type"));
        }
    }

    @Test
    void multipartWithWrongBoundaryOrTruncatedPartIs400() {
        String body = "--real\r\nContent-Disposition: form-data; name=\"file\"; filename=\"v.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + VALUES_HEADER + "kaluga,hst-cnt,2021,1,\r\n--real--\r\n";
        as("kaluga-editor")
                .header("Content-Type", "multipart/form-data; boundary=other")
                .body(body.getBytes())
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as("kaluga-editor")
                .header("Content-Type", "multipart/form-data; boundary=real")
                .body(body.substring(0, body.length() / 2).getBytes())
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        // no boundary at all: the media type itself is incomplete, answered like any unusable Content-Type
        as("kaluga-editor")
                .header("Content-Type", "multipart/form-data")
                .body(body.getBytes())
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    // ---- formula injection -----------------------------------------------------------

    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";

    @Test
    void csvExportNeutralisesFormulasAndReimportRestoresThem() {
        upload(
                        "admin",
                        "values",
                        "",
                        CSV,
                        "municipality,indicator,year,value,comment,source\n"
                                + "kaluga,hst-cnt,2030,5,\"" + FORMULA.replace("\"", "\"\"") + "\",@SUM(A1)\n"
                                + "kaluga,hst-cnt,2032,5,-5,+7\n")
                .statusCode(201)
                .body("status", is("succeeded"));
        String csv = as("admin")
                .get("/api/v1/values/export?indicator=hst-cnt&yearFrom=2030&yearTo=2032")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(csv.contains(",-5,+7"), "plain numbers stay as they are: " + csv);
        assertTrue(csv.contains("\"'=HYPERLINK(") && csv.contains(",'@SUM(A1)"), csv);
        assertFalse(csv.contains(",=HYPERLINK") || csv.contains(",\"=HYPERLINK"), csv);
        upload("admin", "values", "", CSV, csv).statusCode(201).body("status", is("succeeded"));
        assertEquals(
                FORMULA,
                text("select v.comment from measured_value v join indicator i on i.id = v.indicator_id "
                        + "where i.code = 'hst-cnt' and year = 2030"));
        assertEquals(
                "@SUM(A1)",
                text("select v.source from measured_value v join indicator i on i.id = v.indicator_id "
                        + "where i.code = 'hst-cnt' and year = 2030"));
        assertEquals(
                csv,
                as("admin")
                        .get("/api/v1/values/export?indicator=hst-cnt&yearFrom=2030&yearTo=2032")
                        .then()
                        .extract()
                        .asString());
    }

    @Test
    void xlsxExportKeepsFormulaTextAsText() throws IOException {
        upload("admin", "values", "", CSV, "municipality,indicator,year,value,comment\n" + "tula,hst-cnt,2031,1,=1+2\n")
                .statusCode(201)
                .body("status", is("succeeded"));
        byte[] xlsx = as("admin")
                .get("/api/v1/values/export?format=xlsx&indicator=hst-cnt&year=2031")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        String sheet = null;
        java.nio.file.Path f = Files.createTempFile("export-", ".xlsx");
        Files.write(f, xlsx);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(f.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/worksheets/")) {
                    sheet = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } finally {
            Files.delete(f);
        }
        assertFalse(sheet.contains("<f>"), "no formula cell: " + sheet);
        upload("admin", "values", "", XLSX, xlsx).statusCode(201).body("status", is("succeeded"));
        assertEquals(
                "=1+2",
                text("select v.comment from measured_value v join indicator i on i.id = v.indicator_id "
                        + "where i.code = 'hst-cnt' and year = 2031"));
    }

    @Test
    void errorsCsvNeutralisesFormulas() {
        String id = rejected(upload(
                        "kaluga-editor",
                        "values",
                        "",
                        CSV,
                        "municipality,indicator,year,value\n" + "kaluga,hst-cnt,2021,=cmd|' /C calc'!A0\n"))
                .extract()
                .path("id");
        String errors = as("kaluga-editor")
                .get("/api/v1/imports/" + id + "/errors")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(errors.contains("'=cmd|"), errors);
        assertFalse(errors.contains(",=cmd") || errors.contains(",\"=cmd"), errors);
    }

    // ---- Idempotency-Key -------------------------------------------------------------

    @Test
    void sameIdempotencyKeyWithAnotherFileOrParametersIs422AndWritesNothing() {
        String key = "hst-" + UUID.randomUUID();
        String first = as("kaluga-editor")
                .header("Idempotency-Key", key)
                .contentType(CSV)
                .body(VALUES_HEADER + "kaluga,hst-cnt,2040,1,\n")
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("kaluga-editor")
                .header("Idempotency-Key", key)
                .contentType(CSV)
                .body(VALUES_HEADER + "kaluga,hst-cnt,2040,1,\n")
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(200)
                .body("id", is(first));
        as("kaluga-editor")
                .header("Idempotency-Key", key)
                .contentType(CSV)
                .body(VALUES_HEADER + "kaluga,hst-cnt,2041,7,\n")
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("ключ уже использован для другого файла"))
                .body("errors[0].field", is("Idempotency-Key"));
        as("kaluga-editor")
                .header("Idempotency-Key", key)
                .contentType(CSV)
                .body(VALUES_HEADER + "kaluga,hst-cnt,2040,1,\n")
                .post("/api/v1/imports?type=values&mode=partial")
                .then()
                .statusCode(422);
        assertEquals(
                0,
                count("select count(*) from measured_value v join indicator i on i.id = v.indicator_id "
                        + "where i.code = 'hst-cnt' and year = 2041"));
        assertEquals(1, count("select count(*) from import_job where idempotency_key = '" + key + "'"));
    }

    // ---- helpers ---------------------------------------------------------------------

    private void exec(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long count(String sql) {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String sql) {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
