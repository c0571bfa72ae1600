package ru.orientir.values;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static ru.orientir.support.Tokens.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.audit.AuditEvent;
import ru.orientir.catalogue.TestIndicators;
import ru.orientir.periods.ReportingPeriod;
import ru.orientir.support.Fixtures;
import ru.orientir.territory.Municipality;

@QuarkusTest
class ValueApiTest {

    @BeforeEach
    void data() {
        Fixtures.territory();
        TestIndicators.put("val-share", "Знч доля выпускников, поступивших в вузы", "percent");
        TestIndicators.put("val-pupils", "Знч численность обучающихся", "persons");
        TestIndicators.put(
                "val-ege",
                "Знч средний балл ЕГЭ по предмету",
                "score",
                Map.of(
                        "scaleMin",
                        0,
                        "scaleMax",
                        100,
                        "level",
                        "organization",
                        "categories",
                        List.of("математика", "русский язык")));
    }

    private static Map<String, Object> value(
            String municipality, String indicator, int year, Object value, Object... kv) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipality", municipality);
        body.put("indicator", indicator);
        body.put("year", year);
        body.put("value", value);
        for (int n = 0; n < kv.length; n += 2) {
            body.put((String) kv[n], kv[n + 1]);
        }
        return body;
    }

    @Test
    void valueRoundTripsExactlyWithItsProvenanceAndPeriodState() {
        var created = as("kaluga-editor")
                .body(value(
                        "kaluga",
                        "val-share",
                        2023,
                        new BigDecimal("12.50"),
                        "qualifier",
                        "approx",
                        "numerator",
                        25,
                        "denominator",
                        200,
                        "comment",
                        "по данным вузов",
                        "source",
                        "Мониторинг"))
                .put("/api/v1/values")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/values/"))
                .header("ETag", notNullValue())
                .body("value", is(12.5f))
                .body("qualifier", is("approx"))
                .body("numerator", is(25))
                .body("denominator", is(200))
                .body("period", is(""))
                .body("category", is(""))
                .body("updatedBy", is("kaluga-editor"))
                .body("periodState", is("open"))
                .extract();
        long id = created.jsonPath().getLong("id");
        as("kaluga-viewer")
                .get("/api/v1/values/" + id)
                .then()
                .statusCode(200)
                .header("ETag", is(created.header("ETag")))
                .body("value", is(12.5f))
                .body("municipality", is("kaluga"))
                .body("indicator", is("val-share"))
                .body("comment", is("по данным вузов"))
                .body("source", is("Мониторинг"));

        String json = as("kaluga-editor")
                .body(value("kaluga", "val-pupils", 2023, 25000))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201))
                .extract()
                .asString();
        assertThat(json, containsString("\"value\":25000,"));
    }

    @Test
    void perSchoolValuesByCategoryAreDistinctRows() {
        as("derbent-editor")
                .body(value("derbent", "val-ege", 2024, 68.4, "organization", "school-1", "category", "математика"))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201));
        as("derbent-editor")
                .body(value("derbent", "val-ege", 2024, 71, "organization", "school-1", "category", "русский язык"))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201));
        as("derbent-editor")
                .get("/api/v1/values?municipality=derbent&indicator=val-ege&organization=school-1&year=2024")
                .then()
                .statusCode(200)
                .body("total", is(2))
                .body("items.category", contains("математика", "русский язык"))
                .body("items.value", contains(68.4f, 71))
                .body("items.periodState", everyItem(is("open")));
    }

    @Test
    void eachBadInputIsAProblemNamingTheField() {
        long before = total("tula");
        expect(422, value("nowhere", "val-share", 2023, 50), "municipality");
        expect(422, value("tula", "no-such", 2023, 50), "indicator");
        expect(422, value("tula", "val-share", 1800, 50), "year");
        expect(422, value("tula", "val-share", 2023, 120), "value");
        expect(422, value("tula", "val-ege", 2023, 101, "category", "математика"), "value");
        expect(422, value("tula", "val-pupils", 2023, -3), "value");
        expect(422, value("tula", "val-ege", 2023, 60, "category", "физкультура"), "category");
        expect(422, value("tula", "val-share", 2023, 60, "period", "Q5"), "period");
        expect(422, value("tula", "val-share", 2023, 60, "qualifier", "roughly"), "qualifier");
        expect(422, value("tula", "val-share", 2023, 60, "denominator", 0), "denominator");
        as("admin")
                .body(Map.of("name", "Гимназия (только в Калуге)", "type", "school"))
                .put("/api/v1/municipalities/kaluga/organizations/val-kaluga-gym")
                .then()
                .statusCode(oneOf(200, 201));
        expect(422, value("tula", "val-share", 2023, 60, "organization", "val-kaluga-gym"), "organization");
        expect(400, value("tula", "val-pupils", 2023, "около 25000"), "value");
        as("admin")
                .body("{\"municipality\": \"tula\",, }")
                .put("/api/v1/values")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as("admin")
                .body(Map.of(
                        "municipality", "tula", "indicator", "val-share", "year", 2023, "value", 5, "colour", "red"))
                .put("/api/v1/values")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("colour"));
        as("admin").get("/api/v1/values/999999999").then().statusCode(404).contentType("application/problem+json");
        assertThat(total("tula"), is(before));
    }

    @Test
    void staleIfMatchIsRefusedAndTheUpdateIsAudited() {
        var saved = as("tula-editor")
                .body(value("tula", "val-pupils", 2022, 1000))
                .put("/api/v1/values")
                .then()
                .statusCode(201)
                .extract();
        long id = saved.jsonPath().getLong("id");
        String etag = saved.header("ETag");
        as("tula-editor")
                .header("If-Match", etag)
                .body(value("tula", "val-pupils", 2022, 1010))
                .put("/api/v1/values")
                .then()
                .statusCode(200)
                .body("value", is(1010));
        as("tula-editor")
                .header("If-Match", etag)
                .body(value("tula", "val-pupils", 2022, 5))
                .put("/api/v1/values")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        as("tula-editor").get("/api/v1/values/" + id).then().body("value", is(1010));

        AuditEvent update = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find(
                        "entityType = 'value' and entityId = ?1 and action = 'update'", id)
                .firstResult());
        assertThat(new BigDecimal(update.oldValue.get("value").toString()), comparesEqualTo(new BigDecimal("1000")));
        assertThat(new BigDecimal(update.newValue.get("value").toString()), comparesEqualTo(new BigDecimal("1010")));
        assertThat(update.actor, is("tula-editor"));
    }

    @Test
    void lockedPeriodRefusesWritesAndShowsItsState() {
        long id = as("kemerovo-editor")
                .body(value("kemerovo", "val-pupils", 2032, 700))
                .put("/api/v1/values")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        QuarkusTransaction.requiringNew().run(() -> {
            ReportingPeriod p = new ReportingPeriod();
            p.municipality = Municipality.byCode("kemerovo").orElseThrow();
            p.year = 2032;
            p.state = ReportingPeriod.APPROVED;
            p.persist();
        });
        as("kemerovo-editor")
                .body(value("kemerovo", "val-pupils", 2032, 701))
                .put("/api/v1/values")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        as("kemerovo-editor").delete("/api/v1/values/" + id).then().statusCode(409);
        as("kemerovo-editor")
                .get("/api/v1/values?municipality=kemerovo&year=2032&indicator=val-pupils")
                .then()
                .body("items.value", contains(700))
                .body("items.periodState", contains("approved"));
        as("kemerovo-editor").get("/api/v1/values/" + id).then().body("periodState", is("approved"));
    }

    @Test
    void scopeIsEnforcedOnWritesReadsAndLists() {
        long tulaId = as("tula-editor")
                .body(value("tula", "val-share", 2024, 40))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201))
                .extract()
                .jsonPath()
                .getLong("id");
        as("kaluga-editor")
                .body(value("kaluga", "val-share", 2024, 45))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201));

        as("kaluga-viewer")
                .body(value("kaluga", "val-share", 2024, 46))
                .put("/api/v1/values")
                .then()
                .statusCode(403);
        as("kaluga-editor")
                .body(value("tula", "val-share", 2024, 46))
                .put("/api/v1/values")
                .then()
                .statusCode(403);
        as("kaluga-editor").get("/api/v1/values?municipality=tula").then().statusCode(403);
        as("kaluga-editor").get("/api/v1/values/" + tulaId).then().statusCode(403);
        as("kaluga-editor")
                .get("/api/v1/values?indicator=val-share&size=1000")
                .then()
                .statusCode(200)
                .body("items.municipality", everyItem(is("kaluga")))
                .body("items.value", hasItem(45));
        as(ru.orientir.support.Tokens.SERVICE)
                .get("/api/v1/values?indicator=val-share&year=2024")
                .then()
                .body("items.municipality", hasItems("kaluga", "tula"));
        as("ministry").get("/api/v1/values?year=abc").then().statusCode(400).body("errors[0].field", is("year"));
    }

    @Test
    void deleteNeedsTheCurrentVersionAndIsAudited() {
        var saved = as("kaluga-editor")
                .body(value("kaluga", "val-pupils", 2021, 300))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201))
                .extract();
        long id = saved.jsonPath().getLong("id");
        as("kaluga-editor")
                .header("If-Match", "\"999\"")
                .delete("/api/v1/values/" + id)
                .then()
                .statusCode(412);
        as("kaluga-editor")
                .header("If-Match", saved.header("ETag"))
                .delete("/api/v1/values/" + id)
                .then()
                .statusCode(204);
        as("kaluga-editor").get("/api/v1/values/" + id).then().statusCode(404);
        long deletes = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count("entityType = 'value' and entityId = ?1 and action = 'delete'", id));
        assertThat(deletes, is(1L));
    }

    private static void expect(int status, Map<String, Object> body, String field) {
        as("admin")
                .body(body)
                .put("/api/v1/values")
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static long total(String municipality) {
        return as("admin")
                .get("/api/v1/values?municipality=" + municipality)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }
}
