package ru.orientir.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.orientir.security.SecurityData.CSV;
import static ru.orientir.security.SecurityData.INDICATOR;
import static ru.orientir.security.SecurityData.YEAR;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Kaluga editor never sees or changes Tula's data, whatever the request says: the municipality in the
 * body, a file row, an organization code both have, an id, a spelling of the code. The matrix covers each
 * operation; these are the ways around it a caller might try.
 */
@QuarkusTest
class ScopeLeakTest {

    @BeforeEach
    void data() {
        SecurityData.ensure();
    }

    @ParameterizedTest(name = "PUT /values with municipality «{0}» as kaluga-editor is refused and writes nothing")
    @ValueSource(strings = {"tula", " tula ", "TULA", "Tula"})
    void editorCannotWriteAnotherMunicipalityByTheBody(String municipality) {
        int status = Who.KALUGA_EDITOR
                .request()
                .body(SecurityData.value(municipality, 99, null))
                .put("/api/v1/values")
                .then()
                .extract()
                .statusCode();
        // 403 for the code itself; another spelling is no known municipality the editor may write either
        assertEquals(true, status == 403 || status == 422, "status " + status);
        tulaUnchanged();
    }

    @Test
    void editorCannotWriteAnotherMunicipalitysTargetOrOrganization() {
        Who.KALUGA_EDITOR
                .request()
                .body(Map.of(
                        "municipality", "tula", "indicator", INDICATOR, "year", YEAR, "value", 1, "comparator", "le"))
                .put("/api/v1/targets")
                .then()
                .statusCode(403);
        Who.KALUGA_EDITOR
                .request()
                .body(Map.of("name", "Чужая школа", "type", "school"))
                .put("/api/v1/municipalities/tula/organizations/school-1")
                .then()
                .statusCode(403);
        Who.ADMIN
                .request()
                .get("/api/v1/targets/" + SecurityData.targetId("tula"))
                .then()
                .statusCode(200)
                .body("comparator", is("ge"))
                .body("value.toString()", org.hamcrest.Matchers.startsWith("50"));
        Who.ADMIN
                .request()
                .get("/api/v1/municipalities/tula/organizations/school-1")
                .then()
                .body("name", not("Чужая школа"));
    }

    @Test
    void editorCannotReadOrDeleteAnotherMunicipalitysRowById() {
        long tula = SecurityData.valueId("tula");
        Who.KALUGA_EDITOR.request().get("/api/v1/values/" + tula).then().statusCode(403);
        Who.KALUGA_EDITOR.request().delete("/api/v1/values/" + tula).then().statusCode(403);
        Who.KALUGA_EDITOR
                .request()
                .delete("/api/v1/targets/" + SecurityData.targetId("tula"))
                .then()
                .statusCode(403);
        tulaUnchanged();
        Who.ADMIN
                .request()
                .get("/api/v1/targets/" + SecurityData.targetId("tula"))
                .then()
                .statusCode(200);
    }

    @ParameterizedTest(name = "an atomic {0} upload with a Tula row by kaluga-editor is rejected whole")
    @ValueSource(strings = {"csv", "json"})
    void aFileRowOfAnotherMunicipalityRejectsTheAtomicUpload(String format) {
        String body = format.equals("csv")
                ? "municipality,indicator,year,value\nkaluga," + INDICATOR + "," + YEAR + ",41\ntula," + INDICATOR + ","
                        + YEAR + ",99\n"
                : "[{\"municipality\":\"kaluga\",\"indicator\":\"" + INDICATOR + "\",\"year\":" + YEAR
                        + ",\"value\":41}," + "{\"municipality\":\"tula\",\"indicator\":\"" + INDICATOR + "\",\"year\":"
                        + YEAR + ",\"value\":99}]";
        Who.KALUGA_EDITOR
                .request()
                .contentType(format.equals("csv") ? "text/csv" : "application/json")
                .body(body)
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .body("status", is("rejected"))
                .body("rowsImported", is(0))
                .body("errors.size()", is(1))
                .body("errors[0].column", is("municipality"));
        tulaUnchanged();
        assertEquals(SecurityData.VALUE.get("kaluga"), valueOf("kaluga"));
    }

