package ru.orientir.territory;

import static org.hamcrest.Matchers.*;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Fixtures;

/** Municipalities and schools are archived, not lost (#16): the status is kept unless a PUT names another. */
@QuarkusTest
class TerritoryArchiveTest {

    @BeforeEach
    void territory() {
        Fixtures.territory();
    }

    @Test
    void anArchivedSchoolIsListedApartAndAFileLikeUpdateKeepsItArchived() {
        as("kaluga-editor")
                .body(Map.of("name", "Школа arch-1", "type", "school"))
                .put("/api/v1/municipalities/kaluga/organizations/arch-1")
                .then()
                .statusCode(anyOf(is(200), is(201)))
                .body("status", is("active"));
        as("kaluga-editor")
                .body(Map.of("name", "Школа arch-1", "type", "school", "status", "archived"))
                .put("/api/v1/municipalities/kaluga/organizations/arch-1")
                .then()
                .statusCode(200)
                .body("status", is("archived"));
        // a PUT without status (as the organizations file writes) keeps it archived
        as("kaluga-editor")
                .body(Map.of("name", "Школа arch-1 (переименована)", "type", "school"))
                .put("/api/v1/municipalities/kaluga/organizations/arch-1")
                .then()
                .statusCode(200)
                .body("status", is("archived"));
        as("kaluga-viewer")
                .get("/api/v1/municipalities/kaluga/organizations?status=archived&size=1000")
                .then()
                .statusCode(200)
                .body("items.code", hasItem("arch-1"))
                .body("items.status", everyItem(is("archived")));
        as("kaluga-viewer")
                .get("/api/v1/municipalities/kaluga/organizations?status=active&size=1000")
                .then()
                .statusCode(200)
                .body("items.code", not(hasItem("arch-1")));
        as("admin")
                .get("/api/v1/audit?entityType=organization&municipality=kaluga&size=5")
                .then()
                .statusCode(200)
                .body("items[0].entityKey", is("kaluga/arch-1"))
                .body("items[0].newValue.status", is("archived"));
    }

    @Test
    void aBadStatusIsAFieldErrorAndTheMunicipalityIsArchivedByTheAdminOnly() {
        as("admin")
                .body(Map.of("name", "Школа", "status", "closed"))
                .put("/api/v1/municipalities/kaluga/organizations/arch-2")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("status"));
        as("admin")
                .get("/api/v1/municipalities?status=gone")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        String region = as("admin")
                .get("/api/v1/municipalities/kaluga")
                .then()
                .extract()
                .path("region");
        as("admin")
                .body(Map.of("name", "Архивный район", "region", region, "status", "archived"))
                .put("/api/v1/municipalities/arch-town")
                .then()
                .statusCode(anyOf(is(200), is(201)))
                .body("status", is("archived"));
        as("admin")
                .get("/api/v1/municipalities?status=archived&size=1000")
                .then()
                .body("items.code", hasItem("arch-town"))
                .body("items.code", not(hasItem("kaluga")));
    }
}
