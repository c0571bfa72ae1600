package ru.orientir.admin;

import static ru.orientir.common.Pages.blankToNull;
import static ru.orientir.security.KeycloakAdmin.enc;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.orientir.admin.AdminDtos.RoleDto;
import ru.orientir.admin.AdminDtos.UserDto;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.ProblemException;
import ru.orientir.security.Caller;
import ru.orientir.security.KeycloakAdmin;
import ru.orientir.security.Roles;

/**
 * Who holds which role, read live from Keycloak's admin API (Keycloak stays the one place where roles are
 * assigned): all users paged by Keycloak, or the holders of one role or of a municipality's roles (its
 * editor, viewer and its schools' roles), merged and paged here.
 */
@ApplicationScoped
public class AdminUserService {

    /** Holders of one role read at most (a role held by more people is rare in a region). */
    static final int MAX_HOLDERS = 10_000;

    @Inject
    KeycloakAdmin keycloak;

    public PageResult<UserDto> users(Caller caller, String role, String municipality, String search, PageParams p) {
        if (!caller.isAdmin()) {
            throw ProblemException.forbidden("Пользователей и их роли видит только администратор");
        }
        p.validated();
        String r = blankToNull(role) == null ? null : role.trim();
        String m = blankToNull(municipality) == null ? null : municipality.trim();
        String q = blankToNull(search) == null ? null : search.trim();
        try {
            String token = keycloak.serviceToken();
            List<JsonNode> users;
            long total;
            if (r == null && m == null) {
                String s = q == null ? "" : "&search=" + enc(q);
                List<JsonNode> got = keycloak.getAll(
                        token,
                        List.of(
                                "/users?briefRepresentation=true&first=" + (long) p.page * p.size + "&max=" + p.size
                                        + s,
                                "/users/count" + (q == null ? "" : "?search=" + enc(q))));
                users = list(got.get(0));
                total = got.get(1) == null ? users.size() : got.get(1).asLong();
            } else {
                List<JsonNode> holders = holders(token, r, m, q);
                total = holders.size();
                int from = (int) Math.min((long) p.page * p.size, holders.size());
                users = holders.subList(from, Math.min(from + p.size, holders.size()));
            }
            List<JsonNode> roles = keycloak.getAll(
                    token,
                    users.stream()
                            .map(u -> "/users/" + enc(u.path("id").asText()) + "/role-mappings/realm/composite")
                            .toList());
            List<UserDto> items = new ArrayList<>();
            for (int n = 0; n < users.size(); n++) {
                items.add(user(users.get(n), roles.get(n)));
            }
            return new PageResult<>(items, p.page, p.size, total);
        } catch (KeycloakAdmin.Failure e) {
            throw unavailable(e);
        } catch (IOException e) {
            throw unavailable(new KeycloakAdmin.Failure(0, e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(new KeycloakAdmin.Failure(0, "interrupted"));
        }
    }

    /** The holders of the role, or of the municipality's roles (both: of that role, if it is the municipality's). */
    private List<JsonNode> holders(String token, String role, String municipality, String search)
            throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        if (municipality != null) {
            names.add(Roles.editor(municipality));
            names.add(Roles.viewer(municipality));
            String prefix = "organization:" + municipality + ":";
            for (JsonNode found : list(keycloak.get(token, "/roles?max=" + MAX_HOLDERS + "&search=" + enc(prefix)))) {
                String name = found.path("name").asText();
                if (name.startsWith(prefix)) {
                    names.add(name);
                }
            }
            if (role != null) {
                names = names.contains(role) ? List.of(role) : List.of();
            }
        } else {
            names.add(role);
        }
        List<JsonNode> lists = keycloak.getAll(
                token,
                names.stream()
                        .map(n -> "/roles/" + enc(n) + "/users?briefRepresentation=true&first=0&max=" + MAX_HOLDERS)
                        .toList());
        if (role != null && municipality == null && lists.get(0) == null) {
            throw ProblemException.validation(List.of(
                    new ru.orientir.common.FieldError("role", "unknown_role", "Роли «" + role + "» нет в Keycloak")));
        }
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        lists.forEach(l -> list(l).forEach(u -> byId.putIfAbsent(u.path("id").asText(), u)));
        String q = search == null ? null : search.toLowerCase(Locale.ROOT);
        return byId.values().stream()
                .filter(u -> q == null || text(u).contains(q))
                .sorted(Comparator.comparing(u -> u.path("username").asText()))
                .toList();
    }

    private static String text(JsonNode u) {
        return String.join(
                        " ",
                        u.path("username").asText(""),
                        u.path("firstName").asText(""),
                        u.path("lastName").asText(""),
                        u.path("email").asText(""))
                .toLowerCase(Locale.ROOT);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(out::add);
        }
        return out;
    }

    static UserDto user(JsonNode u, JsonNode roles) {
        String name = String.join(
                        " ", u.path("firstName").asText(""), u.path("lastName").asText(""))
                .trim();
        List<RoleDto> held = list(roles).stream()
                .map(r -> role(r.path("name").asText()))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(RoleDto::name))
                .toList();
        return new UserDto(
                u.path("id").asText(),
                u.path("username").asText(),
                name.isEmpty() ? null : name,
                blankToNull(u.path("email").asText(null)),
                u.path("enabled").asBoolean(true),
                held);
    }

    /** One of Orientir's roles, parsed; Keycloak's own (default-roles-…, offline_access) are left out. */
    static Optional<RoleDto> role(String name) {
        switch (name) {
            case Roles.ADMIN:
                return Optional.of(new RoleDto(name, "admin", null, null));
            case Roles.MINISTRY_ANALYST:
                return Optional.of(new RoleDto(name, "ministry_analyst", null, null));
            case Roles.INTEGRATION:
                return Optional.of(new RoleDto(name, "integration", null, null));
            default:
                break;
        }
        Optional<Roles.MunicipalityRole> m = Roles.parse(name);
        if (m.isPresent()) {
            return Optional.of(new RoleDto(
                    name, m.get().editor() ? "editor" : "viewer", m.get().municipality(), null));
        }
        return Roles.parseOrganization(name)
                .map(o -> new RoleDto(
                        name, o.editor() ? "school_editor" : "school_viewer", o.municipality(), o.organization()));
    }

    private static ProblemException unavailable(KeycloakAdmin.Failure e) {
        String detail = e.status == 403
                ? "Keycloak не дал списка пользователей: сервисной учётной записи orientir-backend нужна роль "
                        + "view-users клиента realm-management"
                : "Keycloak недоступен, список пользователей сейчас не получить; роли можно посмотреть в его консоли";
        return new ProblemException(503, "keycloak-unavailable", "Keycloak недоступен", detail, List.of());
    }
}
