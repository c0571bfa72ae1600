package ru.orientir.plans;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.orientir.support.Tokens.as;
import static ru.orientir.support.Tokens.token;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.catalogue.TestIndicators;
import ru.orientir.support.Fixtures;

/**
 * A Kaluga plan 2022–2024 with a goal, a task and activities, created by the API and by file. Today is after 2024,
 * so «до 01.09.2022» not done is overdue, a recurring activity is overdue (the plan's span has ended), 2099-Q2 is
 * not, and a done one never is. The linked indicator has 50 against a target of at least 40 in 2023: met.
 */
@QuarkusTest
class PlansTest {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static boolean loaded;

    @BeforeEach
    void data() {
        Fixtures.territory();
        if (loaded) {
            return;
        }
        TestIndicators.put("pl-ind", "Доля школ с программами развития", "percent");
        as("admin")
                .contentType(CSV)
                .body("municipality,indicator,year,value\nkaluga,pl-ind,2023,50\n")
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"));
        as("admin")
                .contentType(CSV)
                .body("municipality,indicator,year,value,comparator\nkaluga,pl-ind,2023,40,ge\n")
                .post("/api/v1/imports?type=targets")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"));
        loaded = true;
    }

    private static void plan(String code, String user) {
        as(user).body(Map.of(
                        "name",
                        "Программа развития образования",
                        "municipality",
                        "kaluga",
                        "yearFrom",
                        2022,
                        "yearTo",
                        2024))
                .put("/api/v1/plans/" + code)
                .then()
                .statusCode(oneOf(200, 201));
    }

    private static Map<String, Object> activity(String title, String node, String due, String status) {
        Map<String, Object> b = new HashMap<>();
        b.put("title", title);
        if (node != null) {
            b.put("node", node);
        }
        b.put("due", due);
        b.put("responsible", "Управление образования");
        b.put("result", "Аналитическая справка");
        b.put("status", status);
        b.put("indicators", List.of("pl-ind"));
        b.put("organizations", List.of("school-1"));
        return b;
    }

    private static void putActivity(String plan, String code, Map<String, Object> body, int status) {
        putActivity(plan, code, body, is(status));
    }

    private static void putActivity(
            String plan, String code, Map<String, Object> body, org.hamcrest.Matcher<? super Integer> status) {
        as("kaluga-editor")
                .body(body)
                .put("/api/v1/plans/" + plan + "/activities/" + code)
                .then()
                .statusCode(status);
    }

    @Test
    void aPlanWithGoalsTasksAndActivitiesByApi() {
        as("kaluga-editor")
                .body(Map.of("name", "Программа", "municipality", "kaluga", "yearFrom", 2022, "yearTo", 2024))
                .put("/api/v1/plans/pl-api")
                .then()
                .statusCode(201)
                .body("state", is("draft"))
                .body("municipality", is("kaluga"))
                .body("progress.total", is(0));
        as("kaluga-editor")
                .body(Map.of(
                        "kind", "goal", "title", "Повышение качества образования", "indicators", List.of("pl-ind")))
                .put("/api/v1/plans/pl-api/nodes/g1")
                .then()
                .statusCode(201)
                .body("indicators", contains("pl-ind"));
        as("kaluga-editor")
                .body(Map.of("kind", "task", "title", "Методическая поддержка школ", "parent", "g1"))
                .put("/api/v1/plans/pl-api/nodes/t1")
                .then()
                .statusCode(201)
                .body("parent", is("g1"));
        as("kaluga-editor")
                .body(Map.of("kind", "goal", "title", "Петля", "parent", "t1"))
                .put("/api/v1/plans/pl-api/nodes/g1")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("parent"))
                .body("errors[0].code", is("cycle"));

