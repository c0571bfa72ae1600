package ru.orientir.targets;

import static org.hamcrest.Matchers.*;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.catalogue.TestIndicators;
import ru.orientir.support.Fixtures;

/** Targets of every organization ('*') and per category, through PUT /targets and the targets file. */
@QuarkusTest
class EveryOrganizationTargetApiTest {

    @BeforeEach
    void catalogue() {
        Fixtures.territory();
        as("admin")
                .body(Map.of(
                        "nameRu",
                        "Предмет (eot)",
                        "members",
                        List.of(
                                Map.of("code", "math", "nameRu", "Математика"),
                                Map.of("code", "russian", "nameRu", "Русский язык"))))
                .put("/api/v1/dimensions/eot-subject")
                .then()
                .statusCode(oneOf(200, 201));
        TestIndicators.put("eot-school", "Показатель школ (eot)", "percent", Map.of("level", "organization"));
        TestIndicators.put(
                "eot-subj",
                "Средний балл ЕГЭ школ (eot)",
                "score",
                Map.of("level", "organization", "dimensions", List.of("eot-subject"), "periodicity", "school_year"));
        TestIndicators.put("eot-city", "Показатель муниципалитета (eot)", "percent");
    }

    private static Map<String, Object> target(String indicator, String organization, int year, Object value) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipality", "kaluga");
        body.put("indicator", indicator);
        body.put("organization", organization);
        body.put("year", year);
        body.put("comparator", "ge");
        body.put("value", value);
        return body;
    }

    @Test
    void aTargetOfEveryOrganizationIsWrittenReadFilteredUpdatedAuditedAndDeleted() {
        int id = as("kaluga-editor")
                .body(target("eot-school", "*", 2042, 50))
                .put("/api/v1/targets")
                .then()
                .statusCode(201)
                .body("organization", is("*"))
                .body("category", is(""))
                .body("yearLabel", is("2042"))
                .extract()
                .path("id");
        // the same natural key again: the same target, updated
        as("kaluga-editor")
                .body(target("eot-school", " * ", 2042, 55))
                .put("/api/v1/targets")
                .then()
                .statusCode(200)
                .body("id", is(id))
                .body("value", is(55));
        // a school's own target of the same year is another target
        as("kaluga-editor")
                .body(target("eot-school", "school-1", 2042, 70))
                .put("/api/v1/targets")
                .then()
                .statusCode(201)
                .body("organization", is("school-1"));
        as("kaluga-viewer")
                .get("/api/v1/targets?municipality=kaluga&indicator=eot-school&organization=*")
                .then()
                .statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].organization", is("*"));
        as("kaluga-viewer")
                .get("/api/v1/targets?municipality=kaluga&indicator=eot-school")
                .then()
                .statusCode(200)
                .body("items.organization", containsInAnyOrder("*", "school-1"));
        as("kaluga-viewer")
                .get("/api/v1/targets?municipality=kaluga&indicator=eot-school&organization=school-1")
                .then()
                .statusCode(200)
                .body("items.organization", contains("school-1"));
        as("ministry")
                .get("/api/v1/audit?indicator=eot-school&entityType=target")
                .then()
                .statusCode(200)
                .body("items.entityKey", hasItem("kaluga/eot-school/*/2042/target"))
                .body("items.action", hasItems("create", "update"));
        as("kaluga-editor").delete("/api/v1/targets/" + id).then().statusCode(204);
        as("kaluga-viewer")
                .get("/api/v1/targets?municipality=kaluga&indicator=eot-school&organization=*")
                .then()
                .body("items", empty());
    }

    @Test
    void everyOrganizationIsRefusedForAMunicipalityLevelIndicatorAndNeedsAMunicipalityWriter() {
        as("kaluga-editor")
                .body(target("eot-city", "*", 2042, 50))
                .put("/api/v1/targets")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("organization"))
                .body("errors[0].code", is("every_organization_not_allowed"))
                .body("errors[0].message", containsString("уровня организаций"));
        as("kaluga-viewer")
                .body(target("eot-school", "*", 2042, 50))
                .put("/api/v1/targets")
                .then()
                .statusCode(403);
        as("tula-editor")
                .body(target("eot-school", "*", 2042, 50))
                .put("/api/v1/targets")
                .then()
                .statusCode(403);
    }

    @Test
    void aTargetPerCategoryIsStoredCanonicalWithTheSchoolYearLabel() {
        Map<String, Object> math = target("eot-subj", "*", 2042, 60);
        math.put("category", "math");
        as("kaluga-editor")
                .body(math)
                .put("/api/v1/targets")
                .then()
                .statusCode(oneOf(200, 201))
                .body("category", is("eot-subject=math"))
                .body("yearLabel", is("2042/43"));
        Map<String, Object> total = target("eot-subj", "*", 2042, 50);
        as("kaluga-editor").body(total).put("/api/v1/targets").then().statusCode(oneOf(200, 201));
        as("kaluga-viewer")
                .get("/api/v1/targets?municipality=kaluga&indicator=eot-subj&category=eot-subject=math")
                .then()
                .statusCode(200)
                .body("items.value", contains(60));
        as("kaluga-viewer")
                .get("/api/v1/targets?municipality=kaluga&indicator=eot-subj&year=2042")
                .then()
                .body("items.category", containsInAnyOrder("", "eot-subject=math"));
        Map<String, Object> chemistry = target("eot-subj", "*", 2042, 60);
        chemistry.put("category", "chemistry");
        as("kaluga-editor")
                .body(chemistry)
                .put("/api/v1/targets")
                .then()
                .statusCode(422)
                .body("errors.field", contains("category"))
                .body("errors[0].message", containsString("math «Математика»"));
    }

    @Test
    void aTargetsFileTakesEveryOrganizationAndCategories() {
        String csv = "municipality;indicator;organization;year;value;comparator;category\n"
                + "kaluga;eot-school;*;2043;45;ge;\n"
                + "kaluga;eot-subj;*;2043;3,5;ge;russian\n"
                + "kaluga;eot-subj;school-1;2043;4;ge;eot-subject=russian\n";
        upload("kaluga-editor", csv)
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsImported", is(3));
        as("kaluga-viewer")
                .get("/api/v1/targets?municipality=kaluga&year=2043&organization=*")
                .then()
                .body(
                        "items.collect { it.indicator + ' ' + it.category + ' ' + it.value }",
                        containsInAnyOrder("eot-school  45", "eot-subj eot-subject=russian 3.5"));
        as("ministry")
                .get("/api/v1/audit?indicator=eot-school&entityType=target&municipality=kaluga")
                .then()
                .body("items.entityKey", hasItem(startsWith("kaluga/eot-school: создано")));
        // the same file again changes nothing; a changed '*' row updates it, audited with '*'
        upload("kaluga-editor", csv.replace(";45;", ";47;")).statusCode(201).body("status", is("succeeded"));
        as("ministry")
                .get("/api/v1/audit?indicator=eot-school&entityType=target&municipality=kaluga")
                .then()
                .body("items.entityKey", hasItem("kaluga/eot-school/*/2043/target/"));
        // the export is the same file format: '*' and the category come back as they were loaded
        String exported = as("kaluga-viewer")
                .get("/api/v1/targets/export?municipality=kaluga&indicator=eot-subj&yearFrom=2043&yearTo=2043")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertTrue(
                exported.contains("kaluga,eot-subj,2043,2043/44,3.5,ge,,target,*,eot-subject=russian,"), exported);
        org.junit.jupiter.api.Assertions.assertTrue(
                exported.contains("kaluga,eot-subj,2043,2043/44,4,ge,,target,school-1,eot-subject=russian,"), exported);
        // '*' for a municipality-level indicator, another municipality's '*': the whole file is refused
        String bad = "municipality;indicator;organization;year;value;category\n"
                + "kaluga;eot-city;*;2043;45;\n"
                + "tula;eot-school;*;2043;45;\n"
                + "kaluga;eot-subj;*;2043;4;chemistry\n";
        upload("kaluga-editor", bad)
                .body("status", is("rejected"))
                .body("rowsImported", is(0))
                .body(
                        "errors.collect { it.row + ' ' + it.column }",
                        containsInAnyOrder("2 organization", "3 municipality", "4 category"));
    }

    private static io.restassured.response.ValidatableResponse upload(String user, String csv) {
        return as(user).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports?type=targets")
                .then()
                .log()
                .ifValidationFails();
    }
}
