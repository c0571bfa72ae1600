package ru.orientir.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
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
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Gives a new municipality its realm roles (municipality:<code>:editor and :viewer) in Keycloak
 * through the admin API, with the orientir-backend service account (realm-management/manage-realm).
 * Runs after the municipality's transaction commits; when Keycloak is unreachable the municipality
 * still exists and `backend/stack/provision-roles.sh` does the same later.
 */
@ApplicationScoped
public class KeycloakRoleProvisioner {

    private static final Logger LOG = Logger.getLogger(KeycloakRoleProvisioner.class);

    @ConfigProperty(name = "orientir.keycloak.provisioning.enabled")
    boolean enabled;

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

    void onMunicipalityCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) MunicipalityCreated created) {
        if (!enabled) {
            return;
        }
        try {
            provision(created.code(), created.name());
        } catch (IOException | RuntimeException e) {
            LOG.warnf(
                    "could not create the Keycloak roles of municipality %s (%s); run backend/stack/provision-roles.sh",
                    created.code(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void onOrganizationCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganizationCreated created) {
        if (!enabled) {
            return;
        }
        String label = created.name() + " (" + created.municipality() + ")";
        try {
            createRoles(List.of(
                    Map.of(
                            "name",
                            Roles.organizationEditor(created.municipality(), created.code()),
                            "description",
                            "Редактор: " + label),
                    Map.of(
                            "name",
                            Roles.organizationViewer(created.municipality(), created.code()),
                            "description",
                            "Просмотр: " + label)));
        } catch (IOException | RuntimeException e) {
            LOG.warnf(
                    "could not create the Keycloak roles of organization %s/%s (%s)",
                    created.municipality(), created.code(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Creates both roles; an existing role is left as it is. */
    public void provision(String code, String name) throws IOException, InterruptedException {
        createRoles(List.of(
                Map.of("name", Roles.editor(code), "description", "Редактор: " + name),
                Map.of("name", Roles.viewer(code), "description", "Просмотр: " + name)));
        LOG.infof("Keycloak roles of municipality %s are in place", code);
    }

    private void createRoles(List<Map<String, String>> roles) throws IOException, InterruptedException {
        String token = serviceToken();
        for (var role : roles) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(adminUrl + "/admin/realms/" + realm + "/roles"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(role)))
                    .build();
            int status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 201 && status != 409) {
                throw new IOException("Keycloak answered " + status + " when creating role " + role.get("name"));
            }
        }
    }

    private String serviceToken() throws IOException, InterruptedException {
        String form =
                "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret);
        HttpRequest req = HttpRequest.newBuilder(
                        URI.create(adminUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IOException("Keycloak refused the orientir-backend service account: " + res.statusCode());
        }
        JsonNode body = mapper.readTree(res.body());
        return body.get("access_token").asText();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
