package ru.orientir.catalogue;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Fixtures;

/**
 * The catalogue per user: a municipality's users see their region's indicators (their own among them), the common
 * ones and new ones by default, never an indicator only another region keeps; «all» on request; admin and ministry
 * see everything. Each item says how widely it is kept, so that common indicators can be marked and compared.
 */
@QuarkusTest
class CatalogueScopeApiTest {

    @Inject
    DataSource db;

    private static volatile boolean loaded;

    @BeforeEach
    void setUp() {
        Fixtures.territory();
        if (loaded) {
            return;
        }
        // a second municipality of Kaluga's region, without Keycloak roles (nobody logs in for it here)
        exec("INSERT INTO municipality (code, name, region_id, type) SELECT 'scp-obninsk', 'Обнинск (тест)', region_id,"
                + " 'urban_okrug' FROM municipality WHERE code = 'kaluga' ON CONFLICT (code) DO NOTHING");
        upload(
                "indicators",
                """
                code,name_ru,unit
                scp-kaluga,Показатель Калуги,count
                scp-obninsk,Показатель соседа по области,count
                scp-tula,Показатель Тулы,count
                scp-tula-target,Цель Тулы,count
                scp-common,Общий показатель,percent
                scp-new,Новый показатель,count
                tula-scp-plan,Собственный показатель Тулы без данных,count
                """);
        upload(
                "values",
                """
                municipality,indicator,year,value
                kaluga,scp-kaluga,2020,1
                kaluga,scp-kaluga,2021,2
                scp-obninsk,scp-obninsk,2021,3
                tula,scp-tula,2021,4
                tula,scp-common,2020,10
                tula,scp-common,2021,11
                kemerovo,scp-common,2021,12
                kemerovo,scp-common,2022,13
                """);
        upload("targets", "municipality,indicator,year,value\ntula,scp-tula-target,2022,5\n");
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

    private static ExtractableResponse<Response> list(String user, String query) {
        return as(user).get("/api/v1/indicators?q=scp-&" + query)
                .then()
                .statusCode(200)
                .extract();
    }

    private static List<String> codes(String user, String query) {
        return list(user, query).jsonPath().getList("items.code", String.class);
    }

    private static final List<String> ALL = List.of(
            "scp-common", "scp-kaluga", "scp-new", "scp-obninsk", "scp-tula", "scp-tula-target", "tula-scp-plan");

    @Test
    void aMunicipalitysUsersSeeTheirRegionsCommonAndNewIndicatorsByDefault() {
        List<String> kaluga = List.of("scp-common", "scp-kaluga", "scp-new", "scp-obninsk");
        // tula-scp-plan has no figures yet, but its code names Tula: it is Tula's own, not a new common one
        assertEquals(kaluga, codes("kaluga-editor", ""));
        assertEquals(kaluga, codes("kaluga-viewer", "scope=mine"));
        assertEquals(kaluga, codes("kaluga-school-editor", ""), "a school coordinator sees its municipality's");
        assertEquals(
                List.of("scp-common", "scp-new", "scp-tula", "scp-tula-target", "tula-scp-plan"),
                codes("tula-editor", ""));
        assertEquals(List.of("scp-common", "scp-new"), codes("derbent-editor", ""));
        assertEquals(4, list("kaluga-editor", "").jsonPath().getInt("total"), "the total counts the scope");

        assertEquals(ALL, codes("kaluga-editor", "scope=all"), "the toggle for all");
        assertEquals(ALL, codes("admin", ""), "admin defaults to the whole catalogue");
        assertEquals(ALL, codes("ministry", ""), "the ministry defaults to the whole catalogue");
        assertEquals(ALL, codes("admin", "scope=mine"), "a caller bound to no municipality has no narrower one");
    }

    @Test
    void aMunicipalitysCatalogueCanBeAskedForByWhoeverSeesIt() {
        assertEquals(
                List.of("scp-common", "scp-new", "scp-tula", "scp-tula-target", "tula-scp-plan"),
                codes("admin", "municipality=tula"));
        assertEquals(
                List.of("scp-common", "scp-kaluga", "scp-new", "scp-obninsk"),
                codes("ministry", "municipality=kaluga&scope=all"),
                "municipality= overrides scope");
        as("kaluga-editor").get("/api/v1/indicators?municipality=tula").then().statusCode(403);
        as("admin")
                .get("/api/v1/indicators?municipality=nowhere")
                .then()
                .statusCode(404)
                .body("errors[0].field", is("municipality"));
        as("kaluga-editor")
                .get("/api/v1/indicators?scope=everyone")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("scope"));
    }

    @Test
    void eachIndicatorSaysHowWidelyItIsKept() {
        Map<String, Object> common = item("scp-common");
        assertEquals(2, common.get("municipalityCount"), "Tula and Kemerovo keep it");
        assertEquals(true, common.get("shared"));
        assertEquals(2022, common.get("latestYear"));
        assertEquals(2021, common.get("comparableYear"), "2021 is the latest year with two municipalities' values");

        Map<String, Object> kaluga = item("scp-kaluga");
        assertEquals(1, kaluga.get("municipalityCount"));
        assertEquals(false, kaluga.get("shared"));
        assertEquals(2021, kaluga.get("latestYear"));
        assertEquals(null, kaluga.get("comparableYear"));

        Map<String, Object> target = item("scp-tula-target");
        assertEquals(1, target.get("municipalityCount"), "a target counts as keeping the indicator");
        assertEquals(null, target.get("latestYear"));

        Map<String, Object> fresh = item("scp-new");
        assertEquals(0, fresh.get("municipalityCount"));
        assertEquals(false, fresh.get("shared"));

        as("kaluga-viewer")
                .get("/api/v1/indicators/scp-common")
                .then()
                .statusCode(200)
                .body("municipalityCount", is(2))
                .body("shared", is(true))
                .body("comparableYear", is(2021));
    }

    private static Map<String, Object> item(String code) {
        return list("admin", "").jsonPath().getMap("items.find { it.code == '" + code + "' }");
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
