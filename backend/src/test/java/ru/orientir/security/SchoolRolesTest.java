package ru.orientir.security;

import static org.hamcrest.Matchers.*;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Fixtures;
import ru.orientir.support.RealStack;

/** School coordinators: roles per organization, provisioned in Keycloak, named by /me. */
@QuarkusTest
class SchoolRolesTest {

    @BeforeEach
    void territory() {
        Fixtures.territory();
    }

    @Test
    void creatingAnOrganizationProvisionsItsCoordinatorsRoles() {
        as("kaluga-editor")
                .body(Map.of("name", "МБОУ «СОШ № 77»", "type", "school"))
                .put("/api/v1/municipalities/kaluga/organizations/roles-school-77")
                .then()
                .statusCode(oneOf(200, 201));
        String adminToken = RealStack.keycloakAdminToken();
        for (String kind : new String[] {"editor", "viewer"}) {
            String role = "organization:kaluga:roles-school-77:" + kind;
            RestAssured.given()
                    .baseUri(RealStack.keycloakUrl())
                    .auth()
                    .oauth2(adminToken)
                    .get("/admin/realms/orientir/roles/" + role)
                    .then()
                    .statusCode(200)
                    .body("name", is(role));
        }
    }

    @Test
    void meListsTheCoordinatorsOrganizationAndNoMunicipality() {
        as("kaluga-school-editor")
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", is("kaluga-school-editor"))
                .body("organizations.municipality", contains("kaluga"))
                .body("organizations.code", contains("school-45"))
                .body("organizations.role", contains("editor"))
                .body("writable", empty());
        as("kaluga-editor").get("/api/v1/me").then().statusCode(200).body("organizations", empty());
    }

    @Test
    void aCoordinatorCannotChangeTheMunicipalitysData() {
        as("kaluga-school-editor")
                .body(Map.of("name", "Чужая школа", "type", "school"))
                .put("/api/v1/municipalities/kaluga/organizations/roles-foreign")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as("kaluga-school-editor")
                .body(Map.of("comment", "Сдаю"))
                .post("/api/v1/municipalities/kaluga/periods/2024/submit")
                .then()
                .statusCode(403);
    }
}
