package ru.orientir.notifications;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import ru.orientir.catalogue.TestIndicators;
import ru.orientir.support.Fixtures;
import ru.orientir.support.Tokens;

/**
 * Notifications end to end with a real SMTP server (GreenMail, {@link MailServer}) and the real Keycloak: who is told,
 * by mail and in the application, exactly once.
 */
@QuarkusTest
class NotificationsTest {

    /** A year no other test moves. */
    static final int YEAR = 2031;

    static final String PERIOD = "/api/v1/municipalities/kaluga/periods/" + YEAR;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    Notices notices;

    @Inject
    EntityManager em;

    static RequestSpecification as(String user) {
        return given().contentType("application/json").auth().oauth2(Tokens.token(user));
    }

    @Test
    void returningAYearMailsItsEditorsOnceWithTheComment() throws Exception {
        Fixtures.territory();
        String comment = "Проверьте долю выпускников: " + UUID.randomUUID();
        submitted();
        as("ministry")
                .body(Map.of("comment", comment))
                .post(PERIOD + "/return")
                .then()
                .statusCode(200)
                .body("state", is("returned"));

        // the request did not wait for SMTP: the mail arrives after it, once
        List<MailServer.Received> mails = MailServer.containing(comment, 15);
        assertEquals(1, mails.size(), "one mail: Kaluga has one editor");
        assertEquals(List.of("kaluga-editor@orientir.example"), mails.get(0).to());
        assertTrue(
                mails.get(0).subject().contains("возвращены на доработку"),
                mails.get(0).subject());
        assertTrue(mails.get(0).text().contains(comment));
        assertTrue(mails.get(0).text().contains("/municipalities/kaluga/entry/" + YEAR));
        // further rounds of the dispatcher (e.g. another replica's) send nothing again
        dispatcher.dispatchDue(OffsetDateTime.now().plusDays(1));
        assertEquals(1, MailServer.containing(comment, 0).size());

        // the editor's bell; the viewer and the ministry (who returned it) are not told
        JsonPath mine = as("kaluga-editor")
                .get("/api/v1/notifications?size=200")
                .then()
                .statusCode(200)
                .body("unread", greaterThanOrEqualTo(1))
                .extract()
                .jsonPath();
        List<Map<String, Object>> told = withText(mine, comment);
        assertEquals(1, told.size());
        assertEquals("period_returned", told.get(0).get("kind"));
        assertEquals(false, told.get(0).get("read"));
        assertEquals("/municipalities/kaluga/entry/" + YEAR, told.get(0).get("link"));
        for (String other : List.of("kaluga-viewer", "ministry", "tula-editor")) {
            JsonPath theirs = as(other)
                    .get("/api/v1/notifications?size=1000")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(0, withText(theirs, comment).size(), other);
        }
    }

    @Test
    void twoReplicasRunningTheRemindersTellEachResponsibleUserOnce() throws Exception {
        Fixtures.territory();
        String plan = "ntf-" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Провести педсовет " + plan;
        as("kaluga-editor")
                .body(Map.of("name", "План " + plan, "municipality", "kaluga", "yearFrom", 2024, "yearTo", 2026))
                .put("/api/v1/plans/" + plan)
                .then()
                .statusCode(anyOf(is(200), is(201)));
        as("kaluga-editor")
                .body(Map.of("title", title, "due", "2025-03", "responsibleUsers", List.of("kaluga-school-editor")))
                .put("/api/v1/plans/" + plan + "/activities/a1")
                .then()
                .statusCode(anyOf(is(200), is(201)))
                .body("overdue", is(true));

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<JsonPath>> runs = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            runs.add(two.submit(() -> {
                together.await();
                return as("admin")
                        .post("/api/v1/admin/reminders/run?date=2025-04-02")
                        .then()
                        .statusCode(200)
                        .body("date", is("2025-04-02"))
                        .extract()
                        .jsonPath();
            }));
        }
        int ran = 0;
        for (Future<JsonPath> r : runs) {
            ran += r.get().getBoolean("ran") ? 1 : 0;
        }
        two.shutdown();
        assertTrue(ran >= 1);
        // a later day's run does not tell the same deadline again
        as("admin").post("/api/v1/admin/reminders/run?date=2025-04-03").then().statusCode(200);

