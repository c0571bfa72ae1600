package ru.orientir.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.orientir.support.RealStack;
import ru.orientir.support.Tokens;

/** Only an unexpired token signed by the orientir realm for the orientir-api audience opens the API. */
@QuarkusTest
class TokenRobustnessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Test
    void aRealTokenIsAccepted() {
        me("Bearer " + Tokens.token("kaluga-editor")).then().statusCode(200).body("username", is("kaluga-editor"));
    }

    static Stream<Named<Supplier<String>>> refusedTokens() {
        return Stream.of(
                Named.of(
                        "exp moved into the past (signature no longer matches)",
                        () -> withPayload(
                                token(),
                                p -> p.put("exp", Instant.now().minusSeconds(60).getEpochSecond()))),
                Named.of(
                        "role admin added to the payload",
                        () -> withPayload(
                                token(), p -> ((ArrayNode) p.get("realm_access").get("roles")).add("admin"))),
                Named.of("one character of the payload flipped", () -> flip(token(), 1, 10)),
                Named.of("one character of the signature flipped", () -> flip(token(), 2, 5)),
                Named.of("alg none, no signature", () -> unsigned(token())),
                Named.of("re-signed with another RSA key under the realm's kid", () -> resignedWithForeignKey(token())),
                Named.of("HS256 signed with a client secret", () -> hmacSigned(token(), "ministry-integration-secret")),
                Named.of("master realm token (kcadmin through admin-cli)", TokenRobustnessTest::masterRealmToken),
                Named.of(
                        "orientir realm token without the orientir-api audience (orientir-backend client)",
                        () -> clientToken("orientir-backend", "orientir-backend-secret")),
                Named.of("not a JWT at all", () -> "not-a-token"));
    }

    @ParameterizedTest(name = "{0} -> 401")
    @MethodSource("refusedTokens")
    void forgedOrForeignTokensAreRefused(Supplier<String> token) {
        me("Bearer " + token.get()).then().statusCode(401);
        // and a write with it changes nothing
        given().header("Authorization", "Bearer " + token.get())
                .contentType("application/json")
                .body(SecurityData.value("kaluga", 1, null))
                .put("/api/v1/values")
                .then()
                .statusCode(401);
    }

    @Test
    void aTokenWithoutTheBearerSchemeIsRefused() {
        me(Tokens.token("kaluga-editor")).then().statusCode(401);
        me("Basic a2FsdWdhLWVkaXRvcjprYWx1Z2EtZWRpdG9y").then().statusCode(401);
    }

    /** A real token of a client whose tokens live 10 s: accepted at once, refused once it has expired. */
    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String admin = masterRealmToken();
        given().baseUri(RealStack.keycloakUrl())
                .auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(Map.of(
                        "clientId",
                        "sec-short-lived",
                        "publicClient",
                        true,
                        "directAccessGrantsEnabled",
                        true,
                        "standardFlowEnabled",
                        false,
                        "attributes",
                        Map.of("access.token.lifespan", "10"),
                        "protocolMappers",
                        List.of(Map.of(
                                "name",
                                "orientir-api audience",
                                "protocol",
                                "openid-connect",
                                "protocolMapper",
                                "oidc-audience-mapper",
                                "config",
                                Map.of(
                                        "included.custom.audience",
                                        "orientir-api",
                                        "access.token.claim",
                                        "true",
                                        "id.token.claim",
                                        "false")))))
                .post("/admin/realms/orientir/clients")
                .then()
                .statusCode(oneOf(201, 409));
        String token = given().baseUri(RealStack.keycloakUrl())
                .formParam("grant_type", "password")
                .formParam("client_id", "sec-short-lived")
                .formParam("username", "kaluga-editor")
                .formParam("password", "kaluga-editor")
                .post("/realms/orientir/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        me("Bearer " + token).then().statusCode(200);
        long exp = payload(token).get("exp").asLong();
        long wait = exp * 1000 - System.currentTimeMillis() + 1500;
        if (wait > 0) {
            Thread.sleep(wait); // the only way to get a really expired token: let it expire
        }
        me("Bearer " + token).then().statusCode(401);
    }

    // ---- tokens --------------------------------------------------------------------------

    private static String token() {
        return Tokens.token("kaluga-editor");
    }

    private static io.restassured.response.Response me(String authorization) {
        return given().header("Authorization", authorization).get("/api/v1/me");
    }

    static String masterRealmToken() {
        return given().baseUri(RealStack.keycloakUrl())
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "kcadmin")
                .formParam("password", "kcadmin")
                .post("/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private static String clientToken(String client, String secret) {
        return given().baseUri(RealStack.keycloakUrl())
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", client)
                .formParam("client_secret", secret)
                .post("/realms/orientir/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    // ---- forging ---------------------------------------------------------------------------

    private interface Edit {
        void apply(ObjectNode payload);
    }

    private static ObjectNode payload(String jwt) throws java.io.IOException {
        return (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    /** The token with its payload edited and the original signature kept. */
    private static String withPayload(String jwt, Edit edit) {
        try {
            String[] parts = jwt.split("\\.");
            ObjectNode p = payload(jwt);
            edit.apply(p);
            return parts[0] + "." + B64.encodeToString(JSON.writeValueAsBytes(p)) + "." + parts[2];
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One base64url character of a part replaced by another. */
    private static String flip(String jwt, int part, int at) {
        String[] parts = jwt.split("\\.");
        char c = parts[part].charAt(at);
        parts[part] = parts[part].substring(0, at) + (c == 'A' ? 'B' : 'A') + parts[part].substring(at + 1);
        return String.join(".", parts);
    }

    private static String header(String jwt, String alg) throws java.io.IOException {
        ObjectNode h = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]));
        h.put("alg", alg);
        return B64.encodeToString(JSON.writeValueAsBytes(h));
    }

    private static String unsigned(String jwt) {
        try {
            return header(jwt, "none") + "." + jwt.split("\\.")[1] + ".";
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resignedWithForeignKey(String jwt) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(g.generateKeyPair().getPrivate());
            String input = jwt.split("\\.")[0] + "." + jwt.split("\\.")[1];
            s.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(s.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmacSigned(String jwt, String secret) {
        try {
            String input = header(jwt, "HS256") + "." + jwt.split("\\.")[1];
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
