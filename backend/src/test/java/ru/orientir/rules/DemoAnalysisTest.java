package ru.orientir.rules;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Fixtures;
import ru.orientir.support.Tokens;

/**
 * The demo analysis after loading it as load-demo-data.sh does: Tula's organizations, the indicators
 * {@code tula-shnor-*} and {@code tula-head-*} with their illustrative school figures through the import API,
 * then the rule and scorecard files of {@code demo-data/analysis} through PUT as tula-editor. The expected
 * flags and points are worked out by hand from the figures in convert.py ({@code SHNOR_FIGURES},
 * {@code HEAD_FIGURES}); the README's "Analysis" section has the same tables.
 *
 * <p>VPR grade 4, shares of «2» / «5» in the school years 2021/22, 2022/23, 2023/24 that the identification of
 * 2024/25 looks at (≥ 20 % «2» or no «5», in at least 2 of them):
 *
 * <pre>
 *   co-3       24 / 6.5 *   11 / 9        20 / 7 *     (20 is «20 % и более»)
 *   co-6       21.5 / 2 *   18 / 0 *      23 / 1.5 *
 *   co-9       15 / 0 *     -             22 / 4 *     (2022/23 missing: 2 of the 2 years it gave)
 *   co-15      19.9 / 4     25 / 3 *      19.5 / 6     (one year only)
 *   co-21      22 / 2.5 *   14 / 6        12 / 8       (held in 2020/21 and 2021/22: flagged for 2023/24 only)
 *   plekh.     12.5 / 12.5  0 / 25        14.3 / 0 *   (held also in 2020/21, outside this window)
 * </pre>
 */
@QuarkusTest
class DemoAnalysisTest {

    static final Path DATA = Path.of("demo-data");
    private static boolean loaded;

    @BeforeEach
    void load() throws IOException, InterruptedException {
        Fixtures.territory();
        if (loaded) {
            return;
        }
        for (String dimension : List.of("subject", "grade")) {
            as("admin")
                    .body(Files.readString(DATA.resolve("dimensions/" + dimension + ".json")))
                    .put("/api/v1/dimensions/" + dimension)
                    .then()
                    .statusCode(oneOf(200, 201));
        }
        Predicate<String> ours = code -> code.startsWith("tula-shnor-") || code.startsWith("tula-head-");
        upload("organizations", r -> r.getField("municipality").equals("tula"));
        upload("indicators", r -> ours.test(r.getField("code")));
        upload("values", r -> ours.test(r.getField("indicator")));
        for (String kind : List.of("rules", "scorecards")) {
            try (var files = Files.list(DATA.resolve("analysis").resolve(kind))) {
                for (Path file : files.sorted().toList()) {
                    as("tula-editor")
                            .body(Files.readString(file))
                            .put("/api/v1/" + kind + "/"
                                    + file.getFileName().toString().replace(".json", ""))
                            .then()
                            .statusCode(oneOf(200, 201));
                }
            }
        }
        loaded = true;
    }

