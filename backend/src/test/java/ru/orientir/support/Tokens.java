package ru.orientir.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real tokens from the real Keycloak: password grant for demo users, client credentials for the service account. */
public final class Tokens {

    public static final String SERVICE = "ministry-integration";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {}

    /** Drops the cached tokens (after Keycloak restarted with new signing keys). */
    public static void forgetAll() {
        CACHE.clear();
    }

    public static String token(String user) {
        return CACHE.computeIfAbsent(user, Tokens::fetch);
    }

    private static String fetch(String user) {
        RequestSpecification req =
                given().baseUri(RealStack.keycloakUrl()).contentType("application/x-www-form-urlencoded");
        if (SERVICE.equals(user)) {
            req = req.formParam("grant_type", "client_credentials")
                    .formParam("client_id", SERVICE)
                    .formParam("client_secret", "ministry-integration-secret");
        } else {
            req = req.formParam("grant_type", "password")
                    .formParam("client_id", "orientir-cli")
                    .formParam("username", user)
                    .formParam("password", user);
        }
        return req.post("/realms/orientir/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** A request as the given user ("anonymous" for none). */
    public static RequestSpecification as(String user) {
        RequestSpecification spec = given().contentType("application/json").filter(Contract.validationFilter());
        return "anonymous".equals(user) ? spec : spec.auth().oauth2(token(user));
    }
}