        for (String user : List.of("kaluga-editor", "kaluga-school-editor")) {
            JsonPath theirs = as(user).get("/api/v1/notifications?size=1000")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> told = withText(theirs, title);
            assertEquals(1, told.size(), user);
            assertEquals("activity_overdue", told.get(0).get("kind"));
            assertEquals("/municipalities/kaluga/plans/" + plan, told.get(0).get("link"));
        }
        JsonPath viewer = as("kaluga-viewer")
                .get("/api/v1/notifications?size=1000")
                .then()
                .extract()
                .jsonPath();
        assertEquals(0, withText(viewer, title).size());

        List<MailServer.Received> mails = MailServer.containing(title, 15);
        Thread.sleep(500);
        mails = MailServer.containing(title, 0);
        assertEquals(2, mails.size());
        assertEquals(
                List.of("kaluga-editor@orientir.example", "kaluga-school-editor@orientir.example"),
                mails.stream().map(m -> m.to().get(0)).sorted().toList());

        as("kaluga-editor")
                .post("/api/v1/admin/reminders/run?date=2025-04-02")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as("admin")
                .post("/api/v1/admin/reminders/run?date=2025-13-40")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aWriteThatTurnsAnIndicatorNotMetTellsTheEditorsOncePerTurn() {
        Fixtures.territory();
        String code = "ntf-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Доля школ с медиацией " + code;
        TestIndicators.put(code, name, "percent");
        as("admin")
                .body(Map.of(
                        "municipality", "kemerovo", "indicator", code, "year", 2030, "value", 80, "comparator", "ge"))
                .put("/api/v1/targets")
                .then()
                .statusCode(anyOf(is(200), is(201)));
        // 90 ≥ 80: met, nobody told; 70: not_met (told); 60: still not_met (not told again); 85: met; 75: a new turn
        for (int v : new int[] {90, 70, 60, 85, 75}) {
            as("admin")
                    .body(Map.of("municipality", "kemerovo", "indicator", code, "year", 2030, "value", v))
                    .put("/api/v1/values")
                    .then()
                    .statusCode(anyOf(is(200), is(201)));
        }
        JsonPath editor = as("kemerovo-editor")
                .get("/api/v1/notifications?size=1000")
                .then()
                .extract()
                .jsonPath();
        List<Map<String, Object>> told = withText(editor, name);
        assertEquals(2, told.size());
        assertEquals("indicator_not_met", told.get(0).get("kind"));
        assertEquals("/municipalities/kemerovo/indicators/" + code, told.get(0).get("link"));
        assertTrue(String.valueOf(told.get(0).get("body")).contains("за 2030 год"));
        JsonPath tula = as("tula-editor")
                .get("/api/v1/notifications?size=1000")
                .then()
                .extract()
                .jsonPath();
        assertEquals(0, withText(tula, name).size());

        // an import that turns two keys (2031 and 2032) tells once, naming both; 2033 meets its target
        for (int year : new int[] {2031, 2032, 2033}) {
            as("admin")
                    .body(Map.of(
                            "municipality",
                            "kemerovo",
                            "indicator",
                            code,
                            "year",
                            year,
                            "value",
                            50,
                            "comparator",
                            "ge"))
                    .put("/api/v1/targets")
                    .then()
                    .statusCode(anyOf(is(200), is(201)));
        }
        as("admin")
                .contentType("text/csv; charset=UTF-8")
                .body("municipality,indicator,year,value\nkemerovo," + code + ",2031,10\nkemerovo," + code
                        + ",2032,20\nkemerovo," + code + ",2033,60\n")
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"));
        editor = as("kemerovo-editor")
                .get("/api/v1/notifications?size=1000")
                .then()
                .extract()
                .jsonPath();
        told = withText(editor, name);
        assertEquals(3, told.size());
        String body = String.valueOf(told.get(0).get("body"));
        assertTrue(body.contains("за 2031 год") && body.contains("за 2032 год") && !body.contains("за 2033 год"), body);
        assertEquals("Показатели перестали достигать цели: 2", told.get(0).get("title"));
    }

