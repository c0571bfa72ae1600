package ru.orientir.catalogue;

import static org.hamcrest.Matchers.*;
import static ru.orientir.support.Tokens.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.audit.AuditEvent;
import ru.orientir.support.Fixtures;
import ru.orientir.support.Tokens;

@QuarkusTest
class IndicatorApiTest {

    @BeforeEach
    void territory() {
        Fixtures.territory();
    }

    @Test
    void adminCreatesAnIndicatorWithItsScaleAndEveryoneReadsIt() {
        Map<String, Object> body = Map.ofEntries(
                Map.entry("nameRu", "Отношение среднего балла ЕГЭ 10 % лучших к 10 % худших"),
                Map.entry("nameEn", "Top-to-bottom decile ratio of USE scores"),
                Map.entry("area", "Кат-Качество образования"),
                Map.entry("areaEn", "Cat-Quality of education"),
                Map.entry("unit", "ratio"),
                Map.entry("decimals", 2),
                Map.entry("polarity", "lower"),
                Map.entry("scaleMin", 0),
                Map.entry("scaleMax", 10),
                Map.entry(
                        "bands",
                        List.of(
                                Map.of("to", 0.8, "label", "очень плохо", "score", 0),
                                Map.of("from", 0.8, "to", 1, "label", "плохо", "score", 1),
                                Map.of("from", 1, "label", "очень хорошо", "score", 2))),
                Map.entry("categories", List.of("математика", "русский язык")),
                Map.entry("source", "РЦОИ"));
        as("admin")
                .body(body)
                .put("/api/v1/indicators/cat-ratio")
                .then()
                .statusCode(oneOf(200, 201))
                .header("ETag", notNullValue());

        as("kaluga-viewer")
                .get("/api/v1/indicators/cat-ratio")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("code", is("cat-ratio"))
                .body("area", is("Кат-Качество образования"))
                .body("areaEn", is("Cat-Quality of education"))
                .body("unit", is("ratio"))
                .body("decimals", is(2))
                .body("polarity", is("lower"))
                .body("scaleMin", is(0))
                .body("scaleMax", is(10))
                .body("bands[1].from", is(0.8f))
                .body("bands[1].to", is(1))
                .body("bands[1].label", is("плохо"))
                .body("categories", contains("математика", "русский язык"))
                .body("status", is("active"))
                .body("level", is("municipality"))
                .body("periodicity", is("calendar_year"));

        as("kaluga-editor")
                .get("/api/v1/indicators?q=CAT-RAT")
                .then()
                .statusCode(200)
                .body("items.code", contains("cat-ratio"));
        as("ministry")
                .get("/api/v1/indicators/areas")
                .then()
                .statusCode(200)
                .body("find { it.area == 'Кат-Качество образования' }.count", is(1))
                .body("find { it.area == 'Кат-Качество образования' }.areaEn", is("Cat-Quality of education"));
    }

