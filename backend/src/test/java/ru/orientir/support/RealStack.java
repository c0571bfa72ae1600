package ru.orientir.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a real PostgreSQL and a real Keycloak (with the orientir realm) for the test run, through
 * the same scripts as the development stack, on free ports. ORIENTIR_TEST_DB_URL and
 * ORIENTIR_TEST_KEYCLOAK_URL point the tests at servers started elsewhere instead.
 */
public class RealStack implements QuarkusTestResourceLifecycleManager {

    private static final Path STACK_SCRIPTS = Path.of("stack").toAbsolutePath();
    private static final Path RUN_DIR = Path.of("target", "test-stack").toAbsolutePath();

    private static String keycloakUrl;
    private static int keycloakPort;
    private static volatile boolean ownsKeycloak;
    private boolean startedPostgres;
    private boolean startedKeycloak;

    public static String keycloakUrl() {
        return keycloakUrl;
    }

    /** A token of Keycloak's own administrator (the bootstrap admin of the master realm), for its admin API. */
    public static String keycloakAdminToken() {
        return io.restassured.RestAssured.given()
                .baseUri(keycloakUrl)
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

    /** True when this run started the Keycloak itself (and so may stop and start it again). */
    public static boolean ownsKeycloak() {
        return ownsKeycloak;
    }

    /** Stops the Keycloak this run started (the backend keeps running). */
    public static void stopKeycloak() {
        requireOwnKeycloak();
        run(
                List.of(
                        "bash",
                        STACK_SCRIPTS.resolve("keycloak.sh").toString(),
                        "stop",
                        RUN_DIR.resolve("keycloak").toString()),
                Map.of());
    }

    /**
     * Starts it again on the same port, so the backend's configured issuer stays valid. The dev-mem realm is
     * imported afresh: same users and roles, new ids and new signing keys, so cached tokens are forgotten.
     */
    public static void startKeycloak() {
        requireOwnKeycloak();
        run(
                List.of(
                        "bash",
                        STACK_SCRIPTS.resolve("keycloak.sh").toString(),
                        "start",
                        RUN_DIR.resolve("keycloak").toString(),
                        Integer.toString(keycloakPort),
                        "dev-mem"),
                Map.of());
        Tokens.forgetAll();
    }

    private static void requireOwnKeycloak() {
        if (!ownsKeycloak) {
            throw new IllegalStateException("the Keycloak at " + keycloakUrl + " was not started by the tests");
        }
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        String dbUrl = System.getenv("ORIENTIR_TEST_DB_URL");
        if (dbUrl == null) {
            int port = freePort();
            Path data = RUN_DIR.resolve("pgdata-" + port);
            forget(data); // a data directory left by an earlier run on the same port would hold its rows
            run(
                    List.of(
                            "bash",
                            STACK_SCRIPTS.resolve("postgres.sh").toString(),
                            "start",
                            data.toString(),
                            Integer.toString(port)),
                    Map.of("ORIENTIR_PG_FSYNC", "off", "ORIENTIR_PG_SYNC_COMMIT", "off"));
            startedPostgres = true;
            System.setProperty("orientir.test.pgdata", data.toString());
            dbUrl = "jdbc:postgresql://127.0.0.1:" + port + "/orientir";
        }
        config.put("quarkus.datasource.jdbc.url", dbUrl);
        keycloakUrl = System.getenv("ORIENTIR_TEST_KEYCLOAK_URL");
        if (keycloakUrl == null) {
            int port = freePort();
            run(
                    List.of(
                            "bash",
                            STACK_SCRIPTS.resolve("keycloak.sh").toString(),
                            "start",
                            RUN_DIR.resolve("keycloak").toString(),
                            Integer.toString(port),
                            "dev-mem"),
                    Map.of());
            startedKeycloak = true;
            ownsKeycloak = true;
            keycloakPort = port;
            keycloakUrl = "http://localhost:" + port;
        }
        config.put("quarkus.oidc.auth-server-url", keycloakUrl + "/realms/orientir");
        config.put("orientir.keycloak.admin-url", keycloakUrl);
        return config;
    }

    @Override
    public void stop() {
        if (startedKeycloak) {
            run(
                    List.of(
                            "bash",
                            STACK_SCRIPTS.resolve("keycloak.sh").toString(),
                            "stop",
                            RUN_DIR.resolve("keycloak").toString()),
                    Map.of());
        }
        if (startedPostgres) {
            run(
                    List.of(
                            "bash",
                            STACK_SCRIPTS.resolve("postgres.sh").toString(),
                            "stop",
                            System.getProperty("orientir.test.pgdata")),
                    Map.of());
        }
    }

    private static void run(List<String> command, Map<String, String> env) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
            pb.environment().putAll(env);
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/test-stack.log")));
            new File("target").mkdirs();
            Process p = pb.start();
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("failed: " + String.join(" ", command));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void forget(Path dir) {
        if (!dir.toFile().exists()) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new IllegalStateException("could not remove the old test database " + dir, e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
