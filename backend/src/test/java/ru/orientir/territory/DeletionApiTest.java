package ru.orientir.territory;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.catalogue.TestIndicators;
import ru.orientir.support.Fixtures;

/**
 * Deleting what others depend on answers 409 problem+json naming the dependents with their counts;
 * test and mistaken entries (a municipality with only empty reporting periods, an unused area) can go.
 */
@QuarkusTest
class DeletionApiTest {

    @Inject
    DataSource db;

    @BeforeEach
    void setUp() {
        Fixtures.territory();
    }

    private static void municipality(String code) {
        as("admin")
                .body(Map.of("name", "Тестовый " + code, "region", "kaluzhskaya-oblast"))
                .put("/api/v1/municipalities/" + code)
                .then()
                .statusCode(oneOf(200, 201));
    }

    @Test
    void municipalityWithOnlyEmptyReportingPeriodsCanBeDeleted() throws SQLException {
        municipality("del-empty");
        exec(
                "INSERT INTO reporting_period (municipality_id, year, state) SELECT id, 2024, 'submitted' FROM municipality "
                        + "WHERE code = 'del-empty'");
        exec(
                "INSERT INTO reporting_period (municipality_id, year) SELECT id, 2025 FROM municipality WHERE code = 'del-empty'");
        as("admin").delete("/api/v1/municipalities/del-empty").then().statusCode(204);
        as("admin").get("/api/v1/municipalities/del-empty").then().statusCode(404);
        assertEquals(
                0,
                count("select count(*) from reporting_period p where not exists "
                        + "(select 1 from municipality m where m.id = p.municipality_id)"));
    }

    @Test
    void municipalityOrganizationAndIndicatorInUseAre409WithCounts() {
        municipality("del-used");
        as("admin")
                .body(Map.of("name", "Школа", "type", "school"))
                .put("/api/v1/municipalities/del-used/organizations/s1")
                .then()
                .statusCode(oneOf(200, 201));
        TestIndicators.put("del-ind", "Показатель для удаления", "count");
        as("admin")
                .body(Map.of(
                        "municipality",
                        "del-used",
                        "indicator",
                        "del-ind",
                        "organization",
                        "s1",
                        "year",
                        2023,
                        "value",
                        5))
                .put("/api/v1/values")
                .then()
                .statusCode(201);
        as("admin")
                .body(Map.of("municipality", "del-used", "indicator", "del-ind", "year", 2023, "value", 4))
                .put("/api/v1/values")
                .then()
                .statusCode(201);
        as("admin")
                .body(Map.of("municipality", "del-used", "indicator", "del-ind", "year", 2023, "value", 10))
                .put("/api/v1/targets")
                .then()
                .statusCode(oneOf(200, 201));

        as("admin")
                .delete("/api/v1/municipalities/del-used")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        allOf(
                                containsString("организации — 1"),
                                containsString("фактические значения — 2"),
                                containsString("целевые значения — 1")))
                .body("errors.field", contains("organizations", "values", "targets"));
        as("admin")
                .delete("/api/v1/municipalities/del-used/organizations/s1")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("фактические значения — 1"));
        as("admin")
                .delete("/api/v1/indicators/del-ind")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("фактические значения — 2"))
                .body("detail", containsString("архив"));
        as("admin")
                .delete("/api/v1/regions/kaluzhskaya-oblast")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", is("municipalities"));
        as("admin").get("/api/v1/municipalities/del-used").then().statusCode(200);
    }

    @Test
    void areasAreRenamedAndDeletedWhenUnusedByTheAdminOnly() {
        TestIndicators.put("del-area-1", "Показатель направления", "count", Map.of("area", "Удаляемое направление"));
        String area = "/api/v1/indicators/areas/Удаляемое направление";
        as("ministry").delete(area).then().statusCode(403);
        as("admin")
                .delete(area)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("показатели — 1"));
        as("ministry").body(Map.of("area", "Новое имя")).put(area).then().statusCode(403);
        as("admin").body(Map.of("area", "Результаты обучения")).put(area).then().statusCode(409);
        as("admin").body(Map.of("area", "")).put(area).then().statusCode(422).body("errors[0].field", is("area"));
        as("admin")
                .body(Map.of("area", "Переименованное направление", "areaEn", "Renamed"))
                .put(area)
                .then()
                .statusCode(200)
                .body("area", is("Переименованное направление"))
                .body("count", is(1));
        as("admin")
                .get("/api/v1/indicators/del-area-1")
                .then()
                .body("area", is("Переименованное направление"))
                .body("areaEn", is("Renamed"));
        TestIndicators.put("del-area-1", "Показатель направления", "count", Map.of("area", "Результаты обучения"));
        as("admin")
                .delete("/api/v1/indicators/areas/Переименованное направление")
                .then()
                .statusCode(204);
        as("admin").get("/api/v1/indicators/areas").then().body("area", not(hasItem("Переименованное направление")));
        as("admin").delete("/api/v1/indicators/areas/Нет такого").then().statusCode(404);
        assertEquals(
                2,
                count("select count(*) from audit_event where entity_type = 'indicator_area' "
                        + "and action in ('update', 'delete') and entity_key in "
                        + "('Удаляемое направление', 'Переименованное направление')"));
    }

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
}
