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

/**
 * POST /values/batch, the entry grid's one save: all items or none, each checked by the rules of PUT /values,
 * errors per item and field, a stale version per item, every change audited as the single-row API does.
 */
@QuarkusTest
class ValueBatchApiTest {

    @BeforeEach
    void data() {
        Fixtures.territory();
        TestIndicators.put("vb-share", "Пакет: доля выпускников", "percent");
        TestIndicators.put("vb-pupils", "Пакет: численность обучающихся", "persons");
        TestIndicators.put("vb-count", "Пакет: число кружков", "count");
    }

    private static Map<String, Object> item(
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

    private static Map<String, Object> batch(Object... items) {
        return Map.of("items", List.of(items));
    }

    /** The stored figures as numbers (JSON gives 1234 as an integer and 12.5 as a float). */
    private static List<Double> stored(String municipality, String indicator, int year) {
        List<Number> values = as("admin")
                .get("/api/v1/values?municipality=" + municipality + "&indicator=" + indicator + "&year=" + year)
                .then()
                .statusCode(200)
                .extract()
                .path("items.value");
        return values.stream().map(Number::doubleValue).toList();
    }

    @Test
    void aBatchWritesEveryItemInOneGoAndAuditsEachChange() {
        int existing = as("kaluga-editor")
                .body(item("kaluga", "vb-count", 2061, 7))
                .put("/api/v1/values")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
        as("kaluga-editor")
                .body(batch(
                        item("kaluga", "vb-share", 2061, new BigDecimal("12.5")),
                        item("kaluga", "vb-pupils", 2061, 1234, "comment", "по данным ОО"),
                        item("kaluga", "vb-count", 2061, 9, "version", existing)))
                .post("/api/v1/values/batch")
                .then()
                .statusCode(200)
                .body("dryRun", is(false))
                .body("rows", is(3))
                .body("changed", is(3))
                .body("unchanged", is(0));
        assertThat(stored("kaluga", "vb-share", 2061), contains(12.5));
        assertThat(stored("kaluga", "vb-pupils", 2061), contains(1234.0));
        assertThat(stored("kaluga", "vb-count", 2061), contains(9.0));
        // one event per value of the batch, as the single-row API writes them: creations with the figure, one update
        List<AuditEvent> events = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.<AuditEvent>list(
                        "entityType = 'value' and municipalityCode = 'kaluga' and entityKey like 'kaluga/vb-%/2061%' "
                                + "and actor = 'kaluga-editor' order by id"));
        // the PUT's creation of vb-count, then the batch's update of it and its two creations
        assertThat(
                events.stream().map(e -> e.action).toList(),
                containsInAnyOrder("create", "create", "create", "update"));
        AuditEvent update = events.stream()
                .filter(e -> e.action.equals("update"))
                .findFirst()
                .orElseThrow();
        assertThat(update.channel, is("api"));
        assertThat(new BigDecimal(update.oldValue.get("value").toString()), comparesEqualTo(new BigDecimal("7")));
        assertThat(new BigDecimal(update.newValue.get("value").toString()), comparesEqualTo(new BigDecimal("9")));
        AuditEvent created = events.stream()
                .filter(e -> e.entityKey.startsWith("kaluga/vb-pupils//2061"))
                .findFirst()
                .orElseThrow();
        assertThat(created.action, is("create"));
        assertThat(created.channel, is("api"));
        assertThat(created.entityId, notNullValue());
        assertThat(created.newValue.get("comment"), is("по данным ОО"));
        assertThat(new BigDecimal(created.newValue.get("value").toString()), comparesEqualTo(new BigDecimal("1234")));

        // the same figures again: nothing changes, nothing is audited
        as("kaluga-editor")
                .body(batch(
                        item("kaluga", "vb-share", 2061, 12.5),
                        item("kaluga", "vb-pupils", 2061, 1234, "comment", "по данным ОО")))
                .post("/api/v1/values/batch")
                .then()
                .statusCode(200)
                .body("changed", is(0))
                .body("unchanged", is(2));
    }