    @Test
    void aFailedSendIsRetriedAndDeliveredOnceWhenTheServerIsBack() throws Exception {
        String marker = "Повтор " + UUID.randomUUID();
        String key = "retry-test:" + marker;
        MailServer.stopServer();
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> notices.enqueue(
                            NoticeKind.DEADLINE_PASSED,
                            Audience.users(List.of("tula-editor")),
                            key,
                            marker,
                            "Срок сдачи прошёл",
                            null,
                            "tula"));
            // the dispatcher tried right after the commit (or tries now): the send fails and is kept for later
            dispatcher.dispatchDue(OffsetDateTime.now());
            Object[] failed = outbox(key + "/tula-editor");
            assertNull(failed[0], "not sent");
            assertTrue(((Number) failed[1]).intValue() >= 1, "attempted");
            assertNotNull(failed[2], "its error is kept");
            assertTrue(NotificationService.time(failed[3]).isAfter(OffsetDateTime.now()), "retried later, not now");
            int attempts = ((Number) failed[1]).intValue();
            dispatcher.dispatchDue(OffsetDateTime.now());
            assertEquals(attempts, ((Number) outbox(key + "/tula-editor")[1]).intValue(), "not due again yet");

            MailServer.startServer();
            // the retry is due: sent once
            dispatcher.dispatchDue(OffsetDateTime.now().plusHours(1));
            assertEquals(1, MailServer.containing(marker, 5).size());
            Object[] sent = outbox(key + "/tula-editor");
            assertNotNull(sent[0]);
            assertEquals(attempts + 1, ((Number) sent[1]).intValue());
            dispatcher.dispatchDue(OffsetDateTime.now().plusHours(2));
            assertEquals(1, MailServer.containing(marker, 0).size());
            assertEquals(
                    List.of("tula-editor@orientir.example"),
                    MailServer.containing(marker, 0).get(0).to());
        } finally {
            MailServer.startServer();
        }
    }

    @Test
    void usersSeeAndMarkOnlyTheirOwn() {
        String marker = "Своё " + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            notices.enqueue(
                    NoticeKind.DEADLINE_APPROACHING,
                    Audience.users(List.of("derbent-editor")),
                    "own-test:" + marker,
                    marker,
                    "Через 3 дня срок сдачи",
                    "/municipalities/derbent",
                    "derbent");
            // the same key again tells nobody twice
            notices.enqueue(
                    NoticeKind.DEADLINE_APPROACHING,
                    Audience.users(List.of("derbent-editor")),
                    "own-test:" + marker,
                    marker,
                    "Через 3 дня срок сдачи",
                    "/municipalities/derbent",
                    "derbent");
        });
        JsonPath mine = as("derbent-editor")
                .get("/api/v1/notifications?size=1000")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> told = withText(mine, marker);
        assertEquals(1, told.size());
        long id = ((Number) told.get(0).get("id")).longValue();
        int unread = mine.getInt("unread");

        as("derbent-viewer")
                .post("/api/v1/notifications/" + id + "/read")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        JsonPath viewer = as("derbent-viewer")
                .get("/api/v1/notifications?size=1000")
                .then()
                .extract()
                .jsonPath();
        assertEquals(0, withText(viewer, marker).size());
        as("derbent-editor")
                .get("/api/v1/notifications?unread=maybe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/notifications").then().statusCode(401);

        as("derbent-editor")
                .post("/api/v1/notifications/" + id + "/read")
                .then()
                .statusCode(200)
                .body("id", is((int) id))
                .body("read", is(true))
                .body("readAt", notNullValue());
        as("derbent-editor")
                .get("/api/v1/notifications?size=1")
                .then()
                .statusCode(200)
                .body("unread", is(unread - 1))
                .body("items.size()", is(1));
        as("derbent-editor")
                .get("/api/v1/notifications?unread=true&size=1000")
                .then()
                .body("items.id", not(hasItem((int) id)));
        as("derbent-editor")
                .post("/api/v1/notifications/read-all")
                .then()
                .statusCode(200)
                .body("marked", is(unread - 1));
        as("derbent-editor").get("/api/v1/notifications?size=1").then().body("unread", is(0));
    }

    @Test
    void preferencesDecideWhatIsSent() throws Exception {
        as("kemerovo-viewer")
                .body(Map.of(
                        "items", List.of(Map.of("kind", NoticeKind.DEADLINE_PASSED, "inApp", true, "email", false))))
                .put("/api/v1/notifications/preferences")
                .then()
                .statusCode(200)
                .body("items.find { it.kind == 'deadline_passed' }.email", is(false))
                .body("items.find { it.kind == 'deadline_passed' }.inApp", is(true))
                .body("items.find { it.kind == 'period_returned' }.email", is(true))
                .body(
                        "items.find { it.kind == 'period_returned' }.label",
                        is("Отчётный период возвращён на доработку"));
        as("kemerovo-viewer")
                .body(Map.of(
                        "items",
                        List.of(
                                Map.of("kind", "lottery", "inApp", true, "email", true),
                                Map.of("kind", "deadline_passed"))))
                .put("/api/v1/notifications/preferences")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("items[0].kind", "items[1].inApp", "items[1].email"));

        String marker = "Без почты " + UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> notices.enqueue(
                        NoticeKind.DEADLINE_PASSED,
                        Audience.users(List.of("kemerovo-viewer", "kemerovo-editor")),
                        "pref-test:" + marker,
                        marker,
                        "Срок прошёл",
                        null,
                        "kemerovo"));
        List<MailServer.Received> mails = MailServer.containing(marker, 15);
        Thread.sleep(300);
        mails = MailServer.containing(marker, 0);
        assertEquals(
                List.of(List.of("kemerovo-editor@orientir.example")),
                mails.stream().map(MailServer.Received::to).toList());
        JsonPath viewer = as("kemerovo-viewer")
                .get("/api/v1/notifications?size=1000")
                .then()
                .extract()
                .jsonPath();
        assertEquals(1, withText(viewer, marker).size(), "still told in the application");
    }

    private Object[] outbox(String dedupeKey) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "SELECT sent_at, attempts, last_error, next_attempt_at FROM mail_outbox WHERE dedupe_key = ?1")
                .setParameter(1, dedupeKey)
                .getSingleResult());
    }

    /** Brings the year to submitted, whatever state earlier runs left it in. */
    private static void submitted() {
        String state =
                as("kaluga-editor").get(PERIOD).then().statusCode(200).extract().path("state");
        if ("approved".equals(state) || "submitted".equals(state)) {
            as("ministry")
                    .body(Map.of("comment", "Повторная проверка"))
                    .post(PERIOD + "/reopen")
                    .then()
                    .statusCode(200);
        }
        as("kaluga-editor").body(Map.of()).post(PERIOD + "/submit").then().statusCode(200);
    }

    private static List<Map<String, Object>> withText(JsonPath list, String text) {
        List<Map<String, Object>> items = list.getList("items");
        return items.stream()
                .filter(i -> String.valueOf(i.get("title")).contains(text)
                        || String.valueOf(i.get("body")).contains(text))
                .toList();
    }
}
