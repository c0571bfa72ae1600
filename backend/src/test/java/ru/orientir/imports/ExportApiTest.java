package ru.orientir.imports;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.orientir.imports.ImportApiTest.CSV;
import static ru.orientir.imports.ImportApiTest.XLSX;
import static ru.orientir.imports.ImportApiTest.upload;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Fixtures;

/** Exports are in the import format: exporting and importing again changes nothing. */
@QuarkusTest
class ExportApiTest {

    @BeforeEach
    void setUp() {
        Fixtures.territory();
        upload(
                        "admin",
                        "indicators",
                        "",
                        CSV,
                        "code,name_ru,unit\nexp-pct,Доля для экспорта,percent\n" + "exp-cnt,Число для экспорта,count\n")
                .statusCode(201)
                .body("status", is("succeeded"));
        upload(
                        "admin",
                        "values",
                        "",
                        CSV,
                        """
                municipality,indicator,year,value,organization,qualifier,comment
                kaluga,exp-pct,2024,33.3,,approx,"с запятой, и ""кавычками""\"
                kaluga,exp-pct,2024,50,school-1,,
                kaluga,exp-cnt,2024,12,,,
                tula,exp-cnt,2024,99,,,
                """)
                .statusCode(201)
                .body("status", is("succeeded"));
        upload(
                        "admin",
                        "targets",
                        "",
                        CSV,
                        """
                municipality,indicator,year,value,comparator,value_to
                kaluga,exp-pct,2024,30,between,40
                kaluga,exp-cnt,2024,10,>=,
                """)
                .statusCode(201)
                .body("status", is("succeeded"));
    }

    @Test
    void csvExportReimportsWithoutChanges() {
        String csv = as("kaluga-editor")
                .get("/api/v1/values/export?indicator=exp-pct&year=2024")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                csv.contains("municipality,indicator,year,year_label,value,organization,period,category,category_label,"
                        + "qualifier"),
                csv);
        assertTrue(csv.contains("33.3"), csv);
        upload("kaluga-editor", "values", "", CSV, csv)
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsImported", is(2))
                .body("message", containsString("2"));
        String again = as("kaluga-editor")
                .get("/api/v1/values/export?indicator=exp-pct&year=2024")
                .then()
                .extract()
                .asString();
        assertEquals(csv, again);
        String targets = as("kaluga-editor")
                .get("/api/v1/targets/export?municipality=kaluga&yearFrom=2024&yearTo=2024")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(targets.contains("kaluga,exp-pct,2024,2024,30,between,40,target"), targets);
        upload("kaluga-editor", "targets", "", CSV, targets).statusCode(201).body("status", is("succeeded"));
    }

    @Test
    void exportIsLimitedToTheCallersScope() {
        String csv = as("kaluga-editor")
                .get("/api/v1/values/export?indicator=exp-cnt")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertFalse(csv.contains("tula"), csv);
        String unfiltered = as("kaluga-editor")
                .get("/api/v1/values/export?municipality=&indicator=exp-cnt")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(csv, unfiltered, "an empty municipality parameter is no filter, still within the caller's scope");
        as("kaluga-editor")
                .get("/api/v1/values/export?municipality=tula")
                .then()
                .statusCode(403);
        as("admin").get("/api/v1/values/export?format=pdf").then().statusCode(400);
    }

    @Test
    void xlsxExportReimportsAndTemplateListsActiveIndicators() throws IOException {
        byte[] xlsx = as("admin")
                .get("/api/v1/values/export?format=xlsx&indicator=exp-pct")
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .extract()
                .asByteArray();
        upload("admin", "values", "", XLSX, xlsx)
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsImported", is(2));
        byte[] template = as("kaluga-editor")
                .get("/api/v1/templates/values?municipality=kaluga&year=2025")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("Код показателя", rows.get(0).getCellText(0));
            assertTrue(
                    rows.stream().anyMatch(r -> "exp-pct".equals(r.getCellText(0)) && "2025".equals(r.getCellText(5))));
            assertEquals(2, wb.getSheets().count(), "the rows and how to fill them in");
        }
        as("kaluga-editor")
                .get("/api/v1/templates/values?municipality=kaluga")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("year"));
        as("admin")
                .get("/api/v1/templates/values?municipality=atlantis&year=2025")
                .then()
                .statusCode(404);
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
