package ru.orientir.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Tokens;

/**
 * Every statement is bounded and a runaway one does not outlive its bound or its client: checked in PostgreSQL
 * itself (pg_stat_activity), with a statement that would otherwise run for a minute.
 */
@QuarkusTest
class StatementGuardTest {

    @Inject
    DataSource db;

    @Inject
    StatementLimits limits;

    @TestHTTPResource("/")
    URL base;

    private static String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The backends running the tagged statement now (the test's own query excluded). */
    private int running(String tag) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                                + "AND pid <> pg_backend_pid() AND query LIKE ?")) {
            ps.setString(1, "%pg_sleep%" + tag + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void awaitRunning(String tag, boolean expected, long millis) throws Exception {
        long until = System.currentTimeMillis() + millis;
        while ((running(tag) > 0) != expected) {
            assertTrue(
                    System.currentTimeMillis() < until,
                    "statement " + tag + (expected ? " never started" : " still runs"));
            Thread.sleep(50);
        }
    }

    @Test
    void aReadPastItsBoundIsCancelledInPostgresqlAndAnswers503() throws Exception {
        String tag = tag();
        long bound = limits.readTimeout().toMillis();
        long start = System.currentTimeMillis();
        given().auth()
                .oauth2(Tokens.token("admin"))
                .get("/api/test-only/statements/sleep?seconds=60&tag=" + tag)
                .then()
                .statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", equalTo("5"))
                .body("status", equalTo(503))
                .body("detail", containsString("Запрос слишком широкий"))
                .body("detail", containsString("укажите муниципалитет, показатель или год"));
        long took = System.currentTimeMillis() - start;
        assertTrue(took >= bound, "answered after " + took + " ms, before the bound of " + bound + " ms");
        assertTrue(took < bound + 15_000, "answered after " + took + " ms: the bound of " + bound + " ms was not kept");
        assertEquals(0, running(tag), "the statement still runs in PostgreSQL after its bound");
        // the connection went back to the pool: the next request is served
        given().auth().oauth2(Tokens.token("admin")).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aClientThatGoesAwayHasItsStatementCancelledInPostgresql() throws Exception {
        String tag = tag();
        // a write: its bound (a minute) is far above the time this test waits
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/test-only/statements/sleep?seconds=60&tag=" + tag + " HTTP/1.1\r\n"
                            + "Host: " + base.getHost() + "\r\n"
                            + "Authorization: Bearer " + Tokens.token("admin") + "\r\n"
                            + "Content-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            awaitRunning(tag, true, 30_000);
        }
        long closed = System.currentTimeMillis();
        // far sooner than the minute the statement would run, and than its bound
        awaitRunning(tag, false, 15_000);
        assertTrue(System.currentTimeMillis() - closed < 15_000);
        given().auth().oauth2(Tokens.token("admin")).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void readsWritesAndJobsHoldTheirOwnBounds() throws SQLException {
        given().auth()
                .oauth2(Tokens.token("admin"))
                .get("/api/test-only/statements/bound")
                .then()
                .statusCode(200)
                .body("statementTimeout", equalTo("10s"));
        given().auth()
                .oauth2(Tokens.token("admin"))
                .post("/api/test-only/statements/bound")
                .then()
                .statusCode(200)
                .body("statementTimeout", equalTo("1min"));
        // outside a request (a background import, a scheduled sweep): the job bound, never the read bound
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW statement_timeout")) {
            rs.next();
            assertEquals("1h", rs.getString(1));
        }
        // the read bound is set again on a connection a job or a write used before
        for (int i = 0; i < 5; i++) {
            given().auth()
                    .oauth2(Tokens.token("admin"))
                    .get("/api/test-only/statements/bound")
                    .then()
                    .statusCode(200)
                    .body("statementTimeout", equalTo("10s"));
        }
    }
}
