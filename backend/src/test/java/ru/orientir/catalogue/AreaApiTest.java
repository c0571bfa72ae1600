package ru.orientir.catalogue;

import static org.hamcrest.Matchers.*;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The managed list of areas (#16): kept by code, ordered, named by indicators as before. */
@QuarkusTest
class AreaApiTest {

    private static Map<String, Object> indicator(String area) {
        Map<String, Object> body = new HashMap<>();
        body.put("nameRu", "Показатель направления");
        body.put("unit", "percent");
        body.put("area", area);
        return body;
    }

    @Test
    void anAreaIsCreatedByCodeOrderedAndIndicatorsNameItAsBefore() {
        as("admin")
                .body(Map.of("nameRu", "Ар-тест: кадры", "nameEn", "Ar-test: staff", "position", 5))
                .put("/api/v1/areas/ar-staff")
                .then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("code", is("ar-staff"))
                .body("indicators", is(0));
        as("admin")
                .body(Map.of("nameRu", "Ар-тест: результаты", "position", 4))
                .put("/api/v1/areas/ar-results")
                .then()
                .statusCode(anyOf(is(200), is(201)));
        // an indicator names the area by its Russian name, as in files; it reads back its code
        as("admin")
                .body(indicator("Ар-тест: кадры"))
                .put("/api/v1/indicators/ar-ind-1")
                .then()
                .statusCode(anyOf(is(200), is(201)))
                .body("area", is("Ар-тест: кадры"))
                .body("areaEn", is("Ar-test: staff"))
                .body("areaCode", is("ar-staff"));
        List<String> codes = as("kaluga-viewer")
                .get("/api/v1/areas")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
        // position 4 before position 5
        org.junit.jupiter.api.Assertions.assertTrue(
                codes.indexOf("ar-results") < codes.indexOf("ar-staff"), codes::toString);
        as("kaluga-viewer")
                .get("/api/v1/areas/ar-staff")
                .then()
                .statusCode(200)
                .body("indicators", is(1))
                .body("nameEn", is("Ar-test: staff"));
    }

    @Test
    void aNewNameInAnIndicatorCreatesAnAreaWithACode() {
        as("admin")
                .body(indicator("Ар-тест: новое по имени"))
                .put("/api/v1/indicators/ar-ind-2")
                .then()
                .statusCode(anyOf(is(200), is(201)))
                .body("areaCode", startsWith("area-"));
    }

    @Test
    void duplicateNameAndBadPositionAreFieldErrorsAndUsedAreaIsNotDeleted() {
        as("admin")
                .body(Map.of("nameRu", "Ар-тест: занято"))
                .put("/api/v1/areas/ar-taken")
                .then()
                .statusCode(anyOf(is(200), is(201)));
        as("admin")
                .body(Map.of("nameRu", "Ар-тест: занято", "position", -1))
                .put("/api/v1/areas/ar-other")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("nameRu", "position"))
                .body("errors.find { it.field == 'nameRu' }.message", containsString("ar-taken"));
        as("admin")
                .body(indicator("Ар-тест: занято"))
                .put("/api/v1/indicators/ar-ind-3")
                .then()
                .statusCode(anyOf(is(200), is(201)));
        as("admin").delete("/api/v1/areas/ar-taken").then().statusCode(409).body("errors[0].field", is("indicators"));
        as("kaluga-editor")
                .body(Map.of("nameRu", "Чужое"))
                .put("/api/v1/areas/ar-kaluga")
                .then()
                .statusCode(403);
    }

    @Test
    void anUnusedAreaIsDeletedAndTheChangeAudited() {
        as("admin")
                .body(Map.of("nameRu", "Ар-тест: удаляемое"))
                .put("/api/v1/areas/ar-gone")
                .then()
                .statusCode(anyOf(is(200), is(201)));
        as("admin").delete("/api/v1/areas/ar-gone").then().statusCode(204);
        as("admin").get("/api/v1/areas/ar-gone").then().statusCode(404);
        as("admin")
                .get("/api/v1/audit?entityType=indicator_area&size=100")
                .then()
                .statusCode(200)
                .body("items.findAll { it.entityKey == 'ar-gone' }.action", contains("delete", "create"));
    }
}