        as("kaluga-editor")
                .body(activity("Семинар для директоров", "t1", "до 01.09.2022", "planned"))
                .put("/api/v1/plans/pl-api/activities/a1")
                .then()
                .statusCode(201)
                .body("code", is("a1"))
                .body("plan", is("pl-api"))
                .body("municipality", is("kaluga"))
                .body("due", is("2022-09-01"))
                .body("dueFrom", is("2022-09-01"))
                .body("dueTo", is("2022-09-01"))
                .body("dueLabel", is("до 01.09.2022"))
                .body("overdue", is(true))
                .body("organizations", contains("school-1"))
                .body("evidenceCount", is(0));
        putActivity("pl-api", "a2", activity("Мониторинг", "g1", "2099-Q2", "in_progress"), 201);
        putActivity("pl-api", "a3", activity("Приказ", "t1", "до 01.09.2022", "done"), 201);
        as("kaluga-editor")
                .body(activity("Августовское совещание", null, "ежегодно, август", "planned"))
                .put("/api/v1/plans/pl-api/activities/a4")
                .then()
                .statusCode(201)
                .body("recurrence", is("yearly"))
                .body("month", is(8))
                .body("due", is("2024"))
                .body("dueFrom", is("2022-01-01"))
                .body("dueTo", is("2024-12-31"))
                .body("dueLabel", is("ежегодно, август"))
                .body("overdue", is(true));
        as("kaluga-editor")
                .get("/api/v1/plans/pl-api/activities/a2")
                .then()
                .statusCode(200)
                .body("dueLabel", is("II квартал 2099"))
                .body("overdue", is(false));
        as("kaluga-editor").get("/api/v1/plans/pl-api/activities/a3").then().body("overdue", is(false));

        // every mistake of a body at once, in Russian, on its field
        Map<String, Object> bad = activity("Плохое", "nope", "когда-нибудь", "started");
        bad.put("indicators", List.of("no-such-indicator"));
        as("kaluga-editor")
                .body(bad)
                .put("/api/v1/plans/pl-api/activities/bad")
                .then()
                .statusCode(422)
                .body("errors.field", hasItems("node", "due", "status", "indicators"))
                .body("errors.find { it.field == 'due' }.message", startsWith("Срок «когда-нибудь» не распознан"))
                .body("errors.find { it.field == 'indicators' }.code", is("unknown_indicator"));

        // the tree: progress of each subtree, the goal's indicator plan against fact, loose activities on top
        as("kaluga-viewer")
                .get("/api/v1/plans/pl-api/tree")
                .then()
                .statusCode(200)
                .body("plan.progress.total", is(4))
                .body("plan.progress.overdue", is(2))
                .body("nodes", hasSize(1))
                .body("nodes[0].code", is("g1"))
                .body("nodes[0].progress.total", is(3))
                .body("nodes[0].progress.planned", is(1))
                .body("nodes[0].progress.inProgress", is(1))
                .body("nodes[0].progress.done", is(1))
                .body("nodes[0].progress.overdue", is(1))
                .body("nodes[0].activities.code", contains("a2"))
                .body("nodes[0].children[0].code", is("t1"))
                .body("nodes[0].children[0].progress.total", is(2))
                .body("nodes[0].children[0].activities.code", containsInAnyOrder("a1", "a3"))
                .body("nodes[0].indicators[0].indicator", is("pl-ind"))
                .body("nodes[0].indicators[0].years.find { it.year == 2023 }.value", is(50))
                .body("nodes[0].indicators[0].years.find { it.year == 2023 }.target", is(40))
                .body("nodes[0].indicators[0].years.find { it.year == 2023 }.status", is("met"))
                .body("activities.code", contains("a4"));