    @Test
    void aPartialUploadWritesTheOwnRowsAndNeverTheOtherMunicipalitys() {
        String csv =
                "municipality;indicator;year;value\nkaluga;" + INDICATOR + ";2033;41\ntula;" + INDICATOR + ";2033;99\n";
        Who.KALUGA_EDITOR
                .request()
                .contentType(CSV)
                .body(csv)
                .post("/api/v1/imports?type=values&mode=partial")
                .then()
                .statusCode(201)
                .body("rowsImported", is(1))
                .body("rowsRejected", is(1));
        Who.ADMIN
                .request()
                .get("/api/v1/values?municipality=tula&indicator=" + INDICATOR + "&year=2033")
                .then()
                .statusCode(200)
                .body("items.value", not(hasItem(99)));
    }

    @Test
    void anOrganizationsFileCannotAddSchoolsToAnotherMunicipality() {
        Who.KALUGA_EDITOR
                .request()
                .contentType(CSV)
                .body("municipality,code,name\ntula,sec-imp-org,Чужая школа\n")
                .post("/api/v1/imports?type=organizations")
                .then()
                .statusCode(201)
                .body("status", is("rejected"))
                .body("rowsImported", is(0));
        Who.ADMIN
                .request()
                .get("/api/v1/municipalities/tula/organizations/sec-imp-org")
                .then()
                .statusCode(404);
    }

    @Test
    void aSchoolCodeOfAnotherMunicipalityIsNotRevealed() {
        Who.ADMIN
                .request()
                .body(Map.of("name", "Школа только в Туле", "type", "school"))
                .put("/api/v1/municipalities/tula/organizations/sec-far-school")
                .then()
                .statusCode(oneOf(200, 201));
        Map<String, Object> row = SecurityData.value("kaluga", 40, "sec-far-school");
        // the admin may be told that the school belongs elsewhere; the Kaluga editor only that Kaluga has none
        Who.ADMIN
                .request()
                .body(row)
                .put("/api/v1/values")
                .then()
                .statusCode(422)
                .body("errors[0].code", is("foreign_organization"));
        Who.KALUGA_EDITOR
                .request()
                .body(row)
                .put("/api/v1/values")
                .then()
                .statusCode(422)
                .body("errors[0].code", is("unknown_organization"));
        String message = Who.KALUGA_EDITOR
                .request()
                .contentType(CSV)
                .body("municipality,indicator,year,value,organization\nkaluga," + INDICATOR + "," + YEAR
                        + ",40,sec-far-school\n")
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .body("status", is("rejected"))
                .extract()
                .path("errors[0].message");
        org.junit.jupiter.api.Assertions.assertFalse(message.contains("tula"), message);
    }

    @ParameterizedTest(name = "a {0} upload by a caller who writes no municipality is 403")
    @ValueSource(strings = {"values", "targets", "organizations"})
    void viewersAndTheMinistryUploadNothing(String type) {
        for (Who who : List.of(Who.KALUGA_VIEWER, Who.MINISTRY)) {
            who.request()
                    .contentType(CSV)
                    .body(SecurityData.csv("kaluga", 40))
                    .post("/api/v1/imports?type=" + type)
                    .then()
                    .statusCode(403);
        }
    }

    @ParameterizedTest(name = "a {0} upload needs the admin or the service account")
    @ValueSource(strings = {"regions", "municipalities", "indicators"})
    void catalogueUploadsNeedTheAdminOrTheServiceAccount(String type) {
        for (Who who : List.of(Who.KALUGA_EDITOR, Who.KALUGA_VIEWER, Who.MINISTRY, Who.TULA_EDITOR)) {
            who.request()
                    .contentType(CSV)
                    .body("code,name\nsec-x,X\n")
                    .post("/api/v1/imports?type=" + type)
                    .then()
                    .statusCode(403);
        }
        String file =
                switch (type) {
                    case "regions" -> "code,name\nkaluzhskaya-oblast,Калужская область\n";
                    case "municipalities" ->
                        "code,name,region,type\nkaluga,Городской округ «Город Калуга»,kaluzhskaya-oblast,urban_okrug\n";
                    default ->
                        "code,name_ru,unit,area,polarity\n" + INDICATOR + ",Показатель проверки доступа " + INDICATOR
                                + ",percent,Безопасность,higher\n";
                };
        for (Who who : List.of(Who.ADMIN, Who.SERVICE)) {
            // the data as it is: a real (not dry) run that changes nothing
            who.request()
                    .contentType(CSV)
                    .body(file)
                    .post("/api/v1/imports?type=" + type)
                    .then()
                    .statusCode(201)
                    .body("status", is("succeeded"));
        }
    }