    @Test
    void listFiltersByAreaStatusAndLevel() {
        TestIndicators.put(
                "cat-f-1", "Кат фильтр 1", "percent", Map.of("area", "Кат-Фильтры", "level", "organization"));
        TestIndicators.put("cat-f-2", "Кат фильтр 2", "count", Map.of("area", "Кат-Фильтры", "status", "archived"));
        TestIndicators.put("cat-f-3", "Кат фильтр 3", "count", Map.of("area", "Кат-Другое"));
        as("ministry")
                .get("/api/v1/indicators?area=Кат-Фильтры")
                .then()
                .statusCode(200)
                .body("items.code", contains("cat-f-1", "cat-f-2"))
                .body("total", is(2));
        as("ministry")
                .get("/api/v1/indicators?area=Кат-Фильтры&status=active")
                .then()
                .body("items.code", contains("cat-f-1"));
        as("ministry")
                .get("/api/v1/indicators?q=cat-f-&level=organization")
                .then()
                .body("items.code", contains("cat-f-1"));
        as("ministry")
                .get("/api/v1/indicators?q=cat-f-&size=2&page=1")
                .then()
                .body("items.code", contains("cat-f-3"))
                .body("total", is(3))
                .body("page", is(1));
        as("ministry")
                .get("/api/v1/indicators?status=gone")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("status"));
    }

    @Test
    void everyBadFieldIsReportedAtOnceAndNothingIsWritten() {
        Map<String, Object> body = Map.of(
                "nameRu",
                " ",
                "unit",
                "kg",
                "decimals",
                9,
                "polarity",
                "up",
                "scaleMin",
                10,
                "scaleMax",
                5,
                "level",
                "school",
                "periodicity",
                "fortnightly",
                "bands",
                List.of(Map.of("from", 2, "to", 1, "label", "x")),
                "categories",
                List.of("a", "a"));
        as("admin")
                .body(body)
                .put("/api/v1/indicators/cat-bad")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        hasItems(
                                "nameRu",
                                "unit",
                                "decimals",
                                "polarity",
                                "scaleMax",
                                "level",
                                "periodicity",
                                "bands[0].to",
                                "categories[1]"));
        as("admin").get("/api/v1/indicators/cat-bad").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyCatalogueAdminsChangeTheCatalogue() {
        as("kaluga-editor")
                .body(Map.of("nameRu", "Кат", "unit", "count"))
                .put("/api/v1/indicators/cat-editor")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(Tokens.SERVICE)
                .body(Map.of("nameRu", "Кат интеграция", "unit", "count"))
                .put("/api/v1/indicators/cat-service")
                .then()
                .statusCode(201);
        as("ministry").delete("/api/v1/indicators/cat-service").then().statusCode(403);
        as("admin").delete("/api/v1/indicators/cat-service").then().statusCode(204);
        as("admin").get("/api/v1/indicators/cat-service").then().statusCode(404);
    }

    @Test
    void indicatorWithValuesIsNotDeletedButCanBeArchived() {
        TestIndicators.put("cat-used", "Кат используемый", "persons");
        as("kaluga-editor")
                .body(Map.of("municipality", "kaluga", "indicator", "cat-used", "year", 2023, "value", 120))
                .put("/api/v1/values")
                .then()
                .statusCode(201);
        as("admin")
                .delete("/api/v1/indicators/cat-used")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", is("values"))
                .body("detail", containsString("фактические значения — 1"));
        TestIndicators.put("cat-used", "Кат используемый", "persons", Map.of("status", "archived"));
        as("admin").get("/api/v1/indicators/cat-used").then().statusCode(200).body("status", is("archived"));
        as("kaluga-editor")
                .body(Map.of("municipality", "kaluga", "indicator", "cat-used", "year", 2024, "value", 130))
                .put("/api/v1/values")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("indicator"))
                .body("errors[0].code", is("archived_indicator"));
        List<String> actions = QuarkusTransaction.requiringNew()
                .call(() ->
                        AuditEvent.<AuditEvent>list("entityType = 'indicator' and entityKey = 'cat-used' order by id")
                                .stream()
                                .map(e -> e.action)
                                .toList());
        org.hamcrest.MatcherAssert.assertThat(actions, hasItems("create", "update"));
    }

    @Test
    void staleIfMatchIsRefusedAndSameDataAgainKeepsTheVersion() {
        TestIndicators.put("cat-lock", "Кат блокировка", "count");
        String etag =
                as("admin").get("/api/v1/indicators/cat-lock").then().extract().header("ETag");
        TestIndicators.put("cat-lock", "Кат блокировка", "count");
        as("admin").get("/api/v1/indicators/cat-lock").then().header("ETag", is(etag));
        as("admin")
                .header("If-Match", etag)
                .body(Map.of("nameRu", "Кат блокировка 2", "unit", "count"))
                .put("/api/v1/indicators/cat-lock")
                .then()
                .statusCode(200);
        as("admin")
                .header("If-Match", etag)
                .body(Map.of("nameRu", "Затёрто", "unit", "count"))
                .put("/api/v1/indicators/cat-lock")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        as("admin").get("/api/v1/indicators/cat-lock").then().body("nameRu", is("Кат блокировка 2"));
    }
}