        // the board's filters, in the database
        as("kaluga-viewer")
                .get("/api/v1/activities?plan=pl-api&overdue=true")
                .then()
                .statusCode(200)
                .body("total", is(2))
                .body("items.code", containsInAnyOrder("a1", "a4"));
        as("kaluga-viewer")
                .get("/api/v1/activities?municipality=kaluga&plan=pl-api&overdue=false&responsible=управление")
                .then()
                .body("items.code", containsInAnyOrder("a2", "a3"));
        as("kaluga-viewer")
                .get("/api/v1/activities?plan=pl-api&dueFrom=2099-01-01&dueTo=2099-12-31")
                .then()
                .body("items.code", contains("a2"));
        as("kaluga-viewer")
                .get("/api/v1/plans/pl-api/activities?node=t1&status=done")
                .then()
                .body("items.code", contains("a3"));
        as("kaluga-viewer")
                .get("/api/v1/activities?overdue=maybe")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("overdue"));

        as("kaluga-editor").delete("/api/v1/plans/pl-api/nodes/g1").then().statusCode(409);
        as("kaluga-editor")
                .get("/api/v1/audit?municipality=kaluga&size=1000")
                .then()
                .body("items.findAll { it.entityKey == 'pl-api/a1' }.channel", hasItem("api"));
    }

    @Test
    void theEffectOfAnActivityComparesTheYearBeforeItsDeadlineWithTheYearAfterAndChecksItsResult() {
        TestIndicators.put("pl-eff", "Доля обучающихся, охваченных программой", "percent");
        as("admin")
                .contentType(CSV)
                .body("municipality,organization,indicator,year,value\n"
                        + "kaluga,,pl-eff,2022,60\nkaluga,,pl-eff,2023,66\nkaluga,,pl-eff,2024,70\n"
                        + "kaluga,school-1,pl-eff,2022,5\nkaluga,school-1,pl-eff,2024,3\n")
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"));
        plan("pl-effect", "kaluga-editor");
        Map<String, Object> whole = new HashMap<>(Map.of(
                "title", "Расширить охват программой",
                "due", "в течение 2023 года",
                "responsible", "Управление образования",
                "indicators", List.of(),
                "resultIndicator", "pl-eff",
                "resultTarget", 65));
        putActivity("pl-effect", "whole", whole, oneOf(200, 201));
        as("kaluga-viewer")
                .get("/api/v1/plans/pl-effect/activities/whole/effect")
                .then()
                .statusCode(200)
                .body("year", is(2023))
                .body("before", is(2022))
                .body("after", is(2024))
                // the municipality as a whole: 60 → 70, better
                .body("items.organization", contains((String) null))
                .body("items[0].before", is(60))
                .body("items[0].after", is(70))
                .body("items[0].change", is(10))
                .body("items[0].improved", is(true))
                .body("summary.improved", is(1))
                // the planned result: 66 in 2023 against 65
                .body("result.indicator", is("pl-eff"))
                .body("result.value", is(66))
                .body("result.met", is(true));
        Map<String, Object> school = new HashMap<>(whole);
        school.put("organizations", List.of("school-1"));
        school.put("resultTarget", 70);
        putActivity("pl-effect", "school", school, oneOf(200, 201));
        as("kaluga-editor")
                .get("/api/v1/plans/pl-effect/activities/school/effect")
                .then()
                .statusCode(200)
                // school-1: 5 → 3, worse; the result is the municipality's 66 against 70
                .body("items.organization", contains("school-1"))
                .body("items[0].change", is(-2))
                .body("items[0].improved", is(false))
                .body("summary.worsened", is(1))
                .body("result.met", is(false));
        as("tula-editor")
                .get("/api/v1/plans/pl-effect/activities/school/effect")
                .then()
                .statusCode(403);
    }

    @Test
    void anApprovedPlanRefusesEditsUntilReopenedAndStillAcceptsStatusChanges() {
        plan("pl-lock", "kaluga-editor");
        as("kaluga-editor")
                .body(Map.of("kind", "goal", "title", "Цель"))
                .put("/api/v1/plans/pl-lock/nodes/g")
                .then()
                .statusCode(oneOf(200, 201));
        putActivity("pl-lock", "x", activity("Совещание", "g", "2023-05", "planned"), 201);
        as("kaluga-editor")
                .post("/api/v1/plans/pl-lock/approve")
                .then()
                .statusCode(200)
                .body("state", is("approved"))
                .body("approvedBy", is("kaluga-editor"))
                .body("approvedAt", notNullValue());
        Response refused = as("kaluga-editor")
                .body(activity("Совещание, изменено", "g", "2023-05", "planned"))
                .put("/api/v1/plans/pl-lock/activities/x");
        refused.then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("откройте его заново с указанием причины"));
        putActivity("pl-lock", "y", activity("Новое", "g", "2023", "planned"), 409);
        as("kaluga-editor").delete("/api/v1/plans/pl-lock/activities/x").then().statusCode(409);
        as("kaluga-editor")
                .body(Map.of("kind", "goal", "title", "Другая цель"))
                .put("/api/v1/plans/pl-lock/nodes/g")
                .then()
                .statusCode(409);
        as("kaluga-editor")
                .body(Map.of("name", "Другое имя", "municipality", "kaluga", "yearFrom", 2022, "yearTo", 2024))
                .put("/api/v1/plans/pl-lock")
                .then()
                .statusCode(409);
        as("kaluga-editor").delete("/api/v1/plans/pl-lock").then().statusCode(409);

        // execution goes on: status with a comment, in the history after the creation
        as("kaluga-editor")
                .body(Map.of("status", "done", "comment", "Проведено 12 мая"))
                .post("/api/v1/plans/pl-lock/activities/x/status")
                .then()
                .statusCode(200)
                .body("status", is("done"))
                .body("overdue", is(false));
        as("kaluga-viewer")
                .get("/api/v1/plans/pl-lock/activities/x/history")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].from", nullValue())
                .body("items[0].to", is("planned"))
                .body("items[1].from", is("planned"))
                .body("items[1].to", is("done"))
                .body("items[1].by", is("kaluga-editor"))
                .body("items[1].comment", is("Проведено 12 мая"));
        as("kaluga-editor")
                .body(Map.of("status", "finished"))
                .post("/api/v1/plans/pl-lock/activities/x/status")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("status"));

        as("kaluga-editor")
                .body(Map.of("reason", " "))
                .post("/api/v1/plans/pl-lock/reopen")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("reason"));
        as("kaluga-editor")
                .body(Map.of("reason", "Изменён состав мероприятий"))
                .post("/api/v1/plans/pl-lock/reopen")
                .then()
                .statusCode(200)
                .body("state", is("draft"))
                .body("reopenedBy", is("kaluga-editor"))
                .body("reopenReason", is("Изменён состав мероприятий"));
        putActivity("pl-lock", "x", activity("Совещание, изменено", "g", "2023-05", "done"), 200);
        as("kaluga-editor").post("/api/v1/plans/pl-lock/reopen").then().statusCode(422);
    }

    @Test
    void accessFollowsTheMunicipality() {
        plan("pl-access", "kaluga-editor");
        putActivity("pl-access", "x", activity("Совещание", null, "2023", "planned"), oneOf(200, 201));
        Map<String, Object> body = activity("Совещание", null, "2023", "planned");
        // a viewer reads but does not write
        as("kaluga-viewer").get("/api/v1/plans/pl-access/tree").then().statusCode(200);
        as("kaluga-viewer")
                .body(body)
                .put("/api/v1/plans/pl-access/activities/x")
                .then()
                .statusCode(403)
                .body("detail", containsString("только право просмотра"));
        as("kaluga-viewer")
                .body(Map.of("status", "done"))
                .post("/api/v1/plans/pl-access/activities/x/status")
                .then()
                .statusCode(403);
        as("kaluga-viewer").post("/api/v1/plans/pl-access/approve").then().statusCode(403);
        // another municipality's editor neither reads nor writes it, nor sees it in lists
        as("tula-editor").get("/api/v1/plans/pl-access").then().statusCode(403);
        as("tula-editor").get("/api/v1/plans/pl-access/activities").then().statusCode(403);
        as("tula-editor")
                .body(body)
                .put("/api/v1/plans/pl-access/activities/x")
                .then()
                .statusCode(403);
        as("tula-editor")
                .get("/api/v1/plans?size=1000")
                .then()
                .statusCode(200)
                .body("items.code", not(hasItem("pl-access")));
        as("tula-editor").get("/api/v1/activities?size=1000").then().body("items.plan", not(hasItem("pl-access")));
        as("tula-editor")
                .body(Map.of("name", "Чужой план", "municipality", "kaluga", "yearFrom", 2022, "yearTo", 2024))
                .put("/api/v1/plans/pl-foreign")
                .then()
                .statusCode(403);
        // a school editor sees its municipality's plans but does not edit them
        as("kaluga-school-editor").get("/api/v1/plans/pl-access").then().statusCode(200);
        as("kaluga-school-editor")
                .body(Map.of("name", "Другое", "municipality", "kaluga", "yearFrom", 2022, "yearTo", 2024))
                .put("/api/v1/plans/pl-access")
                .then()
                .statusCode(403);
        as("kaluga-school-editor")
                .body(body)
                .put("/api/v1/plans/pl-access/activities/x")
                .then()
                .statusCode(403);
        // a regional plan is the ministry's, read by everyone
        as("kaluga-editor")
                .body(Map.of("name", "Региональный план", "yearFrom", 2022, "yearTo", 2024))
                .put("/api/v1/plans/pl-region")
                .then()
                .statusCode(403);
        as("ministry")
                .body(Map.of("name", "Региональный план", "yearFrom", 2022, "yearTo", 2024))
                .put("/api/v1/plans/pl-region")
                .then()
                .statusCode(oneOf(200, 201))
                .body("municipality", nullValue());
        as("tula-editor").get("/api/v1/plans/pl-region").then().statusCode(200);
        // a user named responsible may report the status, not edit the activity
        Map<String, Object> mine = activity("Совещание", null, "2023", "planned");
        mine.put("responsibleUsers", List.of("kaluga-viewer"));
        putActivity("pl-access", "mine", mine, oneOf(200, 201));
        as("kaluga-viewer")
                .get("/api/v1/activities?mine=true&plan=pl-access")
                .then()
                .body("items.code", contains("mine"));
        as("kaluga-viewer")
                .body(Map.of("status", "in_progress", "comment", "Начато"))
                .post("/api/v1/plans/pl-access/activities/mine/status")
                .then()
                .statusCode(200)
                .body("status", is("in_progress"));
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static Response importFile(String query, String file) {
        return as("kaluga-editor").contentType(CSV).body(file).post("/api/v1/imports?type=activities" + query);
    }

    @Test
    void aPlanByFileWithEveryBadRowReportedAndAnExportThatReimports() {
        plan("pl-file", "kaluga-editor");
        plan("pl-file-approved", "kaluga-editor");
        as("kaluga-editor")
                .post("/api/v1/plans/pl-file-approved/approve")
                .then()
                .statusCode(oneOf(200, 409));
        String header = "plan,code,title,due,responsible,result,status,indicators,organizations,kind,parent\n";
        String good = "pl-file,g,Повышение качества,,,,,pl-ind,,goal,\n"
                + "pl-file,t,Методическая поддержка,,,,,,,task,g\n"
                + "pl-file,f1,Семинар,II квартал 2023,Управление образования,Справка,planned,pl-ind,school-1,,t\n"
                + "pl-file,f2,Августовское совещание,ежегодно в августе,ДО,,,,,,t\n"
                + "pl-file,f3,Приказ,до 01.09.2022,ОУ,,done,,,,\n";
        String bad = "pl-file,b1,Неизвестный показатель,2023,,,,no-such-indicator,,,\n"
                + "pl-file,b2,Плохой срок,когда-нибудь,,,,,,,\n"
                + "no-such-plan,b3,Нет плана,2023,,,,,,,\n"
                + "pl-file-approved,b4,Утверждённый план,2023,,,,,,,\n";
        Response dry = importFile("&dryRun=true", header + good + bad);
        dry.then()
                .statusCode(201)
                .body("dryRun", is(true))
                .body("rowsImported", is(0))
                .body("rowsRejected", is(4))
                .body("errors.find { it.row == 7 }.column", is("indicators"))
                .body("errors.find { it.row == 7 }.code", is("unknown_indicator"))
                .body("errors.find { it.row == 8 }.column", is("due"))
                .body("errors.find { it.row == 9 }.column", is("plan"))
                .body("errors.find { it.row == 9 }.code", is("unknown_plan"))
                .body("errors.find { it.row == 10 }.column", is("plan"))
                .body("errors.find { it.row == 10 }.code", is("plan_approved"));
        as("kaluga-editor").get("/api/v1/plans/pl-file/activities/f1").then().statusCode(404);
        // atomic: nothing of a file with a bad row
        importFile("", header + good + bad).then().statusCode(201).body("status", is("rejected"));
        as("kaluga-editor").get("/api/v1/plans/pl-file/activities/f1").then().statusCode(404);
        // partial: the good rows
        importFile("&mode=partial", header + good + bad)
                .then()
                .statusCode(201)
                .body("rowsImported", is(5))
                .body("rowsRejected", is(4));
        as("kaluga-viewer")
                .get("/api/v1/plans/pl-file/tree")
                .then()
                .statusCode(200)
                .body("nodes[0].code", is("g"))
                .body("nodes[0].indicators[0].indicator", is("pl-ind"))
                .body("nodes[0].children[0].code", is("t"))
                .body("nodes[0].children[0].activities.code", containsInAnyOrder("f1", "f2"))
                .body("nodes[0].progress.total", is(2))
                .body("activities.code", contains("f3"));
        as("kaluga-viewer")
                .get("/api/v1/plans/pl-file/activities/f1")
                .then()
                .body("due", is("2023-Q2"))
                .body("dueLabel", is("II квартал 2023"))
                .body("responsible", is("Управление образования"))
                .body("organizations", contains("school-1"))
                .body("overdue", is(true));
        as("kaluga-viewer")
                .get("/api/v1/plans/pl-file/activities/f2")
                .then()
                .body("recurrence", is("yearly"))
                .body("month", is(8));
        as("kaluga-editor")
                .get("/api/v1/audit?municipality=kaluga&size=1000")
                .then()
                .body("items.findAll { it.entityKey == 'pl-file/f1' }.channel", hasItem("import"));

        String exported = text(as("kaluga-viewer")
                .get("/api/v1/exports/activities?plan=pl-file&format=csv")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asByteArray());
        String[] lines = exported.replace("\uFEFF", "").split("\r?\n");
        assertEquals(
                "plan,code,title,due,responsible,result,status,indicators,organizations,kind,parent,recurrence,"
                        + "result_indicator,result_target,groups",
                lines[0]);
        assertEquals(6, lines.length, exported);
        assertEquals("pl-file,g,Повышение качества,,,,,pl-ind,,goal,,,,,", lines[1]);
        assertEquals(
                "pl-file,f1,Семинар,2023-Q2,Управление образования,Справка,planned,pl-ind,school-1,activity,t,,,,",
                lines[3]);
        assertTrue(
                lines[4].startsWith(
                        "pl-file,f2,Августовское совещание,\"ежегодно, август\",ДО,,planned,,,activity,t,yearly"),
                lines[4]);
        // the export re-imports unchanged
        importFile("", exported)
                .then()
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsImported", is(5));
        String again = text(as("kaluga-viewer")
                .get("/api/v1/exports/activities?plan=pl-file")
                .then()
                .extract()
                .asByteArray());
        assertEquals(exported, again);
        as("kaluga-viewer")
                .get("/api/v1/exports/activities?plan=pl-file&format=xlsx")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats"));
        as("tula-editor").get("/api/v1/exports/activities?plan=pl-file").then().statusCode(403);
    }

    private static byte[] pdf(int size) {
        byte[] b = new byte[size];
        byte[] head = "%PDF-1.4\n% Orientir test\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, b, 0, head.length);
        for (int i = head.length; i < size; i++) {
            b[i] = (byte) ('a' + i % 26);
        }
        return b;
    }

    private static Response upload(String user, String plan, String name, byte[] bytes, String type) {
        return given().config(io.restassured.config.RestAssuredConfig.config()
                        .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig()
                                .defaultCharset("UTF-8"))
                        .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE)))
                .auth()
                .oauth2(token(user))
                .multiPart("file", name, bytes, type)
                .multiPart("note", "Приказ об утверждении", "text/plain; charset=UTF-8")
                .post("/api/v1/plans/" + plan + "/activities/x/evidence");
    }

    @Test
    void evidenceIsCheckedBySizeAndContentAndRoundTrips() {
        plan("pl-ev", "kaluga-editor");
        putActivity("pl-ev", "x", activity("Приказ", null, "2023", "planned"), oneOf(200, 201));
        as("kaluga-editor").post("/api/v1/plans/pl-ev/approve").then().statusCode(200);

        byte[] good = pdf(5000);
        String name = "Приказ № 5 от 01.09.2023.pdf";
        long id = upload("kaluga-editor", "pl-ev", name, good, "application/pdf")
                .then()
                .statusCode(201)
                .body("kind", is("file"))
                .body("name", is(name))
                .body("contentType", is("application/pdf"))
                .body("size", is(5000))
                .body("note", is("Приказ об утверждении"))
                .body("uploadedBy", is("kaluga-editor"))
                .extract()
                .jsonPath()
                .getLong("id");
        Response down =
                given().auth().oauth2(token("kaluga-viewer")).get("/api/v1/plans/pl-ev/activities/x/evidence/" + id);
        down.then().statusCode(200).contentType(startsWith("application/pdf"));
        assertArrayEquals(good, down.asByteArray());
        String disposition = down.header("Content-Disposition");
        assertTrue(
                disposition.contains("filename*=UTF-8''%D0%9F%D1%80%D0%B8%D0%BA%D0%B0%D0%B7%20%E2%84%96%205"),
                disposition);

        upload("kaluga-editor", "pl-ev", "big.pdf", pdf(200_001), "application/pdf")
                .then()
                .statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("status", is(413));
        upload("kaluga-editor", "pl-ev", "virus.exe", pdf(100), "application/octet-stream")
                .then()
                .statusCode(415)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("недопустимого типа"));
        upload(
                        "kaluga-editor",
                        "pl-ev",
                        "fake.pdf",
                        "<html>hello</html>".getBytes(StandardCharsets.UTF_8),
                        "application/pdf")
                .then()
                .statusCode(415)
                .body("detail", containsString("%PDF"));
        upload("kaluga-editor", "pl-ev", "report.docx", pdf(100), "application/octet-stream")
                .then()
                .statusCode(415);
        upload(
                        "kaluga-editor",
                        "pl-ev",
                        "справка.txt",
                        "Справка о проведении\r\n".getBytes(java.nio.charset.Charset.forName("windows-1251")),
                        "text/plain")
                .then()
                .statusCode(201)
                .body("contentType", startsWith("text/plain"));
        upload("kaluga-viewer", "pl-ev", "v.pdf", good, "application/pdf")
                .then()
                .statusCode(403);

        as("kaluga-editor")
                .body(Map.of("link", "https://kaluga.example/prikaz-5"))
                .post("/api/v1/plans/pl-ev/activities/x/evidence")
                .then()
                .statusCode(201)
                .body("kind", is("link"));
        as("kaluga-editor")
                .body(Map.of("link", "javascript:alert(1)"))
                .post("/api/v1/plans/pl-ev/activities/x/evidence")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("link"));
        as("kaluga-viewer")
                .get("/api/v1/plans/pl-ev/activities/x/evidence")
                .then()
                .statusCode(200)
                .body("items.kind", contains("file", "file", "link"));
        as("kaluga-viewer").get("/api/v1/plans/pl-ev/activities/x").then().body("evidenceCount", is(3));
        as("kaluga-editor")
                .delete("/api/v1/plans/pl-ev/activities/x/evidence/" + id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(token("kaluga-viewer"))
                .get("/api/v1/plans/pl-ev/activities/x/evidence/" + id)
                .then()
                .statusCode(404);
    }
}