    @Test
    void anOrganizationCodeBothMunicipalitiesUseShowsOnlyTheOwnRows() {
        String org = "&organization=school-1";
        Who.KALUGA_EDITOR
                .request()
                .get("/api/v1/values?indicator=" + INDICATOR + org)
                .then()
                .statusCode(200)
                .body("items.municipality", contains("kaluga"));
        Who.KALUGA_EDITOR
                .request()
                .get("/api/v1/targets?indicator=" + INDICATOR + org)
                .then()
                .statusCode(200)
                .body("items.municipality", contains("kaluga"));
        Who.KALUGA_EDITOR
                .request()
                .get("/api/v1/attainment?year=" + YEAR + "&indicator=" + INDICATOR + org)
                .then()
                .statusCode(200)
                .body("items.municipality", contains("kaluga"));
        String csv = Who.KALUGA_EDITOR
                .request()
                .get("/api/v1/values/export?indicator=" + INDICATOR + org)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(List.of("kaluga"), Scope.firstColumn(csv));
        // the admin sees both, so the filter above really had something to hide
        Who.ADMIN
                .request()
                .get("/api/v1/values?indicator=" + INDICATOR + org)
                .then()
                .body("items.municipality", hasItem("tula"));
    }

    @Test
    void theAuditOfAnotherMunicipalitysRowIsInvisibleByAnyFilter() {
        String tulaValue = "entityType=value&entityId=" + SecurityData.valueId("tula");
        Who.ADMIN
                .request()
                .get("/api/v1/audit?" + tulaValue)
                .then()
                .statusCode(200)
                .body("total", greaterThan(0));
        Who.KALUGA_EDITOR
                .request()
                .get("/api/v1/audit?" + tulaValue)
                .then()
                .statusCode(200)
                .body("total", is(0));
        Who.KALUGA_EDITOR
                .request()
                .get("/api/v1/audit?" + tulaValue + "&municipality=tula")
                .then()
                .statusCode(403);
        Who.KALUGA_EDITOR
                .request()
                .get("/api/v1/audit?actor=admin&size=1000")
                .then()
                .statusCode(200)
                .body(
                        "items.municipality",
                        everyItem(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.nullValue(), is("kaluga"))));
    }

    @Test
    void summaryAndRankingWithoutAMunicipalityCountOnlyTheOwn() {
        Map<String, Object> own = Who.ADMIN
                .request()
                .get("/api/v1/attainment/summary?year=" + YEAR + "&municipality=kaluga")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        Map<String, Object> scoped = Who.KALUGA_EDITOR
                .request()
                .get("/api/v1/attainment/summary?year=" + YEAR)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        for (String count : List.of("met", "notMet", "noData", "noTarget")) {
            assertEquals(own.get(count), scoped.get(count), count);
        }
        Who.KALUGA_VIEWER
                .request()
                .get("/api/v1/attainment/ranking?year=" + YEAR + "&indicator=" + INDICATOR)
                .then()
                .statusCode(200)
                .body("items.municipality", contains("kaluga"))
                .body("items[0].rank", is(1));
    }

    @Test
    void theMinistryReadsEverythingAndChangesNoMunicipalitysData() {
        Who.MINISTRY
                .request()
                .get("/api/v1/values?indicator=" + INDICATOR)
                .then()
                .statusCode(200)
                .body("items.municipality", org.hamcrest.Matchers.hasItems("kaluga", "tula"));
        Who.MINISTRY
                .request()
                .body(SecurityData.value("kaluga", 1, null))
                .put("/api/v1/values")
                .then()
                .statusCode(403);
        Who.MINISTRY
                .request()
                .delete("/api/v1/values/" + SecurityData.valueId("kaluga"))
                .then()
                .statusCode(403);
        assertEquals(SecurityData.VALUE.get("kaluga"), valueOf("kaluga"));
    }

    private static void tulaUnchanged() {
        assertEquals(SecurityData.VALUE.get("tula"), valueOf("tula"), "Tula's value changed");
    }

    /** The municipality-level sec-1 value of 2030, as the admin reads it. */
    static int valueOf(String municipality) {
        return (int) Who.ADMIN
                .request()
                .get("/api/v1/values/" + SecurityData.valueId(municipality))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getDouble("value");
    }
}
