package ru.orientir.groups;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.orientir.support.Tokens.as;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Fixtures;
import ru.orientir.support.Tokens;

/**
 * The demo data's school tier after loading it through the public import API as load-demo-data.sh does
 * (the rows of Derbent and Tula it needs): the registers the documents name, and a school against the
 * municipal average over three years whose municipal average is the document's city figure.
 */
@QuarkusTest
class DemoSchoolsTest {

    static final Path DATA = Path.of("demo-data");
    private static final List<String> INDICATORS = List.of("derbent-8", "derbent-8s");
    private static boolean loaded;

    @BeforeEach
    void load() throws IOException {
        Fixtures.territory();
        if (loaded) {
            return;
        }
        as("admin")
                .body(Files.readString(DATA.resolve("dimensions/subject.json")))
                .put("/api/v1/dimensions/subject")
                .then()
                .statusCode(oneOf(200, 201));
        Predicate<NamedCsvRecord> ours = r -> List.of("derbent", "tula").contains(r.getField("municipality"));
        upload("organizations", ours);
        upload("indicators", r -> INDICATORS.contains(r.getField("code")));
        upload("values", r -> INDICATORS.contains(r.getField("indicator")));
        upload("groups", ours);
        loaded = true;
    }

    /** The rows of a demo file that pass the filter, uploaded as the service account; the job must succeed. */
    private static void upload(String type, Predicate<NamedCsvRecord> keep) throws IOException {
        StringWriter out = new StringWriter();
        int rows = 0;
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(DATA.resolve(type + ".csv"));
                CsvWriter csv = CsvWriter.builder().build(out)) {
            List<String> header = null;
            for (NamedCsvRecord r : reader) {
                if (header == null) {
                    header = r.getHeader();
                    csv.writeRecord(header);
                }
                if (keep.test(r)) {
                    csv.writeRecord(r.getFields());
                    rows++;
                }
            }
        }
        assertTrue(rows > 0, type);
        JsonPath job = as(Tokens.SERVICE)
                .contentType("text/csv")
                .body(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/imports?type=" + type)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertEquals("succeeded", job.getString("status"), type + ": " + job.prettify());
        assertEquals(rows, job.getInt("rowsImported"), type);
    }

    @Test
    void theRegistersTheDocumentsNameAreLoaded() {
        as("derbent-viewer")
                .get("/api/v1/municipalities/derbent/groups/vpr-nonobjective-2021")
                .then()
                .statusCode(200)
                .body("name", is("Школы с признаками необъективности ВПР (2020/21)"))
                .body("yearFrom", is(2021))
                .body("yearTo", is(2022))
                .body("organizations", contains("school-13", "school-17", "school-4"))
                .body("description", containsString("derbent.txt, строка 921"));
        as("derbent-viewer")
                .get("/api/v1/municipalities/derbent/groups/project-500-plus-2021")
                .then()
                .statusCode(200)
                .body("organizations", contains("boarding-school-2"));
        as("tula-viewer")
                .get("/api/v1/municipalities/tula/groups/pisa-2019")
                .then()
                .statusCode(200)
                .body("organizations", containsInAnyOrder("co-3", "co-17", "co-33", "co-35", "co-40", "co-45"));
    }

    @Test
    void aSchoolAgainstTheMunicipalAverageOverThreeYears() {
        JsonPath progress = as("derbent-viewer")
                .queryParam("indicator", "derbent-8s")
                .queryParam("category", "subject=russian")
                .get("/api/v1/municipalities/derbent/groups/vpr-nonobjective-2021/progress")
                .then()
                .statusCode(200)
                .body("years.year", contains(2019, 2020, 2021))
                .body("years.groupCount", contains(3, 3, 3))
                .body("years.restCount", contains(5, 5, 5))
                .extract()
                .jsonPath();
        // the mean of the illustrative school figures is the document's city figure (derbent-8, lines 60-62)
        List<Map<String, Object>> city = as("derbent-viewer")
                .get("/api/v1/values?municipality=derbent&indicator=derbent-8&size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.findAll { it.category == 'subject=russian' }");
        assertEquals(3, city.size());
        List<BigDecimal> gaps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int year = progress.getInt("years[" + i + "].year");
            Object figure = city.stream()
                    .filter(v -> ((Number) v.get("year")).intValue() == year)
                    .findFirst()
                    .orElseThrow()
                    .get("value");
            assertEquals(
                    0,
                    new BigDecimal(figure.toString())
                            .compareTo(new BigDecimal(progress.getString("years[" + i + "].municipalAverage"))),
                    "municipal average " + year);
            gaps.add(new BigDecimal(progress.getString("years[" + i + "].gap")));
        }
        // the register's schools are below the others and catching up
        assertTrue(
                gaps.get(0).signum() < 0
                        && gaps.get(0).compareTo(gaps.get(1)) < 0
                        && gaps.get(1).compareTo(gaps.get(2)) < 0,
                gaps.toString());
        // one school's own series beside it, marked as illustrative in its source
        as("derbent-viewer")
                .get("/api/v1/values?municipality=derbent&indicator=derbent-8s&organization=school-4")
                .then()
                .statusCode(200)
                .body("items.year", contains(2019, 2020, 2021))
                .body("items.source", everyItem(startsWith("иллюстративные данные, не из документа")));
    }
}
