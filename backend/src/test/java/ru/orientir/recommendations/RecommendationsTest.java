package ru.orientir.recommendations;

import static org.hamcrest.Matchers.*;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.catalogue.TestIndicators;
import ru.orientir.support.Fixtures;

/**
 * Recommendations of Kaluga's department to hand-made schools. Annual values of rc-up (higher is
 * better) and rc-down (lower is better):
 *
 * <pre>
 *   school      rc-up 2023  rc-up 2024  rc-up 2025  rc-down 2023  rc-down 2025
 *   school-45   40          50          46          10            12
 *   rc-a        -           20          -           -             -
 *   rc-b        -           35          -           -             -
 *   rc-c        -           25          -           -             -
 * </pre>
 *
 * Rule rc-low (Kaluga's: rc-up &lt; 30 in the year judged) flags rc-a (20) and rc-c (25) in 2024, not rc-b
 * (35) nor school-45 (50). The register rc-reg (2024) holds rc-a and rc-b. A recommendation due in
 * 2024 compares 2023 with 2025 at school-45: rc-up 40 → 46 (+6, improved), rc-down 10 → 12 (+2, worsened).
 */
@QuarkusTest
class RecommendationsTest {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static boolean loaded;

    @BeforeEach
    void data() {
        Fixtures.territory();
        if (loaded) {
            return;
        }
        TestIndicators.put("rc-up", "Доля выпускников (рекомендации)", "percent", Map.of("level", "organization"));
        TestIndicators.put(
                "rc-down", "Доля «2» (рекомендации)", "percent", Map.of("level", "organization", "polarity", "lower"));
        for (String school : List.of("school-45", "rc-a", "rc-b", "rc-c")) {
            as("admin")
                    .body(Map.of("name", "Школа " + school, "type", "school"))
                    .put("/api/v1/municipalities/kaluga/organizations/" + school)
                    .then()
                    .statusCode(oneOf(200, 201));
        }
        String file = "municipality,organization,indicator,year,value\n"
                + "kaluga,school-45,rc-up,2023,40\n"
                + "kaluga,school-45,rc-up,2024,50\n"
                + "kaluga,school-45,rc-up,2025,46\n"
                + "kaluga,school-45,rc-down,2023,10\n"
                + "kaluga,school-45,rc-down,2025,12\n"
                + "kaluga,rc-a,rc-up,2024,20\n"
                + "kaluga,rc-b,rc-up,2024,35\n"
                + "kaluga,rc-c,rc-up,2024,25\n";
        as("admin")
                .contentType(CSV)
                .body(file)
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"));
        as("kaluga-editor")
                .body(Map.of(
                        "name",
                        "Низкие результаты",
                        "level",
                        "organization",
                        "window",
                        1,
                        "minYears",
                        1,
                        "municipality",
                        "kaluga",
                        "conditions",
                        List.of(Map.of("indicator", "rc-up", "comparator", "lt", "value", 30))))
                .put("/api/v1/rules/rc-low")
                .then()
                .statusCode(oneOf(200, 201));
        as("kaluga-editor")
                .body(Map.of(
                        "name",
                        "ШНОР 2024",
                        "yearFrom",
                        2024,
                        "yearTo",
                        2024,
                        "organizations",
                        List.of("rc-a", "rc-b")))
                .put("/api/v1/municipalities/kaluga/groups/rc-reg")
                .then()
                .statusCode(oneOf(200, 201));
        loaded = true;
    }

    private static Map<String, Object> body(String due, Map<String, Object> addressees) {
        Map<String, Object> b = new HashMap<>(Map.of(
                "municipality",
                "kaluga",
                "title",
                "Организовать дополнительные занятия",
                "text",
                "Провести консультации по математике",
                "due",
                due,
                "indicators",
                List.of("rc-up", "rc-down")));
        b.putAll(addressees);
        return b;
    }

    private static Response create(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/v1/recommendations");
    }

    private static long createOne(String organization, String due) {
        return create("kaluga-editor", body(due, Map.of("organizations", List.of(organization))))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("items[0].id");
    }