    /** The rows of a demo file that pass the filter, uploaded as the service account; the job must succeed. */
    private static void upload(String type, Predicate<NamedCsvRecord> keep) throws IOException, InterruptedException {
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
                .body(out.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports?type=" + type)
                .then()
                .statusCode(oneOf(201, 202))
                .extract()
                .jsonPath();
        // a file over the synchronous size (the values) is processed in the background: wait for it
        for (int i = 0; i < 600 && List.of("queued", "running").contains(job.getString("status")); i++) {
            Thread.sleep(100);
            job = as(Tokens.SERVICE)
                    .get("/api/v1/imports/" + job.getString("id"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
        }
        assertEquals("succeeded", job.getString("status"), type + ": " + job.prettify());
        assertEquals(0, job.getInt("rowsRejected"), type);
    }

    /** The flagged schools of a rule in a year: school → the years that held. */
    private static Map<String, List<Integer>> flags(String rule, int year) {
        JsonPath page = as("tula-viewer")
                .queryParam("municipality", "tula")
                .queryParam("year", year)
                .queryParam("rule", rule)
                .get("/api/v1/flags")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        List<String> schools = page.getList("items.organization");
        for (int i = 0; i < schools.size(); i++) {
            out.put(schools.get(i), page.getList("items[" + i + "].years", Integer.class));
        }
        assertEquals(schools.size(), page.getInt("total"), rule);
        return out;
    }

    @Test
    void theVprCriterionFlagsTheSchoolsItWasDesignedToWithTheEdgeYearsAndTheMissingYear() {
        assertEquals(
                Map.of(
                        "co-3", List.of(2021, 2023),
                        "co-6", List.of(2021, 2022, 2023),
                        "co-9", List.of(2021, 2023)),
                flags("tula-shnor-vpr4", 2024));
        // a year earlier the window is 2020/21–2022/23: co-21 was in the list and improved, co-3 and co-9 were not
        assertEquals(
                Map.of("co-6", List.of(2020, 2021, 2022), "co-21", List.of(2020, 2021)),
                flags("tula-shnor-vpr4", 2023));
        // co-9's missing school year is shown as not reported, never as a match
        as("tula-viewer")
                .get("/api/v1/flags?municipality=tula&year=2024&rule=tula-shnor-vpr4&organization=co-9")
                .then()
                .statusCode(200)
                .body("items[0].evidence.year", contains(2021, 2022, 2023))
                .body("items[0].evidence.yearLabel", contains("2021/22", "2022/23", "2023/24"))
                .body("items[0].evidence.reported", contains(true, false, true))
                .body("items[0].evidence.matched", contains(true, false, true))
                .body("items[0].evidence[0].conditions.value", contains(15, 0))
                .body("items[0].evidence[2].conditions.matched", contains(true, false));
    }

    @Test
    void theOtherSixCriteriaFlagTheirSchoolsFor2024() {
        assertEquals(Map.of("co-6", List.of(2021, 2023)), flags("tula-shnor-ege-russian", 2024));
        assertEquals(
                Map.of("co-6", List.of(2021, 2023), "co-27", List.of(2021, 2023)),
                flags("tula-shnor-ege-math-profile", 2024));
        // EGE mathematics at the basic level was not held in 2021: the window of 2023/24 has only two years
        assertEquals(Map.of("co-36", List.of(2021, 2022)), flags("tula-shnor-ege-math-basic", 2023));
        assertEquals(Map.of("co-36", List.of(2021, 2022)), flags("tula-shnor-ege-math-basic", 2024));
        // co-15's 29.5 % is below 30; co-9 held only in 2023/24, its 2022/23 is missing
        assertEquals(Map.of("co-6", List.of(2021, 2022)), flags("tula-shnor-oge-math", 2024));
        assertEquals(Map.of("co-27", List.of(2021, 2022)), flags("tula-shnor-oge-russian", 2024));
        // the two preceding school years: co-27's 30 % in 2023/24 alone is not enough
        assertEquals(Map.of("co-6", List.of(2022, 2023)), flags("tula-shnor-vpr56", 2024));
    }

    @Test
    void theRulesAreTulasAndQuoteTheDocument() {
        as("tula-viewer")
                .get("/api/v1/rules/tula-shnor-vpr56")
                .then()
                .statusCode(200)
                .body("municipality", is("tula"))
                .body("window", is(2))
                .body("minYears", is(2))
                .body("preceding", is(true))
                .body("conditions.missingOrZero", contains(false, true))
                .body("description", startsWith("tula.txt, строка 1009: «процентная доля обучающихся"))
                .body("updatedBy", is("tula-editor"));
        as("kaluga-viewer").get("/api/v1/rules/tula-shnor-vpr4").then().statusCode(403);
    }

    @Test
    void theHeadEfficiencyRatingHasItsHandComputedOrderAndATie() {
        // average share without a certificate: (4.5 + 1.2 + 2 + 3) / 9 = 1.19, so co-15 (1.2) is above it
        JsonPath rating = as("tula-viewer")
                .get("/api/v1/scorecards/tula-head-efficiency/ratings?municipality=tula&year=2023")
                .then()
                .statusCode(200)
                .body("total", is(10))
                .body(
                        "items.organization",
                        contains(
                                "lyceum-2",
                                "gymnasium-1",
                                "co-3",
                                "co-21",
                                "co-9",
                                "co-15",
                                "co-36",
                                "co-27",
                                "plekhanovskaya-nosh",
                                "co-6"))
                .body("items.score", contains(51, 48, 25, 18, 18, 14, 7, 3, 2, 0))
                .body("items.rank", contains(1, 2, 3, 4, 4, 6, 7, 8, 9, 10))
                .body("items.missing", contains(0, 0, 0, 0, 1, 0, 0, 0, 7, 0))
                .extract()
                .jsonPath();
        // lyceum-2: 100 % passed 5 + two 100-point graduates 10 + fourteen with 80+ 28 + profile classes 5 + NOKU 92 →
        // 3
        Map<String, Object> parts = new LinkedHashMap<>();
        List<Map<String, Object>> lyceum = rating.getList("items[0].parts");
        lyceum.forEach(p -> parts.put((String) p.get("item"), p.get("points")));
        assertEquals(
                "{no-certificate=0, no-certificate-above-average=0, gia-passed=5, ege-100=10, ege-80=28, "
                        + "medalists-below-60=0, noku=3, profile-classes=5}",
                parts.toString());
        // co-6: −1 for graduates without a certificate, −2 above the average, −1 per medalist below 60, NOKU 63 → 2
        List<Map<String, Object>> co6 = rating.getList("items[9].parts");
        assertEquals(
                List.of(-1, -2, 0, 0, 2, -1, 2, 0),
                co6.stream().map(p -> ((Number) p.get("points")).intValue()).toList());
        // co-9 has no NOKU rating yet: shown as missing, not as zero points
        as("tula-viewer")
                .get("/api/v1/scorecards/tula-head-efficiency/ratings?municipality=tula&year=2023")
                .then()
                .body("items[4].parts.find { it.item == 'noku' }.points", nullValue())
                .body("items[4].parts.find { it.item == 'noku' }.why", is("нет данных"));
    }
}
