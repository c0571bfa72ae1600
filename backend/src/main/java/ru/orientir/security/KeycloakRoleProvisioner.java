package ru.orientir.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
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

    @Inject
    KeycloakAdmin keycloak;

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
        String token = keycloak.serviceToken();
        for (var role : roles) {
            int status = keycloak.post(token, "/roles", role);
            if (status != 201 && status != 409) {
                throw new IOException("Keycloak answered " + status + " when creating role " + role.get("name"));
            }
        }
    }
}
