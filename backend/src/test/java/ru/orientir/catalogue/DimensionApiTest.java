package ru.orientir.catalogue;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.orientir.support.Tokens.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.audit.AuditEvent;
import ru.orientir.support.Fixtures;

/**
 * Controlled dimensions: a subject list and a grade list in the catalogue, an indicator disaggregated by
 * both, and values whose categories are member codes in canonical form, accepted and refused alike through
 * PUT /values and a values file.
 */
@QuarkusTest
class DimensionApiTest {

    static final Map<String, Object> SUBJECT = Map.of(
            "nameRu",
            "Предмет",
            "nameEn",
            "Subject",
            "members",
            List.of(
                    Map.of("code", "math", "nameRu", "Математика", "nameEn", "Mathematics"),
                    Map.of("code", "russian", "nameRu", "Русский язык")));
    static final Map<String, Object> GRADE = Map.of(
            "nameRu",
            "Класс",
            "members",
            List.of(Map.of("code", "4", "nameRu", "4 класс"), Map.of("code", "5", "nameRu", "5 класс")));
    static final String ALLOWED = "dt-subject=<код>;dt-grade=<код>; dt-subject («Предмет»): math «Математика», "
            + "russian «Русский язык»; dt-grade («Класс»): 4 «4 класс», 5 «5 класс»";

    @BeforeEach
    void catalogue() {
        Fixtures.territory();
        as("admin").body(SUBJECT).put("/api/v1/dimensions/dt-subject").then().statusCode(oneOf(200, 201));
        as("admin").body(GRADE).put("/api/v1/dimensions/dt-grade").then().statusCode(oneOf(200, 201));
        TestIndicators.put(
                "dt-vpr", "Доля выполнивших ВПР", "percent", Map.of("dimensions", List.of("dt-subject", "dt-grade")));
        TestIndicators.put("dt-ege", "Средний балл ЕГЭ", "score", Map.of("dimensions", List.of("dt-subject")));
    }

    @Test
    void adminKeepsDimensionsEveryoneReadsThemAndEveryChangeIsAudited() {
        as("kaluga-viewer")
                .get("/api/v1/dimensions")
                .then()
                .statusCode(200)
                .body("find { it.code == 'dt-subject' }.nameRu", is("Предмет"))
                .body("find { it.code == 'dt-subject' }.members.code", contains("math", "russian"))
                .body("find { it.code == 'dt-subject' }.members[0].nameRu", is("Математика"));
        as("kaluga-viewer")
                .get("/api/v1/dimensions/dt-grade")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("members.nameRu", contains("4 класс", "5 класс"));
        as("kaluga-viewer")
                .get("/api/v1/indicators/dt-vpr")
                .then()
                .statusCode(200)
                .body("dimensions", contains("dt-subject", "dt-grade"));
        as("kaluga-editor")
                .body(SUBJECT)
                .put("/api/v1/dimensions/dt-other")
                .then()
                .statusCode(403);
        as("admin").get("/api/v1/dimensions/dt-none").then().statusCode(404);

        as("admin")
                .body(Map.of("nameRu", "Экзамен", "members", List.of(Map.of("code", "ege", "nameRu", "ЕГЭ"))))
                .put("/api/v1/dimensions/dt-exam")
                .then()
                .statusCode(201)
                .body("members[0].code", is("ege"));
        as("admin")
                .body(Map.of(
                        "nameRu",
                        "Экзамен",
                        "members",
                        List.of(Map.of("code", "ege", "nameRu", "ЕГЭ"), Map.of("code", "oge", "nameRu", "ОГЭ"))))
                .put("/api/v1/dimensions/dt-exam")
                .then()
                .statusCode(200)
                .body("members.code", contains("ege", "oge"));
        as("admin").delete("/api/v1/dimensions/dt-exam").then().statusCode(204);
        as("admin").get("/api/v1/dimensions/dt-exam").then().statusCode(404);
        List<String> actions = QuarkusTransaction.requiringNew()
                .call(() ->
                        AuditEvent.<AuditEvent>list("entityType = 'dimension' and entityKey = 'dt-exam' order by id")
                                .stream()
                                .map(e -> e.action)
                                .toList());
        assertEquals(List.of("create", "update", "delete"), actions);
    }

