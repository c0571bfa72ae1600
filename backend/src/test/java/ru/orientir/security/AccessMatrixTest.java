package ru.orientir.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks the whole access matrix against the real Keycloak with real tokens: every operation under
 * /api/v1 (as served in /q/openapi) × every caller × own (Kaluga) and other (Tula) municipality, e.g.
 * "GET /api/v1/values?indicator=sec-1&size=1000&municipality=tula as kaluga-editor -> 403". Allowed
 * lists are checked item by item for rows of municipalities the caller may not read.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @TestFactory
    Stream<DynamicNode> matrix() {
        SecurityData.ensure();
        Set<String> served = servedOperations();
        List<Matrix.Entry> entries = Matrix.entries();
        Set<String> covered = entries.stream().map(Matrix.Entry::key).collect(Collectors.toSet());
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(dynamicTest("every operation under /api/v1 has a matrix entry", () -> {
            Set<String> missing = new TreeSet<>(served);
            missing.removeAll(covered);
            assertTrue(missing.isEmpty(), "operations without an entry in Matrix.entries(): " + missing);
        }));
        for (Matrix.Entry e : entries) {
            if (!served.contains(e.key())) {
                nodes.add(dynamicTest(
                        e.key() + " (not served by this build)",
                        () -> Assumptions.abort(e.key() + " is not in /q/openapi yet")));
                continue;
            }
            List<DynamicNode> cases = new ArrayList<>();
            for (Target t : e.targets()) {
                for (Who who : Who.values()) {
                    Expect expect = who.anonymous() && !e.path().startsWith("/api/v1/public/")
                            ? Expect.UNAUTHORIZED
                            : e.rule().expect(who, t);
                    String name = e.name().apply(t) + " as " + who.label() + " -> " + expect.label();
                    cases.add(dynamicTest(name, () -> run(e, t, who, expect)));
                }
            }
            nodes.add(dynamicContainer(e.key(), cases));
        }
        return nodes.stream();
    }

    private static void run(Matrix.Entry e, Target t, Who who, Expect expect) {
        Req req = e.request().apply(t);
        Response r = req.send(who.request());
        int status = r.statusCode();
        assertTrue(
                expect.status().test(status),
                req + " as " + who.label() + ": expected " + expect.label() + ", got " + status + ": "
                        + abbreviated(r));
        if (expect.allowed() && status < 300 || expect == Expect.ROWS_REFUSED) {
            e.check().check(who, t, expect, r);
        }
    }

    /** "METHOD /path" of every operation under /api/v1 in the served OpenAPI document. */
    static Set<String> servedOperations() {
        Map<String, Map<String, Object>> paths = given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        Set<String> ops = new TreeSet<>();
        paths.forEach((path, item) -> {
            if (path.startsWith("/api/v1")) {
                item.keySet().stream().filter(METHODS::contains).forEach(m -> ops.add(m.toUpperCase() + " " + path));
            }
        });
        return ops;
    }

    private static String abbreviated(Response r) {
        String body = r.asString();
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
