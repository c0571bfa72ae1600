package ru.orientir.notifications;

import static ru.orientir.security.KeycloakAdmin.enc;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.orientir.security.KeycloakAdmin;

/**
 * Resolves an {@link Audience} to people through Keycloak's admin API (Keycloak is the one place where roles and
 * e-mail addresses are kept). Answers are cached briefly per role and per login, so that an import or a reminder run
 * asks Keycloak once per role, never once per row.
 */
@ApplicationScoped
public class Recipients {

    /** Holders of one role read at most. */
    static final int MAX_HOLDERS = 10_000;

    @Inject
    KeycloakAdmin keycloak;

    @ConfigProperty(name = "orientir.notifications.keycloak-cache", defaultValue = "60s")
    Duration ttl;

    private record Cached(List<Person> people, long until) {}

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** The people of the audience, each once, in the order found; an IOException when Keycloak cannot be asked. */
    public List<Person> resolve(Audience a) throws IOException {
        Map<String, Person> byName = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        a.roles().forEach(r -> keys.add("role:" + r));
        a.usernames().forEach(u -> keys.add("user:" + u));
        List<String> missing = keys.stream().filter(k -> fresh(k) == null).toList();
        if (!missing.isEmpty()) {
            fetch(missing);
        }
        for (String k : keys) {
            List<Person> got = fresh(k);
            if (got != null) {
                got.forEach(p -> byName.putIfAbsent(p.username(), p));
            }
        }
        if (a.except() != null) {
            byName.remove(a.except());
        }
        return List.copyOf(byName.values());
    }

    /** Forgets what was read (tests that change users in Keycloak). */
    public void forget() {
        cache.clear();
    }

    private List<Person> fresh(String key) {
        Cached c = cache.get(key);
        return c == null || c.until < System.nanoTime() ? null : c.people;
    }

    private void fetch(List<String> keys) throws IOException {
        try {
            String token = keycloak.serviceToken();
            List<String> paths = keys.stream()
                    .map(k -> k.startsWith("role:")
                            ? "/roles/" + enc(k.substring(5)) + "/users?briefRepresentation=true&first=0&max="
                                    + MAX_HOLDERS
                            : "/users?briefRepresentation=true&exact=true&username=" + enc(k.substring(5)))
                    .toList();
            List<JsonNode> answers = keycloak.getAll(token, paths);
            long until = System.nanoTime() + ttl.toNanos();
            for (int n = 0; n < keys.size(); n++) {
                cache.put(keys.get(n), new Cached(people(answers.get(n)), until));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking Keycloak", e);
        }
    }

    private static List<Person> people(JsonNode array) {
        List<Person> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode u : array) {
                if (!u.path("enabled").asBoolean(true)) {
                    continue;
                }
                String email = u.path("email").asText("").trim();
                out.add(new Person(u.path("id").asText(), u.path("username").asText(), email.isEmpty() ? null : email));
            }
        }
        return out;
    }
}
