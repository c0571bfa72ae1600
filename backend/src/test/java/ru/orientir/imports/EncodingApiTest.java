package ru.orientir.imports;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.orientir.imports.ImportApiTest.CSV;
import static ru.orientir.imports.ImportApiTest.upload;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Fixtures;

/**
 * The same rows uploaded as Russian offices save them (UTF-8 with and without BOM, Windows-1251 with «;» and a
 * decimal comma, UTF-16 tab-separated, English and Russian headers) store the same values; exports in both CSV
 * dialects re-import unchanged.
 */
@QuarkusTest
class EncodingApiTest {

    static final Charset CP1251 = Charset.forName("windows-1251");

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
                            "code,name_ru,unit\nenc-pct,Доля для кодировок,percent\nenc-cnt,Число для кодировок,count\n")
                    .statusCode(201)
                    .body("status", is("succeeded"));
            catalogue = true;
        }
        exec("DELETE FROM measured_value WHERE indicator_id IN (SELECT id FROM indicator WHERE code LIKE 'enc-%')");
        exec("DELETE FROM target WHERE indicator_id IN (SELECT id FROM indicator WHERE code LIKE 'enc-%')");
    }

    private static final String ENGLISH = "municipality,indicator,year,value,organization,qualifier,comment,source\n"
            + "kaluga,enc-pct,2021,12.5,,approx,\"Ёлки «в лесу» — №1, уточнено\",РЦОИ\n"
            + "kaluga,enc-pct,2022,0.75,school-1,,,\n"
            + "kaluga,enc-cnt,2021,1200,,,,\n";

    private static final String RUSSIAN =
            "Муниципалитет;Код показателя;Год;Значение;Школа;Квалификатор;Комментарий;ИСТОЧНИК\n"
                    + "kaluga;enc-pct;2021;12,5;;approx;Ёлки «в лесу» — №1, уточнено;РЦОИ\n"
                    + "kaluga;enc-pct;2022;0,75;school-1;;;\n"
                    + "kaluga;enc-cnt;2021;1 200;;;;\n";

    /** The stored rows as computed by hand from the files above (no qualifier is stored as «exact»). */
    private static final List<String> STORED = List.of(
            "kaluga|enc-cnt|2021|1200||exact||",
            "kaluga|enc-pct|2021|12.5||approx|Ёлки «в лесу» — №1, уточнено|РЦОИ",
            "kaluga|enc-pct|2022|0.75|school-1|exact||");

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private void uploadAndCompare(byte[] file, String encoding, String separator) {
        setUp();
        upload("admin", "values", "", CSV, file)
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsImported", is(3))
                .body("encoding", is(encoding))
                .body("separator", is(separator));
        assertEquals(STORED, values(), encoding + " " + separator);
    }

    @Test
    void theSameRowsInEveryEncodingStoreTheSameValues() {
        uploadAndCompare(ENGLISH.getBytes(StandardCharsets.UTF_8), "UTF-8", ",");
        uploadAndCompare(RUSSIAN.getBytes(StandardCharsets.UTF_8), "UTF-8", ";");
        uploadAndCompare(concat(UTF8_BOM, ENGLISH.getBytes(StandardCharsets.UTF_8)), "UTF-8 (BOM)", ",");
        uploadAndCompare(concat(UTF8_BOM, RUSSIAN.getBytes(StandardCharsets.UTF_8)), "UTF-8 (BOM)", ";");
        // «CSV (разделители — запятые)» of Russian Excel: Windows-1251, «;», decimal comma
        uploadAndCompare(RUSSIAN.getBytes(CP1251), "Windows-1251", ";");
        uploadAndCompare(ENGLISH.getBytes(CP1251), "Windows-1251", ",");
        // «Текст Юникод»: UTF-16LE with BOM, tab-separated (the comment has «,» but no tab: no quotes needed)
        String tabs = RUSSIAN.replace(';', '\t');
        uploadAndCompare(
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, tabs.getBytes(StandardCharsets.UTF_16LE)),
                "UTF-16LE (BOM)",
                "tab");
        uploadAndCompare(tabs.getBytes(StandardCharsets.UTF_16BE), "UTF-16BE", "tab");
        uploadAndCompare(
                concat(
                        new byte[] {(byte) 0xFE, (byte) 0xFF},
                        ENGLISH.replace("\"Ёлки «в лесу» — №1, уточнено\"", "@")
                                .replace(',', '\t')
                                .replace("@", "Ёлки «в лесу» — №1, уточнено")
                                .getBytes(StandardCharsets.UTF_16BE)),
                "UTF-16BE (BOM)",
                "tab");
    }

    @Test
    void aFileInNoKnownEncodingIsRejectedNamingTheProblem() {
        byte[] latin1 = "municipality;indicator;year;value;comment\nkaluga;enc-pct;2021;1;Müller Straße café\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        upload("admin", "values", "", CSV, latin1)
                .statusCode(201)
                .body("status", is("rejected"))
                .body("message", containsString("Кодировка файла не распознана"))
                .body("message", containsString("Windows-1251"))
                .body("message", containsString("латинские буквы вперемешку"));
        byte[] random = new byte[2000];
        new Random(1251).nextBytes(random);
        random[0] = 'x'; // not a zip signature
        upload("admin", "values", "", CSV, random)
                .statusCode(201)
                .body("status", is("rejected"))
                .body("message", anyOf(containsString("не является текстом"), containsString("не распознана")));
        assertEquals(List.of(), values());
    }

    private ExtractableResponse<Response> export(String path) {
        return as("admin").get(path).then().statusCode(200).extract();
    }

    @Test
    void excelRuExportIsWindows1251WithRussianHeadersAndReimportsUnchanged() {
        upload("admin", "values", "", CSV, ENGLISH).statusCode(201).body("status", is("succeeded"));
        ExtractableResponse<Response> r =
                export("/api/v1/values/export?municipality=kaluga&indicator=enc-pct&dialect=excel-ru");
        assertEquals(
                "text/csv;charset=windows-1251",
                r.contentType().replace(" ", "").toLowerCase());
        assertEquals(
                "attachment; filename=\"orientir-znacheniya-kaluga.csv\"; filename*=UTF-8''"
                        + "%D0%BE%D1%80%D0%B8%D0%B5%D0%BD%D1%82%D0%B8%D1%80-"
                        + "%D0%B7%D0%BD%D0%B0%D1%87%D0%B5%D0%BD%D0%B8%D1%8F-kaluga.csv",
                r.header("Content-Disposition"));
        byte[] file = r.asByteArray();
        String text = new String(file, CP1251);
        assertEquals(
                "муниципалитет;код показателя;год;подпись года;значение;код организации;период;категория;"
                        + "подпись категории;квалификатор;числитель;знаменатель;комментарий;источник",
                text.lines().findFirst().orElseThrow());
        assertTrue(text.contains("kaluga;enc-pct;2021;2021;12,5;;;;;approx;;;Ёлки «в лесу» — №1, уточнено;РЦОИ"), text);
        assertTrue(text.contains("kaluga;enc-pct;2022;2022;0,75;school-1;;;;exact;;;;"), text);
        List<String> before = values();
        setUp();
        upload("admin", "values", "", CSV, file)
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsImported", is(2))
                .body("encoding", is("Windows-1251"))
                .body("separator", is(";"));
        assertEquals(before.subList(1, 3), values());
        // exported again, the same bytes
        assertArrayEquals(
                file,
                export("/api/v1/values/export?municipality=kaluga&indicator=enc-pct&dialect=excel-ru")
                        .asByteArray());
    }

    @Test
    void excelRuExportIsUtf8WithBomWhenACharacterHasNoPlaceInWindows1251() {
        upload(
                        "admin",
                        "values",
                        "",
                        CSV,
                        "municipality,indicator,year,value,comment\nkaluga,enc-cnt,2021,7,Müller ✓ 42\n")
                .statusCode(201)
                .body("status", is("succeeded"));
        ExtractableResponse<Response> r = export("/api/v1/values/export?indicator=enc-cnt&year=2021&dialect=excel-ru");
        assertEquals("text/csv;charset=utf-8", r.contentType().replace(" ", "").toLowerCase());
        byte[] file = r.asByteArray();
        assertEquals(0xEF, file[0] & 0xFF);
        assertTrue(new String(file, StandardCharsets.UTF_8).contains(";Müller ✓ 42;"));
        setUp();
        upload("admin", "values", "", CSV, file)
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("encoding", is("UTF-8 (BOM)"));
        assertEquals(List.of("kaluga|enc-cnt|2021|7||exact|Müller ✓ 42|"), values());
    }

    @Test
    void contractCsvExportReimportsUnchanged() {
        upload("admin", "values", "", CSV, RUSSIAN.getBytes(CP1251)).statusCode(201);
        byte[] file = export("/api/v1/values/export?municipality=kaluga&indicator=enc-pct")
                .asByteArray();
        String text = new String(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFmunicipality,indicator,year,year_label,value,"), text);
        assertTrue(text.contains("kaluga,enc-pct,2021,2021,12.5,"), text);
        List<String> before = values();
        setUp();
        upload("admin", "values", "", CSV, file).statusCode(201).body("status", is("succeeded"));
        assertEquals(before.subList(1, 3), values());
    }

    @Test
    void targetsInBothDialectsReimportUnchanged() {
        upload(
                        "admin",
                        "targets",
                        "",
                        CSV,
                        "municipality,indicator,year,value,comparator,value_to,comment\n"
                                + "kaluga,enc-pct,2024,30.5,between,40.25,план\n"
                                + "kaluga,enc-cnt,2024,10,>=,,\n")
                .statusCode(201)
                .body("status", is("succeeded"));
        List<String> stored =
                List.of("kaluga|enc-cnt|2024|10|ge||target|", "kaluga|enc-pct|2024|30.5|between|40.25|target|план");
        assertEquals(stored, targets());
        for (String dialect : List.of("excel-ru", "contract")) {
            byte[] file = export("/api/v1/targets/export?municipality=kaluga&year=2024&dialect=" + dialect)
                    .asByteArray();
            if (dialect.equals("excel-ru")) {
                String text = new String(file, CP1251);
                assertTrue(
                        text.startsWith("муниципалитет;код показателя;год;подпись года;целевое значение;сравнение;"
                                + "значение до;вид;"),
                        text);
                assertTrue(text.contains("kaluga;enc-pct;2024;2024;30,5;between;40,25;target;"), text);
            }
            setUp();
            upload("admin", "targets", "", CSV, file).statusCode(201).body("status", is("succeeded"));
            assertEquals(stored, targets(), dialect);
        }
    }

    @Test
    void anUnknownDialectIsAFieldError() {
        as("admin")
                .get("/api/v1/values/export?dialect=excel-de")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("dialect"));
    }

    private List<String> values() {
        return rows(
                "SELECT m.code, i.code, v.year, trim_scale(v.value)::text, o.code, v.qualifier, v.comment, v.source "
                        + "FROM measured_value v JOIN municipality m ON m.id = v.municipality_id "
                        + "JOIN indicator i ON i.id = v.indicator_id LEFT JOIN organization o ON o.id = v.organization_id "
                        + "WHERE i.code LIKE 'enc-%' ORDER BY i.code, v.year, o.code NULLS FIRST");
    }

    private List<String> targets() {
        return rows("SELECT m.code, i.code, t.year, trim_scale(t.value)::text, t.comparator, "
                + "trim_scale(t.value_to)::text, t.kind, t.comment FROM target t "
                + "JOIN municipality m ON m.id = t.municipality_id JOIN indicator i ON i.id = t.indicator_id "
                + "WHERE i.code LIKE 'enc-%' ORDER BY i.code, t.year");
    }

    private List<String> rows(String sql) {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(rs.getString(i) == null ? "" : rs.getString(i));
                }
                out.add(String.join("|", cells));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void exec(String sql) {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
