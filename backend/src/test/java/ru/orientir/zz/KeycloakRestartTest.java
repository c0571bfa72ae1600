package ru.orientir.zz;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import ru.orientir.support.RealStack;
import ru.orientir.support.Tokens;

/**
 * The backend keeps working when Keycloak restarts: tokens already issued are verified against the
 * cached key set while Keycloak is down, and tokens of the restarted Keycloak (new signing keys, as the
 * dev-mem realm is imported afresh) are accepted after it is back.
 * <p>
 * It lives in package "zz" because Quarkus orders test classes by their fully qualified name: this one runs
 * last, as the restart makes every token issued before it useless. (Tokens forgets its cache and the test
 * profile refreshes the key set at once, so classes after it would still pass; tokens kept elsewhere not.)
 */
@QuarkusTest
class KeycloakRestartTest {

    @Test
    void issuedTokensWorkWhileKeycloakIsDownAndNewOnesAfterItRestarts() {
        Assumptions.assumeTrue(RealStack.ownsKeycloak(), "Keycloak was started outside the tests: not restarting it");
        String editor = Tokens.token("kaluga-editor");
        String service = Tokens.token(Tokens.SERVICE);
        me(editor).then().statusCode(200).body("username", is("kaluga-editor"));
        RealStack.stopKeycloak();
        try {
            assertKeycloakDown();
            me(editor).then().statusCode(200).body("username", is("kaluga-editor"));
            given().auth()
                    .oauth2(editor)
                    .get("/api/v1/values?municipality=kaluga")
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(editor)
                    .get("/api/v1/values?municipality=tula")
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(service)
                    .get("/api/v1/values?municipality=tula")
                    .then()
                    .statusCode(200);
            // a token the backend cannot verify is still refused, not let through because Keycloak is away
            given().auth()
                    .oauth2(editor.substring(0, editor.length() - 4) + "AAAA")
                    .get("/api/v1/me")
                    .then()
                    .statusCode(401);
        } finally {
            RealStack.startKeycloak();
        }
        String fresh = Tokens.token("kaluga-editor");
        me(fresh).then().statusCode(200).body("username", is("kaluga-editor"));
        given().auth()
                .oauth2(fresh)
                .get("/api/v1/values?municipality=tula")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.token(Tokens.SERVICE))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", is("service-account-ministry-integration"));
    }

    private static void assertKeycloakDown() {
        boolean answers;
        try {
            given().baseUri(RealStack.keycloakUrl()).get("/realms/orientir");
            answers = true;
        } catch (Exception refused) {
            answers = false;
        }
        org.junit.jupiter.api.Assertions.assertFalse(answers, "Keycloak still answers after it was stopped");
    }

    private static io.restassured.response.Response me(String token) {
        return given().auth().oauth2(token).get("/api/v1/me");
    }
}
