package ru.orientir.audit;

import static org.hamcrest.Matchers.*;
import static ru.orientir.support.Tokens.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.security.Caller;
import ru.orientir.security.Roles;
import ru.orientir.support.Fixtures;

@QuarkusTest
class AuditApiTest {

    private static volatile boolean changed;

    @Inject
    AuditLog audit;

    @BeforeEach
    void changes() {
        Fixtures.territory();
        if (changed) {
            return;
        }
        // a renamed school in each of Kaluga and Tula, and a catalogue change (no municipality)
        for (String m : new String[] {"kaluga", "tula"}) {
            as(m + "-editor")
                    .body(Map.of("name", "Школа att-audit", "type", "school"))
                    .put("/api/v1/municipalities/" + m + "/organizations/att-audit")
                    .then()
                    .statusCode(anyOf(is(200), is(201)));
            as(m + "-editor")
                    .body(Map.of("name", "Школа att-audit им. Пушкина", "type", "school"))
                    .put("/api/v1/municipalities/" + m + "/organizations/att-audit")
                    .then()
                    .statusCode(200);
        }
        Caller admin = new Caller("admin", "Администратор", Caller.CHANNEL_API, Set.of(Roles.ADMIN));
        QuarkusTransaction.requiringNew()
                .run(() -> audit.record(
                        admin,
                        "update",
                        new AuditLog.Subject("indicator", null, "att-audit-indicator", null, "att-audit-indicator"),
                        Map.of("nameRu", "Старое название"),
                        Map.of("nameRu", "Новое название")));
        changed = true;
    }

    @Test
    void showsWhoChangedWhatFromOldToNewNewestFirst() {
        as("kaluga-editor")
                .get("/api/v1/audit?entityType=organization&municipality=kaluga&actor=kaluga-editor")
                .then()
                .statusCode(200)
                .body("items[0].action", is("update"))
                .body("items[0].entityKey", is("kaluga/att-audit"))
                .body("items[0].municipality", is("kaluga"))
                .body("items[0].actor", is("kaluga-editor"))
                .body("items[0].channel", is("api"))
                .body("items[0].oldValue.name", is("Школа att-audit"))
                .body("items[0].newValue.name", is("Школа att-audit им. Пушкина"))
                .body("items[0].occurredAt", notNullValue())
                .body("items[1].action", is("create"))
                .body("items[1].oldValue", nullValue());
    }

    @Test
    void kalugaEditorSeesKalugaAndCatalogueEventsButNotTula() {
        as("kaluga-editor")
                .get("/api/v1/audit?size=1000")
                .then()
                .statusCode(200)
                .body("items.municipality", everyItem(anyOf(nullValue(), is("kaluga"))))
                .body("items.entityKey", hasItems("kaluga/att-audit", "att-audit-indicator"))
                .body("items.entityKey", not(hasItem("tula/att-audit")));
        as("kaluga-editor")
                .get("/api/v1/audit?municipality=tula")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as("ministry")
                .get("/api/v1/audit?municipality=tula&entityType=organization")
                .then()
                .statusCode(200)
                .body("items.entityKey", hasItem("tula/att-audit"));
    }

    @Test
    void filtersByIndicatorAndTime() {
        as("tula-viewer")
                .get("/api/v1/audit?indicator=att-audit-indicator")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].newValue.nameRu", is("Новое название"))
                .body("items[0].municipality", nullValue());
        as("admin")
                .get("/api/v1/audit?indicator=att-audit-indicator&to=2000-01-01")
                .then()
                .statusCode(200)
                .body("total", is(0));
        as("admin")
                .get("/api/v1/audit?indicator=att-audit-indicator&from=2000-01-01")
                .then()
                .statusCode(200)
                .body("total", is(1));
    }

    @Test
    void malformedFiltersAreProblemsNamingTheParameter() {
        as("admin")
                .get("/api/v1/audit?importJob=not-a-uuid&entityId=x&from=yesterday")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("importJob", "entityId", "from"));
        as("anonymous").get("/api/v1/audit").then().statusCode(401);
    }
}
