package ru.orientir.security;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.catalogue.TestIndicators;
import ru.orientir.support.Fixtures;
import ru.orientir.support.RealStack;

/** School coordinators: roles per organization, provisioned in Keycloak, named by /me. */
@QuarkusTest
class SchoolRolesTest {

    private static final String IND = "school-role-1";
    private static final int YEAR = 2037;
    private static final String CSV = "text/csv; charset=UTF-8";

    @BeforeEach
    void territory() {
        Fixtures.territory();
        as("admin")
                .body(Map.of("name", "МБОУ «СОШ № 45»", "type", "school"))
                .put("/api/v1/municipalities/kaluga/organizations/school-45")
                .then()
                .statusCode(oneOf(200, 201));
        TestIndicators.put(
                IND, "Доля выпускников, сдавших ЕГЭ (проверка ролей школ)", "percent", Map.of("level", "organization"));
        // the municipality's figure as a whole and another school's, written by the department
        as("kaluga-editor")
                .body(value("kaluga", null, 61))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201));
        as("kaluga-editor")
                .body(value("kaluga", "school-1", 58))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201));
    }

    private static Map<String, Object> value(String municipality, String organization, Number v) {
        return value(municipality, organization, v, YEAR);
    }

    private static Map<String, Object> value(String municipality, String organization, Number v, int year) {
        Map<String, Object> body =
                new HashMap<>(Map.of("municipality", municipality, "indicator", IND, "year", year, "value", v));
        if (organization != null) {
            body.put("organization", organization);
        }
        return body;
    }

    @Test
    void aSchoolEditorWritesItsOwnSchoolsValueAndReadsItBack() {
        as("kaluga-school-editor")
                .body(value("kaluga", "school-45", 72.5))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201))
                .body("organization", is("school-45"))
                .body("updatedBy", is("kaluga-school-editor"));
        as("kaluga-school-editor")
                .get("/api/v1/values?municipality=kaluga&indicator=" + IND + "&year=" + YEAR)
                .then()
                .statusCode(200)
                // its own school and the municipality as a whole, not school-1
                .body("items.organization", containsInAnyOrder("school-45", null))
                .body("items.value", hasItems(72.5f, 61));
    }

    @Test
    void aSchoolEditorIsRefusedAnotherSchoolsTheMunicipalitysAndAnotherMunicipalitysRows() {
        as("kaluga-school-editor")
                .body(value("kaluga", "school-1", 10))
                .put("/api/v1/values")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("только своей организации"));
        as("kaluga-school-editor")
                .body(value("kaluga", null, 10))
                .put("/api/v1/values")
                .then()
                .statusCode(403)
                .body("detail", containsString("управление образования"));
        as("kaluga-school-editor")
                .body(value("tula", "school-1", 10))
                .put("/api/v1/values")
                .then()
                .statusCode(403);
        // nothing changed: the department's figures are as they were
        as("kaluga-editor")
                .get("/api/v1/values?municipality=kaluga&indicator=" + IND + "&year=" + YEAR + "&organization=school-1")
                .then()
                .body("items.value", contains(58));
    }

    @Test
    void aSchoolEditorCannotReadAnotherSchoolsRows() {
        as("kaluga-school-editor")
                .get("/api/v1/values?municipality=kaluga&organization=school-1&indicator=" + IND)
                .then()
                .statusCode(403);
        as("kaluga-school-editor")
                .get("/api/v1/values/export?indicator=" + IND)
                .then()
                .statusCode(200)
                .body(not(containsString("school-1")));
        as("kaluga-school-editor")
                .get("/api/v1/values?municipality=tula")
                .then()
                .statusCode(403);
    }

    @Test
    void aSchoolEditorsFileWithOneForeignRowIsRejectedWhole() {
        String file = "municipality,organization,indicator,year,value\n"
                + "kaluga,school-45," + IND + "," + YEAR + ",80\n"
                + "kaluga,school-1," + IND + "," + YEAR + ",11\n"
                + "kaluga,," + IND + "," + YEAR + ",12\n";
        as("kaluga-school-editor")
                .contentType(CSV)
                .body(file)
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .body("status", is("rejected"))
                .body("rowsImported", is(0))
                .body("errors.row", contains(3, 4))
                .body("errors.column", contains("organization", "municipality"));
        as("kaluga-editor")
                .get("/api/v1/values?municipality=kaluga&indicator=" + IND + "&year=" + YEAR)
                .then()
                .body("items.value", hasItems(61, 58))
                .body("items.value", everyItem(not(oneOf(80, 11, 12))));
    }

    @Test
    void aSchoolEditorUploadsItsOwnRows() {
        String file = "municipality,organization,indicator,year,value\n" + "kaluga,school-45," + IND + "," + (YEAR + 1)
                + ",66\n";
        as("kaluga-school-editor")
                .contentType(CSV)
                .body(file)
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"));
        as("kaluga-school-editor")
                .get("/api/v1/values?municipality=kaluga&organization=school-45&indicator=" + IND + "&year="
                        + (YEAR + 1))
                .then()
                .statusCode(200)
                .body("items.value", contains(66));
    }

    @Test
    void aSchoolEditorSeesItsSchoolAgainstTheMunicipalAverageAndTheSchoolsMetButNoOtherSchool() {
        int year = YEAR + 2;
        as("kaluga-editor")
                .body(value("kaluga", "school-1", 40, year))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201));
        as("kaluga-editor")
                .body(value("kaluga", "school-45", 60, year))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201));
        as("kaluga-editor")
                .body(Map.of(
                        "municipality",
                        "kaluga",
                        "organization",
                        "*",
                        "indicator",
                        IND,
                        "year",
                        year,
                        "value",
                        50,
                        "comparator",
                        "ge"))
                .put("/api/v1/targets")
                .then()
                .statusCode(oneOf(200, 201));
        // (40 + 60) / 2 = 50; school-45 meets «≥ 50», school-1 does not (other schools have no data)
        as("kaluga-school-editor")
                .get("/api/v1/attainment?municipality=kaluga&year=" + year + "&indicator=" + IND)
                .then()
                .statusCode(200)
                .body("items.organization", not(hasItem("school-1")))
                .body("items.find { it.organization == 'school-45' }.status", is("met"))
                .body("items.find { it.organization == 'school-45' }.municipalAverage", is(50))
                .body("items.find { it.organization == 'school-45' }.difference", is(10))
                .body("items.find { it.organization == null }.schools.met", is(1))
                .body("items.find { it.organization == null }.schools.notMet", is(1));
        as("kaluga-school-editor")
                .get("/api/v1/attainment?municipality=kaluga&year=" + year + "&organization=school-1")
                .then()
                .statusCode(403);
    }

    @Test
    void aSchoolEditorsTemplateHoldsOnlyItsOwnSchoolsRows() throws Exception {
        byte[] template = as("kaluga-school-editor")
                .get("/api/v1/templates/values?municipality=kaluga&year=" + (YEAR + 3))
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            List<Row> rows = wb.getFirstSheet().read();
            Row own = rows.stream()
                    .filter(r -> IND.equals(r.getCellText(0)))
                    .findFirst()
                    .orElseThrow();
            assertEquals("school-45", own.getCellText(4));
            // every row is its own school's: the municipality's own indicators are not offered
            assertTrue(rows.stream().skip(1).allMatch(r -> "school-45".equals(r.getCellText(4))));
        }
    }

    @Test
    void aSchoolEditorSeesItsMunicipalityAndItsPeriodButNotTheRegister() {
        as("kaluga-school-editor").get("/api/v1/municipalities/kaluga").then().statusCode(200);
        as("kaluga-school-editor")
                .get("/api/v1/municipalities/kaluga/periods/" + YEAR)
                .then()
                .statusCode(200);
        as("kaluga-school-editor").get("/api/v1/municipalities/tula").then().statusCode(403);
        as("kaluga-school-editor")
                .get("/api/v1/municipalities/kaluga/groups")
                .then()
                .statusCode(403);
    }

    @Test
    void aSchoolEditorReadsTheHistoryOfItsOwnSchoolsRowsOnly() {
        as("kaluga-school-editor")
                .body(value("kaluga", "school-45", 64))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201));
        String query = "/api/v1/audit?entityType=value&indicator=" + IND + "&size=1000";
        // the department sees the three rows' events: the municipality's, school-1's and school-45's
        as("kaluga-editor")
                .get(query + "&municipality=kaluga")
                .then()
                .statusCode(200)
                .body("items.organization", hasItems("school-45", "school-1", null));
        for (String q : List.of(query + "&municipality=kaluga", query)) {
            as("kaluga-school-editor")
                    .get(q)
                    .then()
                    .statusCode(200)
                    .body("items.size()", greaterThan(0))
                    .body("items.organization", everyItem(is("school-45")))
                    .body("items.actor", hasItem("kaluga-school-editor"));
        }
        as("kaluga-school-editor").get(query + "&municipality=tula").then().statusCode(403);
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
                .body("organizations.name", contains("МБОУ «СОШ № 45»"))
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