    @Test
    void oneBadItemRefusesTheWholeBatchWithAnErrorPerItemAndField() {
        as("kaluga-editor")
                .body(batch(
                        item("kaluga", "vb-pupils", 2062, 500),
                        item("kaluga", "vb-share", 2062, 120),
                        item("kaluga", "vb-nope", 2062, 1),
                        item("kaluga", "vb-count", 2062, 3, "qualifier", "roughly")))
                .post("/api/v1/values/batch")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("items[1].value", "items[2].indicator", "items[3].qualifier"))
                .body("errors.find { it.field == 'items[1].value' }.code", is("percent_out_of_range"))
                .body("errors.find { it.field == 'items[1].value' }.message", startsWith("Процент 120"))
                .body("detail", containsString("ничего не записано"));
        assertThat(stored("kaluga", "vb-pupils", 2062), empty());
    }

    @Test
    void aDryRunChecksTheItemsAndWritesNothing() {
        as("kaluga-editor")
                .body(batch(item("kaluga", "vb-pupils", 2063, 10)))
                .post("/api/v1/values/batch?dryRun=true")
                .then()
                .statusCode(200)
                .body("dryRun", is(true))
                .body("rows", is(1))
                .body("changed", nullValue());
        as("kaluga-editor")
                .body(batch(item("kaluga", "vb-share", 2063, -5)))
                .post("/api/v1/values/batch?dryRun=true")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("items[0].value"));
        assertThat(stored("kaluga", "vb-pupils", 2063), empty());
    }

    @Test
    void aValueChangedMeanwhileIsAConflictOfItsItemAndNothingIsWritten() {
        int v0 = as("tula-editor")
                .body(item("tula", "vb-count", 2064, 1))
                .put("/api/v1/values")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
        // someone else saves the value after the grid read it
        as("tula-editor")
                .body(item("tula", "vb-count", 2064, 2))
                .put("/api/v1/values")
                .then()
                .statusCode(200);
        as("tula-editor")
                .body(batch(item("tula", "vb-pupils", 2064, 40), item("tula", "vb-count", 2064, 5, "version", v0)))
                .post("/api/v1/values/batch")
                .then()
                .statusCode(412)
                .body("errors.field", contains("items[1].version"))
                .body("errors[0].code", is("stale_version"))
                .body("errors[0].message", containsString("у вас " + v0));
        assertThat(stored("tula", "vb-count", 2064), contains(2.0));
        assertThat(stored("tula", "vb-pupils", 2064), empty());
    }

    @Test
    void anItemOfAnotherMunicipalityIsForbiddenAndNothingIsWritten() {
        as("kaluga-editor")
                .body(batch(item("kaluga", "vb-pupils", 2065, 10), item("tula", "vb-pupils", 2065, 11)))
                .post("/api/v1/values/batch")
                .then()
                .statusCode(403)
                .body("errors.field", contains("items[1].municipality"));
        assertThat(stored("kaluga", "vb-pupils", 2065), empty());
        as("kaluga-viewer")
                .body(batch(item("kaluga", "vb-pupils", 2065, 10)))
                .post("/api/v1/values/batch")
                .then()
                .statusCode(403);
    }

    @Test
    void aLockedYearAndARepeatedKeyAreRefused() {
        QuarkusTransaction.requiringNew().run(() -> {
            ReportingPeriod p = new ReportingPeriod();
            p.municipality = Municipality.byCode("derbent").orElseThrow();
            p.year = 2066;
            p.state = ReportingPeriod.SUBMITTED;
            p.persist();
        });
        as("derbent-editor")
                .body(batch(item("derbent", "vb-pupils", 2066, 10)))
                .post("/api/v1/values/batch")
                .then()
                .statusCode(409)
                .body("errors[0].field", is("items[0].year"))
                .body("errors[0].code", is("period_locked"));
        as("derbent-editor")
                .body(batch(item("derbent", "vb-pupils", 2067, 10), item("derbent", "vb-pupils", 2067, 12)))
                .post("/api/v1/values/batch")
                .then()
                .statusCode(422)
                .body("errors.field", contains("items[0]", "items[1]"))
                .body("errors[0].code", is("duplicate"));
        as("derbent-editor")
                .body(Map.of("items", List.of()))
                .post("/api/v1/values/batch")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("items"));
        assertThat(stored("derbent", "vb-pupils", 2067), empty());
    }
}
