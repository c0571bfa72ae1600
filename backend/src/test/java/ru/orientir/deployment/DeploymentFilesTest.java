package ru.orientir.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml cannot run on the development machines (no Docker engine), so this keeps it
 * honest: valid YAML, every piece present with a health check, the same realm file and the same
 * configuration variables as the development stack.
 */
class DeploymentFilesTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    private static JsonNode compose() throws IOException {
        return new ObjectMapper(new YAMLFactory())
                .readTree(REPO.resolve("docker-compose.yml").toFile());
    }

    @Test
    void composeHasEveryPieceWithAHealthCheck() throws IOException {
        JsonNode services = compose().get("services");
        for (String name : List.of("postgres", "keycloak", "backend", "frontend")) {
            JsonNode service = services.get(name);
            assertNotNull(service, "service " + name + " is missing");
            assertNotNull(service.get("healthcheck"), "service " + name + " has no health check");
        }
        assertNotNull(compose().get("volumes").get("pgdata"), "the database needs a named volume");
    }

    @Test
    void composeImportsTheSameRealmFileAsTheDevelopmentStack() throws IOException {
        String mount =
                compose().get("services").get("keycloak").get("volumes").get(0).asText();
        String source = mount.substring(0, mount.indexOf(':'));
        assertEquals("./backend/keycloak/orientir-realm.json", source);
        assertTrue(Files.exists(REPO.resolve(source)), "realm file " + source + " does not exist");
        assertTrue(
                Files.readString(REPO.resolve("backend/stack/keycloak.sh")).contains("keycloak/orientir-realm.json"),
                "the development stack must import the same realm file");
    }

    @Test
    void composeRunsTheToolVersionsThePomNames() throws IOException {
        String pom = Files.readString(REPO.resolve("backend/pom.xml"));
        JsonNode services = compose().get("services");
        assertEquals(
                "quay.io/keycloak/keycloak:" + pomProperty(pom, "keycloak.version"),
                services.get("keycloak").get("image").asText());
        String pgMajor = pomProperty(pom, "postgres.binaries.version").split("\\.")[0];
        assertEquals(
                "postgres:" + pgMajor, services.get("postgres").get("image").asText());
        assertTrue(
                Files.readString(REPO.resolve("backend/stack/common.sh")).contains("pom_property keycloak.version"),
                "the stack scripts must read the versions from the pom");
    }

    private static String pomProperty(String pom, String name) {
        int start = pom.indexOf("<" + name + ">");
        assertTrue(start >= 0, "backend/pom.xml has no property " + name);
        return pom.substring(start + name.length() + 2, pom.indexOf("</" + name + ">", start));
    }

    @Test
    void backendIsConfiguredWithTheVariablesTheApplicationReads() throws IOException {
        String properties = Files.readString(REPO.resolve("backend/src/main/resources/application.properties"));
        JsonNode env = compose().get("services").get("backend").get("environment");
        env.fieldNames()
                .forEachRemaining(name -> assertTrue(
                        properties.contains("${" + name + ":"),
                        name + " is set in docker-compose.yml but application.properties does not read it"));
        for (String required : List.of("ORIENTIR_DB_URL", "ORIENTIR_OIDC_URL", "ORIENTIR_DB_PASSWORD")) {
            assertNotNull(env.get(required), required + " must be configured in docker-compose.yml");
        }
    }

    @Test
    void twoBackendReplicasServeTheApiBehindTheWebServer() throws IOException {
        JsonNode services = compose().get("services");
        assertNotNull(services.get("backend-2"), "docker-compose.yml runs a second backend replica, backend-2");
        assertEquals(
                "*backend",
                Files.readString(REPO.resolve("docker-compose.yml"))
                        .lines()
                        .filter(l -> l.startsWith("  backend-2:"))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip())
                        .findFirst()
                        .orElse(""),
                "backend-2 is the same service as backend (a YAML alias), so the two cannot drift apart");
        assertNull(services.get("backend").get("ports"), "the replicas are reached through the web server only");
        JsonNode waits = services.get("frontend").get("depends_on");
        assertNotNull(waits.get("backend"), "the web server waits for backend");
        assertNotNull(waits.get("backend-2"), "the web server waits for backend-2");
        String nginx = Files.readString(REPO.resolve("frontend/docker/nginx.conf"));
        assertTrue(nginx.contains("server backend:8080") && nginx.contains("server backend-2:8080"), nginx);
        String api = Files.readString(REPO.resolve("frontend/docker/orientir-api.inc"));
        assertTrue(api.contains("proxy_pass http://orientir_backend"), api);
        assertTrue(
                Files.readString(REPO.resolve("frontend/Dockerfile")).contains("docker/orientir-api.inc"),
                "the web server's image carries the API locations");
    }

    @Test
    void buildContextsHaveDockerfiles() throws IOException {
        JsonNode services = compose().get("services");
        for (Map.Entry<String, String> e :
                Map.of("backend", "backend", "frontend", "frontend").entrySet()) {
            String context = services.get(e.getKey()).get("build").asText();
            assertTrue(Files.exists(REPO.resolve(context).resolve("Dockerfile")), context + "/Dockerfile is missing");
        }
    }
}
