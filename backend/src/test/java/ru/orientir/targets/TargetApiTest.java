package ru.orientir.targets;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static ru.orientir.support.Tokens.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.audit.AuditEvent;
import ru.orientir.catalogue.TestIndicators;
import ru.orientir.periods.ReportingPeriod;
import ru.orientir.support.Fixtures;
import ru.orientir.territory.Municipality;

@QuarkusTest
class TargetApiTest {

    /** Derbent's KPI 1.2 of its education programme. */
    static final String EGE_80 = "derbent-1.2";

    @BeforeEach
    void data() {
        Fixtures.territory();
        TestIndicators.put(
                EGE_80,
                "Доля участников ЕГЭ, набравших выше 80 баллов",
                "percent",
                Map.of("area", "Результаты обучения", "decimals", 1));
        TestIndicators.put("tgt-score", "Тгт средний балл по шкале 0–5", "score", Map.of("scaleMin", 0, "scaleMax", 5));
        TestIndicators.put("tgt-count", "Тгт число школ", "count");
    }

    private static Map<String, Object> target(String municipality, String indicator, int year, Object value) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipality", municipality);
        body.put("indicator", indicator);
        body.put("year", year);
        body.put("value", value);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, Object... kv) {
        for (int n = 0; n < kv.length; n += 2) {
            body.put((String) kv[n], kv[n + 1]);
        }
        return body;
    }

    @Test
    void derbentBaselineAndTargetsRoundTripExactly() {
        as("derbent-editor")
                .body(with(
                        target("derbent", EGE_80, 2021, 20),
                        "kind",
                        "baseline",
                        "source",
                        "Программа развития образования г. Дербента"))
                .put("/api/v1/targets")
                .then()
                .statusCode(oneOf(200, 201))
                .header("ETag", notNullValue());
        int[] targets = {25, 27, 29, 32, 35};
        for (int n = 0; n < targets.length; n++) {
            as("derbent-editor")
                    .body(with(target("derbent", EGE_80, 2022 + n, targets[n]), "comparator", "≥"))
                    .put("/api/v1/targets")
                    .then()
                    .statusCode(oneOf(200, 201))
                    .body("value", is(targets[n]))
                    .body("comparator", is("ge"))
                    .body("updatedBy", is("derbent-editor"));
        }
        String json = as("derbent-editor")
                .get("/api/v1/targets?municipality=derbent&indicator=" + EGE_80)
                .then()
                .statusCode(200)
                .body("total", is(6))
                .body("items.year", contains(2021, 2022, 2023, 2024, 2025, 2026))
                .body("items.kind", contains("baseline", "target", "target", "target", "target", "target"))
                .body("items.value", contains(20, 25, 27, 29, 32, 35))
                .extract()
                .asString();
        assertThat(json, containsString("\"value\":25,"));
        assertThat(json, not(containsString("E+")));
        as("derbent-editor")
                .get("/api/v1/targets?municipality=derbent&indicator=" + EGE_80
                        + "&kind=target&yearFrom=2024&yearTo=2025")
                .then()
                .body("items.value", contains(29, 32));
    }

    @Test
    void fractionalAndBetweenTargetsKeepTheirFigures() {
        as("kemerovo-editor")
                .body(with(
                        target("kemerovo", EGE_80, 2024, new BigDecimal("12.50")),
                        "comparator",
                        "between",
                        "valueTo",
                        new BigDecimal("14.25")))
                .put("/api/v1/targets")
                .then()
                .statusCode(oneOf(200, 201))
                .body("value", is(12.5f))
                .body("valueTo", is(14.25f))
                .body("comparator", is("between"));
        as("kemerovo-editor")
                .body(with(target("kemerovo", EGE_80, 2025, 100), "comparator", "<="))
                .put("/api/v1/targets")
                .then()
                .statusCode(oneOf(200, 201))
                .body("value", is(100))
                .body("comparator", is("le"));
    }

    @Test
    void samePutTwiceIsIdempotentAndStaleIfMatchChangesNothing() {
        var first = as("kemerovo-editor")
                .body(target("kemerovo", "tgt-count", 2023, 40))
                .put("/api/v1/targets")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/targets/"))
                .extract();
        String etag = first.header("ETag");
        long id = first.jsonPath().getLong("id");
        as("kemerovo-editor")
                .body(target("kemerovo", "tgt-count", 2023, 40.0))
                .put("/api/v1/targets")
                .then()
                .statusCode(200)
                .header("ETag", is(etag));
        as("kemerovo-editor")
                .header("If-Match", etag)
                .body(target("kemerovo", "tgt-count", 2023, 42))
                .put("/api/v1/targets")
                .then()
                .statusCode(200);
        as("kemerovo-editor")
                .header("If-Match", etag)
                .body(target("kemerovo", "tgt-count", 2023, 99))
                .put("/api/v1/targets")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        as("kemerovo-editor")
                .get("/api/v1/targets/" + id)
                .then()
                .statusCode(200)
                .body("value", is(42))
                .header("ETag", not(etag));
    }

    @Test
    void updateIsAuditedWithOldAndNewValue() {
        long id = as("tula-editor")
                .body(target("tula", "tgt-count", 2022, 10))
                .put("/api/v1/targets")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as("tula-editor")
                .body(with(target("tula", "tgt-count", 2022, 12), "comment", "уточнено"))
                .put("/api/v1/targets")
                .then()
                .statusCode(200);
        AuditEvent update = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find(
                        "entityType = 'target' and entityId = ?1 and action = 'update'", id)
                .firstResult());
        assertThat(update, notNullValue());
        assertThat(update.actor, is("tula-editor"));
        assertThat(update.channel, is("api"));
        assertThat(update.municipalityCode, is("tula"));
        assertThat(update.indicatorCode, is("tgt-count"));
        assertThat(new BigDecimal(update.oldValue.get("value").toString()), comparesEqualTo(BigDecimal.TEN));
        assertThat(new BigDecimal(update.newValue.get("value").toString()), comparesEqualTo(new BigDecimal("12")));
        assertThat(update.newValue.get("comment"), is("уточнено"));
    }

    @Test
    void eachBadInputIsAProblemNamingTheField() {
        long before = count("derbent");
        expect422(target("nowhere", EGE_80, 2023, 25), "municipality");
        expect422(target("derbent", "no-such-indicator", 2023, 25), "indicator");
        expect422(target("derbent", EGE_80, 1800, 25), "year");
        expect422(target("derbent", EGE_80, 2023, 120), "value");
        expect422(target("derbent", "tgt-score", 2023, 7), "value");
        expect422(with(target("derbent", EGE_80, 2023, 25), "comparator", "between"), "valueTo");
        expect422(with(target("derbent", EGE_80, 2023, 25), "comparator", "eq", "valueTo", 30), "valueTo");
        expect422(with(target("derbent", EGE_80, 2023, 25), "comparator", "about"), "comparator");
        expect422(with(target("derbent", "tgt-count", 2023, 2.5)), "value");
        as("admin")
                .body(Map.of("name", "Лицей (только в Туле)", "type", "school"))
                .put("/api/v1/municipalities/tula/organizations/tgt-tula-lyceum")
                .then()
                .statusCode(oneOf(200, 201));
        expect422(with(target("derbent", EGE_80, 2023, 25), "organization", "tgt-tula-lyceum"), "organization");

        as("admin")
                .body(target("derbent", EGE_80, 2023, "около 25000"))
                .put("/api/v1/targets")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("value"));
        as("admin")
                .body("{\"municipality\": \"derbent\", \"value\": ")
                .put("/api/v1/targets")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as("admin").get("/api/v1/targets/999999999").then().statusCode(404).contentType("application/problem+json");
        assertThat(count("derbent"), is(before));
    }

    @Test
    void manyBadFieldsAreReportedTogether() {
        as("admin")
                .body(with(target("derbent", EGE_80, 1800, 120), "kind", "goal"))
                .put("/api/v1/targets")
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("year", "value", "kind"));
    }

    @Test
    void lockedPeriodRefusesChanges() {
        as("kemerovo-editor")
                .body(target("kemerovo", "tgt-count", 2031, 5))
                .put("/api/v1/targets")
                .then()
                .statusCode(201);
        lock("kemerovo", 2031);
        as("kemerovo-editor")
                .body(target("kemerovo", "tgt-count", 2031, 6))
                .put("/api/v1/targets")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        as("kemerovo-editor")
                .get("/api/v1/targets?municipality=kemerovo&indicator=tgt-count&year=2031")
                .then()
                .body("items.value", contains(5));
    }

    @Test
    void scopeIsEnforcedOnWritesReadsAndLists() {
        long tulaId = as("tula-editor")
                .body(target("tula", "tgt-count", 2024, 3))
                .put("/api/v1/targets")
                .then()
                .statusCode(oneOf(200, 201))
                .extract()
                .jsonPath()
                .getLong("id");
        as("kaluga-editor")
                .body(target("kaluga", "tgt-count", 2024, 4))
                .put("/api/v1/targets")
                .then()
                .statusCode(oneOf(200, 201));

        as("kaluga-viewer")
                .body(target("kaluga", "tgt-count", 2024, 5))
                .put("/api/v1/targets")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as("kaluga-editor")
                .body(target("tula", "tgt-count", 2024, 5))
                .put("/api/v1/targets")
                .then()
                .statusCode(403);
        as("kaluga-editor").get("/api/v1/targets?municipality=tula").then().statusCode(403);
        as("kaluga-editor").get("/api/v1/targets/" + tulaId).then().statusCode(403);
        as("kaluga-editor").delete("/api/v1/targets/" + tulaId).then().statusCode(403);
        as("kaluga-viewer")
                .get("/api/v1/targets?size=1000")
                .then()
                .statusCode(200)
                .body("items.municipality", everyItem(is("kaluga")))
                .body("items.indicator", hasItem("tgt-count"));
        as("ministry")
                .get("/api/v1/targets?indicator=tgt-count&year=2024")
                .then()
                .body("items.municipality", hasItems("kaluga", "tula"));
        as("anonymous").get("/api/v1/targets").then().statusCode(401);
    }

    @Test
    void deleteNeedsTheCurrentVersion() {
        var saved = as("kaluga-editor")
                .body(target("kaluga", "tgt-count", 2026, 8))
                .put("/api/v1/targets")
                .then()
                .statusCode(oneOf(200, 201))
                .extract();
        long id = saved.jsonPath().getLong("id");
        as("kaluga-editor")
                .header("If-Match", "\"12345\"")
                .delete("/api/v1/targets/" + id)
                .then()
                .statusCode(412);
        as("kaluga-editor")
                .header("If-Match", saved.header("ETag"))
                .delete("/api/v1/targets/" + id)
                .then()
                .statusCode(204);
        as("kaluga-editor").get("/api/v1/targets/" + id).then().statusCode(404);
    }

    private static void expect422(Map<String, Object> body, String field) {
        as("admin")
                .body(body)
                .put("/api/v1/targets")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.message", everyItem(not(emptyOrNullString())));
    }

    private static long count(String municipality) {
        return as("admin")
                .get("/api/v1/targets?municipality=" + municipality)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }

    static void lock(String municipality, int year) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (ReportingPeriod.of(Municipality.byCode(municipality).orElseThrow(), year)
                    .isEmpty()) {
                ReportingPeriod p = new ReportingPeriod();
                p.municipality = Municipality.byCode(municipality).orElseThrow();
                p.year = year;
                p.state = ReportingPeriod.SUBMITTED;
                p.updatedBy = "test";
                p.persist();
            }
        });
    }
}
