package ru.orientir.imports;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.orientir.imports.ImportApiTest.upload;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A large load refreshes the planner's statistics of its table at once: without them the next reads were planned
 * as if the table held a few rows (flags of a region: 10 s instead of 0.3 s right after the import).
 */
@QuarkusTest
class ImportStatisticsTest {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static final int INDICATORS = 100;
    private static final int YEARS = 100;

    @Inject
    DataSource db;

    @Test
    void aLoadOfTenThousandRowsAnalyzesTheValuesTableAndASmallOneDoesNot() throws InterruptedException {
        // a municipality of its own: no other test's submitted or approved years refuse these rows
        as("admin")
                .body(Map.of("name", "Статистика-область"))
                .put("/api/v1/regions/stat-oblast")
                .then()
                .statusCode(oneOf(200, 201));
        as("admin")
                .body(Map.of("name", "Статистика-город", "region", "stat-oblast", "type", "urban_okrug"))
                .put("/api/v1/municipalities/stat-town")
                .then()
                .statusCode(oneOf(200, 201));
        StringBuilder catalogue = new StringBuilder("code,name_ru,unit\n");
        for (int i = 0; i < INDICATORS; i++) {
            catalogue
                    .append("stat-")
                    .append(i)
                    .append(",Показатель статистики ")
                    .append(i)
                    .append(",count\n");
        }
        upload("admin", "indicators", "", CSV, catalogue.toString()).statusCode(201);

        long before = analyzeCount();
        upload("admin", "values", "", CSV, "municipality,indicator,year,value\nstat-town,stat-0,2021,1\n")
                .statusCode(201)
                .body("status", is("succeeded"));
        assertEquals(before, analyzeCount(), "one row leaves the statistics to autovacuum");

        StringBuilder values = new StringBuilder("municipality,indicator,year,value\n");
        for (int i = 0; i < INDICATORS; i++) {
            for (int y = 0; y < YEARS; y++) {
                values.append("stat-town,stat-")
                        .append(i)
                        .append(',')
                        .append(1991 + y)
                        .append(',');
                values.append(i + y).append('\n');
            }
        }
        String job = upload("admin", "values", "", CSV, values.toString())
                .statusCode(202) // a file this large runs in the background
                .extract()
                .path("id");
        finished(job).body("status", is("succeeded")).body("rowsImported", is(INDICATORS * YEARS));
        assertTrue(analyzeCount() > before, "10,000 rows written: the table is analyzed with the job");
    }

    private static ValidatableResponse finished(String job) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            ValidatableResponse r =
                    as("admin").get("/api/v1/imports/" + job).then().statusCode(200);
            if (!List.of("queued", "running").contains(r.extract().<String>path("status"))) {
                return r;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import " + job + " did not finish in 60 s");
    }

    /** ANALYZE runs of the partitioned values table itself (autovacuum never analyzes a partitioned parent). */
    private long analyzeCount() {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select analyze_count from pg_stat_user_tables where relname = 'measured_value'")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
