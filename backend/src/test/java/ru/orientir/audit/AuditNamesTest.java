package ru.orientir.audit;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.orientir.security.Caller;
import ru.orientir.support.Fixtures;

/** The history names people (#16): the token's full name is stored with the event beside the login. */
@QuarkusTest
class AuditNamesTest {

    @Test
    void anEventCarriesThePersonsNameFromTheToken() {
        Fixtures.territory();
        as("kaluga-editor")
                .body(Map.of("name", "Школа names-1", "type", "school"))
                .put("/api/v1/municipalities/kaluga/organizations/names-1")
                .then()
                .statusCode(anyOf(is(200), is(201)));
        as("kaluga-editor")
                .body(Map.of("name", "Школа names-1 (новое имя)", "type", "school"))
                .put("/api/v1/municipalities/kaluga/organizations/names-1")
                .then()
                .statusCode(200);
        // kaluga-editor is «Редактор Калуга» in the realm
        as("kaluga-viewer")
                .get("/api/v1/audit?municipality=kaluga&entityType=organization&actor=kaluga-editor&size=1")
                .then()
                .statusCode(200)
                .body("items[0].actor", is("kaluga-editor"))
                .body("items[0].actorName", is("Редактор Калуга"));
    }

    @Test
    void severalEntityTypesAreReadAtOnce() {
        Fixtures.territory();
        as("admin")
                .body(Map.of("name", "Школа names-2", "type", "school"))
                .put("/api/v1/municipalities/kaluga/organizations/names-2")
                .then()
                .statusCode(anyOf(is(200), is(201)));
        as("admin")
                .get("/api/v1/audit?municipality=kaluga&entityType=value,organization&size=200")
                .then()
                .statusCode(200)
                .body("items.entityType", everyItem(isOneOf("value", "organization")))
                .body("items.entityKey", hasItem("kaluga/names-2"));
    }

    @Test
    void aTokenWithoutANameStoresNone() {
        assertNull(AuditLog.actorName(new Caller("svc", "svc", Caller.CHANNEL_API, Set.of())));
        assertEquals(
                "Интеграция министерства",
                AuditLog.actorName(new Caller(
                        "service-account-ministry-integration", "Интеграция министерства", "api", Set.of())));
    }
}