    @Test
    void anIndicatorsFileDeclaresDimensionsAndAnEmptyCellKeepsThem() {
        as("admin")
                .contentType("text/csv")
                .body(("code,name_ru,unit,dimensions\n" + "dt-file,Из файла,score,dt-subject | dt-grade\n")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports?type=indicators")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"));
        as("admin")
                .contentType("text/csv")
                .body("code,name_ru,unit,dimensions\ndt-file,Из файла 2,score,\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports?type=indicators")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"));
        as("admin")
                .get("/api/v1/indicators/dt-file")
                .then()
                .statusCode(200)
                .body("nameRu", is("Из файла 2"))
                .body("dimensions", contains("dt-subject", "dt-grade"));
        as("admin")
                .contentType("text/csv")
                .body("code,name_ru,unit,dimensions\ndt-file-2,Плохой,score,dt-nowhere\n"
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports?type=indicators")
                .then()
                .statusCode(201)
                .body("status", is("rejected"))
                .body("errors[0].column", is("dimensions"))
                .body("errors[0].code", is("unknown_dimension"));
    }

    @Test
    void badDimensionsAndIndicatorsAreRefusedWithEveryField() {
        as("admin")
                .body(Map.of(
                        "nameRu",
                        " ",
                        "members",
                        List.of(
                                Map.of("code", "a b", "nameRu", "x"),
                                Map.of("code", "m", "nameRu", "y"),
                                Map.of("code", "m", "nameRu", " "))))
                .put("/api/v1/dimensions/dt-bad")
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("nameRu", "members[0].code", "members[2].code", "members[2].nameRu"));
        as("admin")
                .body(Map.of(
                        "nameRu",
                        "Плохой",
                        "unit",
                        "score",
                        "dimensions",
                        List.of("dt-subject", "dt-nowhere", "dt-subject"),
                        "categories",
                        List.of("математика")))
                .put("/api/v1/indicators/dt-bad")
                .then()
                .statusCode(422)
                .body("errors.find { it.field == 'dimensions[1]' }.code", is("unknown_dimension"))
                .body("errors.find { it.field == 'dimensions[2]' }.code", is("duplicate"))
                .body("errors.find { it.field == 'categories' }.code", is("categories_with_dimensions"));
    }

    @Test
    void allowedCategoriesAreStoredCanonicalAndOthersRefusedTheSameThroughTheApiAndAFile() {
        // any order and blanks in, the indicator's order out
        as("kaluga-editor")
                .body(value("dt-vpr", 2086, " dt-grade = 4 ; dt-subject=math", 71.5))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201))
                .body("category", is("dt-subject=math;dt-grade=4"));
        // a pair left out is the total over that dimension; one dimension takes the bare member code
        as("kaluga-editor")
                .body(value("dt-vpr", 2086, "dt-subject=russian", 80))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201))
                .body("category", is("dt-subject=russian"));
        as("kaluga-editor")
                .body(value("dt-ege", 2086, "math", 61))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201))
                .body("category", is("dt-subject=math"));

        Response refused = as("kaluga-editor")
                .body(value("dt-vpr", 2086, "dt-subject=physics;dt-grade=4", 50))
                .put("/api/v1/values");
        refused.then()
                .statusCode(422)
                .body("errors[0].field", is("category"))
                .body("errors[0].code", is("unknown_category"));
        String message = refused.jsonPath().getString("errors[0].message");
        assertEquals(
                "Категория «dt-subject=physics;dt-grade=4» не предусмотрена показателем dt-vpr (кода «physics» нет "
                        + "в списке «Предмет»); допустимы: " + ALLOWED,
                message);
        as("kaluga-editor")
                .body(value("dt-vpr", 2086, "Grade 4, Mathematics", 50))
                .put("/api/v1/values")
                .then()
                .statusCode(422)
                .body("errors[0].code", is("unknown_category"))
                .body("errors[0].message", containsString("не имеет вида измерение=код"));

        Response ok = upload(
                "municipality,indicator,year,value,category\n"
                        + "kaluga,dt-vpr,2087,64.5,dt-grade=5;dt-subject=russian\n",
                false);
        ok.then().statusCode(201).body("status", is("succeeded")).body("rowsImported", is(1));
        as("kaluga-viewer")
                .get("/api/v1/values?municipality=kaluga&indicator=dt-vpr&year=2087")
                .then()
                .statusCode(200)
                .body("items.category", contains("dt-subject=russian;dt-grade=5"))
                .body("items[0].value", is(64.5f));

        Response file = upload(
                "municipality;indicator;year;value;category\n"
                        + "kaluga;dt-vpr;2087;50;\"dt-subject=physics;dt-grade=4\"\n",
                true);
        file.then()
                .statusCode(201)
                .body("status", is("rejected"))
                .body("rowsImported", is(0))
                .body("errors[0].column", is("category"))
                .body("errors[0].code", is("unknown_category"))
                .body("errors[0].message", is("строка 2, столбец category: " + message));

        // the same refusal, with the same list of what is allowed, from a JSON file and a spreadsheet
        as("admin")
                .contentType("application/json")
                .body("[{\"municipality\": \"kaluga\", \"indicator\": \"dt-vpr\", \"year\": 2087, \"value\": 50, "
                        + "\"category\": \"dt-subject=physics;dt-grade=4\"}]")
                .post("/api/v1/imports?type=values&dryRun=true")
                .then()
                .statusCode(201)
                .body("status", is("rejected"))
                .body("errors[0].column", is("category"))
                .body("errors[0].code", is("unknown_category"))
                .body("errors[0].message", endsWith(message));
        as("admin")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(xlsx(
                        List.of("municipality", "indicator", "year", "value", "category"),
                        List.of("kaluga", "dt-vpr", "2087", "50", "dt-subject=physics;dt-grade=4")))
                .post("/api/v1/imports?type=values&dryRun=true")
                .then()
                .statusCode(201)
                .body("status", is("rejected"))
                .body("errors[0].column", is("category"))
                .body("errors[0].code", is("unknown_category"))
                .body("errors[0].message", endsWith(message));
    }

    private static byte[] xlsx(List<String> header, List<String> row) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Значения");
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                ws.value(1, c, row.get(c));
            }
            wb.finish();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMemberInUseStaysAndADimensionInUseCannotBeDeleted() {
        as("kaluga-editor")
                .body(value("dt-vpr", 2088, "dt-subject=russian;dt-grade=5", 90))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201));
        as("admin")
                .body(Map.of("nameRu", "Класс", "members", List.of(Map.of("code", "4", "nameRu", "4 класс"))))
                .put("/api/v1/dimensions/dt-grade")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("5 «5 класс» (показатели: dt-vpr)"));
        as("admin")
                .body(Map.of(
                        "nameRu",
                        "Предмет",
                        "members",
                        List.of(
                                Map.of("code", "russian", "nameRu", "Русский язык"),
                                Map.of("code", "math", "nameRu", "Математика"))))
                .put("/api/v1/dimensions/dt-subject")
                .then()
                .statusCode(200)
                .body("members.code", contains("russian", "math"));
        as("admin")
                .delete("/api/v1/dimensions/dt-subject")
                .then()
                .statusCode(409)
                .body(
                        "detail",
                        allOf(
                                containsString("нельзя удалить: по нему разбиты показатели dt-ege, "),
                                containsString("dt-vpr")));
        // an indicator with data may get a dimension appended, not lose or reorder one
        as("admin")
                .body(Map.of("nameRu", "Доля выполнивших ВПР", "unit", "percent", "dimensions", List.of("dt-grade")))
                .put("/api/v1/indicators/dt-vpr")
                .then()
                .statusCode(422)
                .body("errors[0].code", is("dimensions_in_use"));
        as("admin").body(SUBJECT).put("/api/v1/dimensions/dt-subject").then().statusCode(200);
    }

    private static Map<String, Object> value(String indicator, int year, String category, double v) {
        return Map.of("municipality", "kaluga", "indicator", indicator, "year", year, "category", category, "value", v);
    }

    private static Response upload(String csv, boolean dryRun) {
        return as("admin")
                .contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports?type=values&dryRun=" + dryRun);
    }
}
