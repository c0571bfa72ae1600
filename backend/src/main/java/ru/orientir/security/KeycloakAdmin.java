package ru.orientir.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak's admin REST API of the realm, called with the orientir-backend service account (realm-management
 * manage-realm, view-realm, view-users): role provisioning and the administrator's list of users and roles.
 */
@ApplicationScoped
public class KeycloakAdmin {

    /** What Keycloak answered, or that it could not be reached. */
    public static class Failure extends IOException {
        public final int status;

        public Failure(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    @ConfigProperty(name = "orientir.keycloak.admin-url")
    String adminUrl;

    @ConfigProperty(name = "orientir.keycloak.realm")
    String realm;

    @ConfigProperty(name = "orientir.keycloak.client-id")
    String clientId;

    @ConfigProperty(name = "orientir.keycloak.client-secret")
    String clientSecret;

    @Inject
    ObjectMapper mapper;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The realm's admin path, e.g. {@code /roles}: {@code <admin-url>/admin/realms/<realm>/roles}. */
    private URI uri(String path) {
        return URI.create(adminUrl + "/admin/realms/" + realm + path);
    }

    /** POSTs a JSON body; returns the status (the caller decides which ones are fine, e.g. 409 for "exists"). */
    public int post(String token, String path, Object body) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body)))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** GETs JSON; 404 gives null, any other status but 200 a {@link Failure}. */
    public JsonNode get(String token, String path) throws IOException, InterruptedException {
        return getAll(token, List.of(path)).get(0);
    }

    /** GETs several paths at once (in parallel), in order; 404 gives null, another status but 200 a Failure. */
    public List<JsonNode> getAll(String token, List<String> paths) throws IOException, InterruptedException {
        List<CompletableFuture<HttpResponse<String>>> calls = paths.stream()
                .map(p -> http.sendAsync(
                        HttpRequest.newBuilder(uri(p))
                                .timeout(Duration.ofSeconds(15))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        JsonNode[] out = new JsonNode[paths.size()];
        for (int n = 0; n < calls.size(); n++) {
            HttpResponse<String> res;
            try {
                res = calls.get(n).get();
            } catch (ExecutionException e) {
                throw new Failure(0, "Keycloak is unreachable: " + e.getCause().getMessage());
            }
            if (res.statusCode() == 404) {
                out[n] = null;
            } else if (res.statusCode() != 200) {
                throw new Failure(res.statusCode(), "Keycloak answered " + res.statusCode() + " to " + paths.get(n));
            } else {
                out[n] = mapper.readTree(res.body());
            }
        }
        return java.util.Arrays.asList(out);
    }

    /** A token of the orientir-backend service account. */
    public String serviceToken() throws IOException, InterruptedException {
        String form =
                "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret);
        HttpRequest req = HttpRequest.newBuilder(
                        URI.create(adminUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> res;
        try {
            res = http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Failure(0, "Keycloak is unreachable: " + e.getMessage());
        }
        if (res.statusCode() != 200) {
            throw new Failure(
                    res.statusCode(), "Keycloak refused the orientir-backend service account: " + res.statusCode());
        }
        return mapper.readTree(res.body()).get("access_token").asText();
    }

    /** A path segment or query value, encoded. */
    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
