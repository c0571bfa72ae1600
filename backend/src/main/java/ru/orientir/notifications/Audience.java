package ru.orientir.notifications;

import java.util.List;
import ru.orientir.security.Roles;

/**
 * Who receives a notice: the holders of some realm roles and some users by login, less one login (the person
 * whose own act caused the notice is not told of it).
 */
public record Audience(List<String> roles, List<String> usernames, String except) {

    public static Audience editorsOf(String municipality) {
        return new Audience(List.of(Roles.editor(municipality)), List.of(), null);
    }

    public static Audience holdersOf(String... roles) {
        return new Audience(List.of(roles), List.of(), null);
    }

    public static Audience users(List<String> usernames) {
        return new Audience(List.of(), List.copyOf(usernames), null);
    }

    public Audience except(String username) {
        return new Audience(roles, usernames, username);
    }
}