    @Test
    void aRecommendationToARegisterReachesEachOfItsSchools() {
        Response r = create("kaluga-editor", body("2024-Q4", Map.of("group", "rc-reg")));
        r.then()
                .statusCode(201)
                .body("items", hasSize(2))
                .body("items.organization", contains("rc-a", "rc-b"))
                .body("items.group", everyItem(is("rc-reg")))
                .body("items.status", everyItem(is("open")))
                .body("items.dueLabel", everyItem(is("IV квартал 2024")))
                .body("items.dueTo", everyItem(is("2024-12-31")))
                .body("items.year", everyItem(is(2024)));
        String batch = r.jsonPath().getString("batch");
        r.then().body("items.batch", everyItem(is(batch)));
        as("kaluga-viewer")
                .get("/api/v1/recommendations?municipality=kaluga&batch=" + batch)
                .then()
                .statusCode(200)
                .body("total", is(2))
                .body("items.organization", containsInAnyOrder("rc-a", "rc-b"));
        // the register holds in 2024 only
        create("kaluga-editor", body("2025", Map.of("group", "rc-reg")))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("group"));
    }

    @Test
    void fromFlagsReachesExactlyTheFlaggedSchoolsWithTheirReasons() {
        Response r =
                create("kaluga-editor", body("2025-03", Map.of("fromFlags", Map.of("rule", "rc-low", "year", 2024))));
        r.then()
                .statusCode(201)
                .body("items.organization", contains("rc-a", "rc-c"))
                .body("items.rule", everyItem(is("rc-low")))
                .body("items.year", everyItem(is(2024)))
                .body("items[0].reason", containsString("«Низкие результаты»"))
                .body("items[0].reason", containsString("2024 — 20"))
                .body("items[1].reason", containsString("2024 — 25"));
        as("kaluga-editor")
                .get("/api/v1/recommendations?municipality=kaluga&rule=rc-low&size=1000")
                .then()
                .statusCode(200)
                .body("items.organization", not(hasItem("rc-b")))
                .body("items.organization", not(hasItem("school-45")));
        // a year without flags addresses nobody
        create("kaluga-editor", body("2025-03", Map.of("fromFlags", Map.of("rule", "rc-low", "year", 2019))))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("fromFlags"));
    }

    @Test
    void aSchoolEditorAnswersItsOwnAndNotAnotherSchools() {
        long own = createOne("school-45", "2099");
        long other = createOne("rc-b", "2099");
        as("kaluga-school-editor")
                .get("/api/v1/recommendations?size=1000")
                .then()
                .statusCode(200)
                .body("items.organization", everyItem(is("school-45")))
                .body("items.id", hasItem((int) own));
        as("kaluga-school-editor")
                .get("/api/v1/recommendations/" + other)
                .then()
                .statusCode(403);
        as("kaluga-school-editor")
                .body(Map.of("text", "Сделано"))
                .post("/api/v1/recommendations/" + other + "/response")
                .then()
                .statusCode(403);
        as("kaluga-viewer")
                .body(Map.of("text", "Сделано"))
                .post("/api/v1/recommendations/" + own + "/response")
                .then()
                .statusCode(403);
        as("kaluga-school-editor")
                .body(Map.of("text", "Проведены 12 консультаций"))
                .post("/api/v1/recommendations/" + own + "/response")
                .then()
                .statusCode(200)
                .body("status", is("answered"))
                .body("response.text", is("Проведены 12 консультаций"))
                .body("response.by", is("kaluga-school-editor"));
        // the answer is audited with its actor
        as("admin")
                .get("/api/v1/audit?entityType=recommendation&size=1000")
                .then()
                .statusCode(200)
                .body("items.findAll { it.action == 'respond' }.actor", hasItem("kaluga-school-editor"));
    }

    @Test
    void onlyTheDepartmentGivesTheVerdictAndClosedIsFinal() {
        long id = createOne("school-45", "2099-Q1");
        Map<String, Object> verdict = Map.of("outcome", "effective", "text", "Доля выросла");
        as("kaluga-school-editor")
                .body(verdict)
                .post("/api/v1/recommendations/" + id + "/verdict")
                .then()
                .statusCode(403);
        as("tula-editor")
                .body(verdict)
                .post("/api/v1/recommendations/" + id + "/verdict")
                .then()
                .statusCode(403);
        as("kaluga-editor")
                .body(Map.of("outcome", "great"))
                .post("/api/v1/recommendations/" + id + "/verdict")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("outcome"));
        as("kaluga-editor")
                .body(verdict)
                .post("/api/v1/recommendations/" + id + "/verdict")
                .then()
                .statusCode(200)
                .body("status", is("closed"))
                .body("verdict.outcome", is("effective"))
                .body("verdict.by", is("kaluga-editor"));
        as("kaluga-school-editor")
                .body(Map.of("text", "Поздно"))
                .post("/api/v1/recommendations/" + id + "/response")
                .then()
                .statusCode(409);
        as("kaluga-editor").delete("/api/v1/recommendations/" + id).then().statusCode(409);
    }

    @Test
    void openPastTheDeadlineIsOverdueUntilAnswered() {
        long late = createOne("rc-c", "2020-01");
        long future = createOne("rc-c", "2099-12-31");
        as("kaluga-editor")
                .get("/api/v1/recommendations/" + late)
                .then()
                .body("overdue", is(true))
                .body("dueLabel", is("до января 2020"));
        as("kaluga-editor").get("/api/v1/recommendations/" + future).then().body("overdue", is(false));
        as("kaluga-editor")
                .get("/api/v1/recommendations?municipality=kaluga&organization=rc-c&overdue=true&size=1000")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) late))
                .body("items.id", not(hasItem((int) future)));
        as("kaluga-editor")
                .body(Map.of("text", "Выполнено с опозданием"))
                .post("/api/v1/recommendations/" + late + "/response")
                .then()
                .body("overdue", is(false));
        as("kaluga-editor")
                .get("/api/v1/recommendations?municipality=kaluga&organization=rc-c&overdue=true&size=1000")
                .then()
                .body("items.id", not(hasItem((int) late)));
    }

    @Test
    void theEffectComparesTheYearBeforeTheDeadlineWithTheYearAfter() {
        long id = createOne("school-45", "2024-06");
        as("kaluga-school-editor")
                .get("/api/v1/recommendations/" + id + "/effect")
                .then()
                .statusCode(200)
                .body("year", is(2024))
                .body("before", is(2023))
                .body("after", is(2025))
                .body("items", hasSize(2))
                .body("items[0].indicator", is("rc-up"))
                .body("items[0].organization", is("school-45"))
                .body("items[0].before", is(40))
                .body("items[0].after", is(46))
                .body("items[0].change", is(6))
                .body("items[0].improved", is(true))
                .body("items[1].indicator", is("rc-down"))
                .body("items[1].direction", is("lower"))
                .body("items[1].change", is(2))
                .body("items[1].improved", is(false))
                .body("summary.improved", is(1))
                .body("summary.worsened", is(1))
                .body("summary.missing", is(0));
        // rc-a reported neither 2023 nor 2025: both indicators missing
        long none = createOne("rc-a", "2024");
        as("kaluga-editor")
                .get("/api/v1/recommendations/" + none + "/effect")
                .then()
                .body("items.improved", everyItem(nullValue()))
                .body("summary.missing", is(2));
    }

    @Test
    void aDeadlineIsWrittenAsTheDocumentsWriteIt() {
        long id = createOne("rc-a", "до декабря 2030 года");
        as("kaluga-editor")
                .get("/api/v1/recommendations/" + id)
                .then()
                .statusCode(200)
                .body("due", is("2030-12"))
                .body("dueTo", is("2030-12-31"))
                .body("overdue", is(false));
        createOne("rc-a", "II квартал 2031");
        // a recurring deadline has no end for a single school's answer
        create("kaluga-editor", body("ежемесячно", Map.of("organizations", List.of("rc-a"))))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("due"));
    }

    @Test
    void badRequestsNameTheirFields() {
        Map<String, Object> b = body("скоро", Map.of("organizations", List.of("nope")));
        b.put("indicators", List.of("no-such-indicator"));
        create("kaluga-editor", b).then().statusCode(422).body("errors.field", hasItems("due", "indicators[0]"));
        create("kaluga-editor", body("2024", Map.of("organizations", List.of("nope"))))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("organizations"));
        create("kaluga-editor", body("2024", Map.of()))
                .then()
                .statusCode(422)
                .body("errors.code", hasItem("addressees_required"));
        create("kaluga-viewer", body("2024", Map.of("organizations", List.of("rc-a"))))
                .then()
                .statusCode(403);
        create("kaluga-school-editor", body("2024", Map.of("organizations", List.of("school-45"))))
                .then()
                .statusCode(403);
        as("kaluga-editor").get("/api/v1/recommendations?status=maybe").then().statusCode(400);
        as("kaluga-editor").get("/api/v1/recommendations/abc").then().statusCode(404);
    }

    @Test
    void anOpenOneIsDeletedByTheDepartmentOnly() {
        long id = createOne("school-45", "2099");
        as("kaluga-school-editor")
                .delete("/api/v1/recommendations/" + id)
                .then()
                .statusCode(403);
        as("kaluga-editor").delete("/api/v1/recommendations/" + id).then().statusCode(204);
        as("kaluga-editor").get("/api/v1/recommendations/" + id).then().statusCode(404);
    }
}
