package ru.orientir.periods;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.orientir.periods.PeriodTestData.PATH;
import static ru.orientir.support.Tokens.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.audit.AuditEvent;
import ru.orientir.common.ProblemException;
import ru.orientir.territory.Municipality;

@QuarkusTest
class PeriodApiTest {

    @Inject
    PeriodGuard guard;

    @BeforeEach
    void data() {
        PeriodTestData.kaluga();
        PeriodTestData.unlock();
    }

    @AfterEach
    void leaveEditable() {
        PeriodTestData.unlock();
    }

    @Test
    void wholeCycleIsRecordedInHistoryAndAudit() {
        int historyBefore =
                as("kaluga-editor").get(PATH).then().statusCode(200).extract().path("history.size()");
        long auditBefore = lastAuditId();

        // the editor sees what is missing or suspicious before submitting
        as("kaluga-editor")
                .get(PATH)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("municipality", is("kaluga"))
                .body("municipalityName", is("Городской округ «Город Калуга»"))
                .body("year", is(2024))
                .body("state", oneOf("open", "returned"))
                .body("actions", contains("submit"))
                .body("completeness.missing.indicator", hasItem("per-missing"))
                .body("completeness.missing.indicator", not(hasItem("per-jump")))
                .body("completeness.warnings.findAll { it.indicator == 'per-jump' }.code", contains("big_jump"))
                .body(
                        "completeness.warnings.findAll { it.indicator == 'per-share' }.code",
                        contains("numerator_above_denominator"))
                .body("completeness.warnings.findAll { it.indicator == 'per-scale' }.code", contains("outside_scale"));

        String etag = as("kaluga-editor").get(PATH).then().extract().header("ETag");
        JsonPath submitted = as("kaluga-editor")
                .header("If-Match", etag)
                .body(Map.of("comment", "Данные за 2024 год внесены; интернет в школах ещё считаем"))
                .post(PATH + "/submit")
                .then()
                .statusCode(200)
                .header("ETag", not(etag))
                .body("state", is("submitted"))
                .body("updatedBy", is("kaluga-editor"))
                .body("completeness.missing.indicator", hasItem("per-missing"))
                .extract()
                .jsonPath();
        assertEquals("submit", submitted.getString("history[" + historyBefore + "].action"));

        // the year is locked now: the values API refuses changes (PeriodLockApiTest checks the HTTP side)
        ProblemException locked = assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> guard.requireOpen(Municipality.byCode("kaluga").orElseThrow(), 2024)));
        assertEquals(409, locked.status());

        // the ministry's queue shows it, with the counts known at submit time
        as("ministry")
                .get("/api/v1/periods?state=submitted&year=2024&municipality=kaluga")
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].municipality", is("kaluga"))
                .body("items[0].updatedBy", is("kaluga-editor"))
                .body("items[0].missingCount", greaterThanOrEqualTo(1))
                .body("items[0].warningCount", greaterThanOrEqualTo(3));
        as("tula-editor")
                .get("/api/v1/periods?state=submitted&size=1000")
                .then()
                .statusCode(200)
                .body("items.municipality", not(hasItem("kaluga")));

        as("kaluga-editor")
                .body(Map.of())
                .post(PATH + "/approve")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as("kaluga-editor")
                .body(Map.of())
                .post(PATH + "/submit")
                .then()
                .statusCode(409)
                .body("detail", containsString("отправлен на утверждение"));
        as("ministry")
                .body(Map.of())
                .post(PATH + "/return")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", is("comment"));
        as("ministry")
                .body(Map.of("comment", "   "))
                .post(PATH + "/return")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("comment"));
        as("ministry").get(PATH).then().body("state", is("submitted"));

        as("ministry")
                .body(Map.of("comment", "Нет данных о доступе школ к интернету"))
                .post(PATH + "/return")
                .then()
                .statusCode(200)
                .body("state", is("returned"));
        as("kaluga-editor").get(PATH).then().body("actions", contains("submit"));
        as("kaluga-editor")
                .body(Map.of("comment", "Исправлено"))
                .post(PATH + "/submit")
                .then()
                .statusCode(200)
                .body("state", is("submitted"));

        String staleEtag = etag;
        as("ministry")
                .header("If-Match", staleEtag)
                .body(Map.of())
                .post(PATH + "/approve")
                .then()
                .statusCode(412);
        as("ministry")
                .get(PATH)
                .then()
                .body("state", is("submitted"))
                .body("actions", contains("approve", "return", "reopen"));
        as("ministry")
                .body(Map.of("comment", "Согласовано"))
                .post(PATH + "/approve")
                .then()
                .statusCode(200)
                .body("state", is("approved"));

        as("admin").body(Map.of()).post(PATH + "/reopen").then().statusCode(422).body("errors[0].field", is("comment"));
        as("admin")
                .body(Map.of("comment", "Уточнение данных по запросу прокуратуры"))
                .post(PATH + "/reopen")
                .then()
                .statusCode(200)
                .body("state", is("open"));

        JsonPath period =
                as("kaluga-viewer").get(PATH).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> steps = period.getList("history");
        steps = steps.subList(historyBefore, steps.size());
        assertEquals(
                List.of("submit", "return", "submit", "approve", "reopen"),
                steps.stream().map(s -> s.get("action")).toList());
        assertEquals(
                List.of("kaluga-editor", "ministry", "kaluga-editor", "ministry", "admin"),
                steps.stream().map(s -> s.get("actor")).toList());
        assertEquals(
                List.of("submitted", "returned", "submitted", "approved", "open"),
                steps.stream().map(s -> s.get("to")).toList());
        assertEquals("returned", steps.get(2).get("from"));
        assertEquals("Нет данных о доступе школ к интернету", steps.get(1).get("comment"));
        assertEquals("Уточнение данных по запросу прокуратуры", steps.get(4).get("comment"));
        // what the ministry saw at submit time stays with the submit event
        assertEquals(
                true,
                period.getList("history[" + historyBefore + "].completeness.missing.indicator")
                        .contains("per-missing"));

        List<List<String>> audit = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                        "entityType = 'period' and entityKey = 'kaluga/2024' and id > ?1 order by id", auditBefore)
                .stream()
                .map(e ->
                        List.of(e.action, e.actor, String.valueOf(e.comment), String.valueOf(e.newValue.get("state"))))
                .toList());
        assertEquals(
                List.of(
                        List.of(
                                "submit",
                                "kaluga-editor",
                                "Данные за 2024 год внесены; интернет в школах ещё считаем",
                                "submitted"),
                        List.of("return", "ministry", "Нет данных о доступе школ к интернету", "returned"),
                        List.of("submit", "kaluga-editor", "Исправлено", "submitted"),
                        List.of("approve", "ministry", "Согласовано", "approved"),
                        List.of("reopen", "admin", "Уточнение данных по запросу прокуратуры", "open")),
                audit);
    }

    @Test
    void onlyTheMunicipalitysEditorsMaySubmitAndNothingIsWrittenWhenRefused() {
        String before = as("admin").get(PATH).then().extract().asString();
        as("ministry")
                .body(Map.of())
                .post(PATH + "/submit")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as("tula-editor").body(Map.of()).post(PATH + "/submit").then().statusCode(403);
        as("kaluga-viewer").body(Map.of()).post(PATH + "/submit").then().statusCode(403);
        as("kaluga-viewer")
                .body(Map.of("comment", "x"))
                .post(PATH + "/return")
                .then()
                .statusCode(403);
        as("anonymous").body(Map.of()).post(PATH + "/submit").then().statusCode(401);
        assertEquals(before, as("admin").get(PATH).then().extract().asString());
    }

    @Test
    void approvingAnOpenPeriodIsAConflictNamingTheStateAndWhatIsPossible() {
        // 2090: a year nobody submits, so it is always open
        as("ministry")
                .body(Map.of())
                .post("/api/v1/municipalities/kaluga/periods/2090/approve")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("«открыт»"))
                .body("detail", containsString("submit"));
        as("ministry")
                .get("/api/v1/municipalities/kaluga/periods/2090")
                .then()
                .statusCode(200)
                .header("ETag", is("\"0\""))
                .body("state", is("open"))
                .body("version", is(0))
                .body("history", empty())
                .body("actions", empty());
    }

    @Test
    void readsFollowTheCallersScope() {
        as("ministry").get(PATH).then().statusCode(200);
        as("kaluga-viewer").get(PATH).then().statusCode(200).body("actions", empty());
        as("tula-viewer").get(PATH).then().statusCode(403).contentType("application/problem+json");
        as("admin").get("/api/v1/municipalities/nowhere/periods/2024").then().statusCode(404);
        as("admin")
                .get("/api/v1/municipalities/kaluga/periods/1800")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("year"));
        as("kaluga-editor").get("/api/v1/periods?municipality=tula").then().statusCode(403);
        as("ministry").get("/api/v1/periods?state=lost").then().statusCode(400).body("errors[0].field", is("state"));
        as("ministry").get("/api/v1/periods?year=soon").then().statusCode(400).body("errors[0].field", is("year"));
    }

    private static long lastAuditId() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find("order by id desc")
                .firstResultOptional()
                .map(e -> e.id)
                .orElse(0L));
    }
}
