package ru.orientir.territory;

import static org.hamcrest.Matchers.*;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Fixtures;

@QuarkusTest
class TerritoryApiTest {

    @BeforeEach
    void territory() {
        Fixtures.territory();
    }

    @Test
    void ministryListsAllFourMunicipalitiesAndEditorOnlyItsOwn() {
        as("ministry")
                .get("/api/v1/municipalities")
                .then()
                .statusCode(200)
                .body("items.code", hasItems("kaluga", "kemerovo", "derbent", "tula"));
        as("kaluga-editor")
                .get("/api/v1/municipalities?size=1000")
                .then()
                .statusCode(200)
                .body("items.code", contains("kaluga"))
                .body("total", is(1));
    }

    @Test
    void unknownRegionIsAFieldError() {
        as("admin")
                .body(Map.of("name", "Новый", "region", "no-such-region"))
                .put("/api/v1/municipalities/new-town")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", is("region"));
    }

    @Test
    void staleIfMatchIsRefusedAndChangesNothing() {
        as("admin")
                .body(Map.of("name", "Школа № 7", "type", "school"))
                .put("/api/v1/municipalities/kaluga/organizations/school-7")
                .then()
                .statusCode(anyOf(is(200), is(201)));
        String etag = as("admin")
                .get("/api/v1/municipalities/kaluga/organizations/school-7")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as("admin")
                .header("If-Match", etag)
                .body(Map.of("name", "Школа № 7 им. Циолковского", "type", "school"))
                .put("/api/v1/municipalities/kaluga/organizations/school-7")
                .then()
                .statusCode(200);
        as("admin")
                .header("If-Match", etag)
                .body(Map.of("name", "Затёрто", "type", "school"))
                .put("/api/v1/municipalities/kaluga/organizations/school-7")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        as("admin")
                .get("/api/v1/municipalities/kaluga/organizations/school-7")
                .then()
                .body("name", is("Школа № 7 им. Циолковского"));
    }

    @Test
    void malformedJsonIsProblemNot500() {
        as("admin")
                .body("{\"name\": ")
                .put("/api/v1/regions/broken")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void noTokenIs401AndEditorCannotReadOtherMunicipality() {
        as("anonymous").get("/api/v1/municipalities").then().statusCode(401);
        as("kaluga-editor").get("/api/v1/municipalities/tula").then().statusCode(403);
    }

    @Test
    void creatingAMunicipalityProvisionsItsKeycloakRoles() {
        as("admin")
                .body(Map.of("name", "Городской округ Обнинск", "region", "kaluzhskaya-oblast"))
                .put("/api/v1/municipalities/obninsk")
                .then()
                .statusCode(anyOf(is(200), is(201)));
        String adminToken = ru.orientir.support.RealStack.keycloakAdminToken();
        for (String kind : new String[] {"editor", "viewer"}) {
            io.restassured.RestAssured.given()
                    .baseUri(ru.orientir.support.RealStack.keycloakUrl())
                    .auth()
                    .oauth2(adminToken)
                    .get("/admin/realms/orientir/roles/municipality:obninsk:" + kind)
                    .then()
                    .statusCode(200)
                    .body("name", is("municipality:obninsk:" + kind));
        }
    }
}
