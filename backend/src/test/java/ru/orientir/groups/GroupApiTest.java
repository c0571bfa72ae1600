package ru.orientir.groups;

import static org.hamcrest.Matchers.*;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Fixtures;

@QuarkusTest
class GroupApiTest {

    private static final String SHNOR = "/api/v1/municipalities/kaluga/groups/shnor-2019";

    @BeforeEach
    void schools() {
        Fixtures.territory();
        for (String school : List.of("grp-school-5", "grp-school-12")) {
            as("admin")
                    .body(Map.of("name", "Школа " + school, "type", "school"))
                    .put("/api/v1/municipalities/kaluga/organizations/" + school)
                    .then()
                    .statusCode(oneOf(200, 201));
        }
    }

    private static Map<String, Object> shnor(List<String> schools) {
        return Map.of("name", "ШНОР 2019–2020", "yearFrom", 2019, "yearTo", 2020, "organizations", schools);
    }

    @Test
    void editorKeepsARegisterThatItsViewerReadsAndOthersCannot() {
        as("kaluga-editor")
                .body(shnor(List.of("grp-school-12", "grp-school-5", "grp-school-5")))
                .put(SHNOR)
                .then()
                .statusCode(oneOf(200, 201))
                .header("ETag", notNullValue())
                .body("organizations", contains("grp-school-12", "grp-school-5"))
                .body("yearFrom", is(2019))
                .body("yearTo", is(2020));
        as("kaluga-viewer").get(SHNOR).then().statusCode(200).body("name", is("ШНОР 2019–2020"));
        as("kaluga-viewer")
                .get("/api/v1/municipalities/kaluga/groups")
                .then()
                .statusCode(200)
                .body("items.code", hasItem("shnor-2019"));
        as("tula-editor").get(SHNOR).then().statusCode(403).contentType("application/problem+json");
        as("tula-editor").body(shnor(List.of())).put(SHNOR).then().statusCode(403);
        as("kaluga-viewer").body(shnor(List.of())).put(SHNOR).then().statusCode(403);
        as("anonymous").get(SHNOR).then().statusCode(401);
    }

    @Test
    void unknownSchoolsAndInvertedYearsAreRefusedWithEveryFieldAndNothingIsWritten() {
        as("kaluga-editor")
                .body(Map.of(
                        "name",
                        "Реестр с ошибками",
                        "yearFrom",
                        2021,
                        "yearTo",
                        2020,
                        "organizations",
                        List.of("grp-school-5", "no-such-school", "school-1-of-tula")))
                .put("/api/v1/municipalities/kaluga/groups/bad-register")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("yearTo", "organizations"))
                .body(
                        "errors.find { it.field == 'organizations' }.message",
                        allOf(containsString("no-such-school"), containsString("school-1-of-tula")));
        as("kaluga-editor")
                .get("/api/v1/municipalities/kaluga/groups/bad-register")
                .then()
                .statusCode(404);
        as("kaluga-editor")
                .body(Map.of("name", "Без года"))
                .put("/api/v1/municipalities/kaluga/groups/no-year")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("yearFrom"));
        as("kaluga-editor")
                .body(Map.of("code", "another", "name", "Другой код", "yearFrom", 2020))
                .put("/api/v1/municipalities/kaluga/groups/this-code")
                .then()
                .statusCode(422)
                .body("errors[0].code", is("code_mismatch"));
    }

    @Test
    void staleVersionIsRefusedAndDeletionIsAuditedAndKeepsTheSchools() {
        String etag = as("kaluga-editor")
                .body(shnor(List.of("grp-school-5")))
                .put("/api/v1/municipalities/kaluga/groups/tmp-register")
                .then()
                .statusCode(oneOf(200, 201))
                .extract()
                .header("ETag");
        as("kaluga-editor")
                .header("If-Match", etag)
                .body(shnor(List.of("grp-school-5", "grp-school-12")))
                .put("/api/v1/municipalities/kaluga/groups/tmp-register")
                .then()
                .statusCode(200);
        as("kaluga-editor")
                .header("If-Match", etag)
                .body(shnor(List.of()))
                .put("/api/v1/municipalities/kaluga/groups/tmp-register")
                .then()
                .statusCode(412);
        as("kaluga-editor")
                .get("/api/v1/municipalities/kaluga/groups/tmp-register")
                .then()
                .body("organizations", contains("grp-school-12", "grp-school-5"));
        as("kaluga-editor")
                .delete("/api/v1/municipalities/kaluga/groups/tmp-register")
                .then()
                .statusCode(204);
        as("kaluga-editor")
                .get("/api/v1/municipalities/kaluga/groups/tmp-register")
                .then()
                .statusCode(404);
        as("kaluga-editor")
                .get("/api/v1/municipalities/kaluga/organizations/grp-school-5")
                .then()
                .statusCode(200);
        as("kaluga-editor")
                .get("/api/v1/audit?municipality=kaluga&size=1000")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.entityType == 'group' && it.entityKey == 'kaluga/tmp-register' }.action",
                        hasItems("create", "update", "delete"));
    }

    @Test
    void deletingASchoolTakesItOutOfItsRegisters() {
        as("admin")
                .body(Map.of("name", "Закрытая школа", "type", "school"))
                .put("/api/v1/municipalities/kaluga/organizations/grp-closed")
                .then()
                .statusCode(oneOf(200, 201));
        as("kaluga-editor")
                .body(shnor(List.of("grp-closed", "grp-school-5")))
                .put("/api/v1/municipalities/kaluga/groups/with-closed")
                .then()
                .statusCode(oneOf(200, 201));
        as("kaluga-editor")
                .delete("/api/v1/municipalities/kaluga/organizations/grp-closed")
                .then()
                .statusCode(204);
        as("kaluga-editor")
                .get("/api/v1/municipalities/kaluga/groups/with-closed")
                .then()
                .statusCode(200)
                .body("organizations", contains("grp-school-5"));
    }
}
