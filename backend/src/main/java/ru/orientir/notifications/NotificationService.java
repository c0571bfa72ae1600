package ru.orientir.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.orientir.audit.AuditLog;
import ru.orientir.common.Checks;
import ru.orientir.common.PageParams;
import ru.orientir.common.ProblemException;
import ru.orientir.notifications.NotificationDtos.*;
import ru.orientir.security.Caller;

/** A user's own notifications and preferences: nobody reads or marks another's. */
@ApplicationScoped
public class NotificationService {

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    public NotificationList list(Caller caller, boolean unreadOnly, PageParams p) {
        p.validated();
        String where = "WHERE username = ?1" + (unreadOnly ? " AND read_at IS NULL" : "");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, kind, title, body, link, municipality, created_at, read_at FROM notification "
                                + where + " ORDER BY created_at DESC, id DESC LIMIT ?2 OFFSET ?3")
                .setParameter(1, caller.username())
                .setParameter(2, p.size)
                .setParameter(3, (long) p.page * p.size)
                .getResultList();
        Object[] counts = (Object[])
                em.createNativeQuery("SELECT count(*) FILTER (WHERE " + (unreadOnly ? "read_at IS NULL" : "true")
                                + "), count(*) FILTER (WHERE read_at IS NULL) FROM notification WHERE username = ?1")
                        .setParameter(1, caller.username())
                        .getSingleResult();
        return new NotificationList(
                rows.stream().map(NotificationService::dto).toList(),
                p.page,
                p.size,
                ((Number) counts[0]).longValue(),
                ((Number) counts[1]).longValue());
    }

    /** Marks one of the caller's own read (again: no change); another's or an unknown id is 404 alike. */
    @Transactional
    public NotificationDto read(Caller caller, long id) {
        em.createNativeQuery(
                        "UPDATE notification SET read_at = now() WHERE id = ?1 AND username = ?2 AND read_at IS NULL")
                .setParameter(1, id)
                .setParameter(2, caller.username())
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, kind, title, body, link, municipality, created_at, read_at FROM notification"
                                + " WHERE id = ?1 AND username = ?2")
                .setParameter(1, id)
                .setParameter(2, caller.username())
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("id", "Уведомление " + id + " не найдено");
        }
        return dto(rows.get(0));
    }

    @Transactional
    public ReadAll readAll(Caller caller) {
        int marked = em.createNativeQuery(
                        "UPDATE notification SET read_at = now() WHERE username = ?1 AND read_at IS NULL")
                .setParameter(1, caller.username())
                .executeUpdate();
        return new ReadAll(marked, 0);
    }

    public Preferences preferences(Caller caller) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT kind, in_app, email FROM notification_preference WHERE username = ?1")
                .setParameter(1, caller.username())
                .getResultList();
        Map<String, Object[]> chosen = new HashMap<>();
        rows.forEach(r -> chosen.put((String) r[0], r));
        List<Preference> items = new ArrayList<>();
        NoticeKind.LABELS.forEach((kind, label) -> {
            Object[] r = chosen.get(kind);
            items.add(new Preference(kind, label, r == null || (Boolean) r[1], r == null || (Boolean) r[2]));
        });
        return new Preferences(items);
    }

    /** Sets the kinds named (the others keep their choice); every kind must be known and carry both flags. */
    @Transactional
    public Preferences setPreferences(Caller caller, Preferences in) {
        Checks c = new Checks();
        List<Preference> items = in == null || in.items() == null ? List.of() : in.items();
        if (in == null || in.items() == null) {
            c.add("items", "required", "Укажите список «items»: для каждого вида уведомлений kind, inApp и email");
        }
        for (int n = 0; n < items.size(); n++) {
            Preference p = items.get(n);
            String at = "items[" + n + "]";
            if (p == null || p.kind() == null || !NoticeKind.LABELS.containsKey(p.kind())) {
                c.add(
                        at + ".kind",
                        "unknown_kind",
                        "Неизвестный вид уведомлений «" + (p == null ? null : p.kind()) + "»; возможные: "
                                + String.join(", ", NoticeKind.LABELS.keySet()));
                continue;
            }
            if (p.inApp() == null) {
                c.add(at + ".inApp", "required", "Укажите inApp: true или false");
            }
            if (p.email() == null) {
                c.add(at + ".email", "required", "Укажите email: true или false");
            }
        }
        c.throwIfAny();
        Map<String, Object> before = new HashMap<>();
        preferences(caller).items().forEach(p -> before.put(p.kind(), p.inApp() + "/" + p.email()));
        Map<String, Object> after = new HashMap<>(before);
        for (Preference p : items) {
            em.createNativeQuery(
                            "INSERT INTO notification_preference (username, kind, in_app, email) VALUES (?1, ?2, ?3, ?4)"
                                    + " ON CONFLICT (username, kind) DO UPDATE SET in_app = EXCLUDED.in_app, email = EXCLUDED.email")
                    .setParameter(1, caller.username())
                    .setParameter(2, p.kind())
                    .setParameter(3, p.inApp())
                    .setParameter(4, p.email())
                    .executeUpdate();
            after.put(p.kind(), p.inApp() + "/" + p.email());
        }
        if (!before.equals(after)) {
            audit.record(
                    caller,
                    "update",
                    new AuditLog.Subject("notification_preferences", null, caller.username(), null, null),
                    before,
                    after,
                    null,
                    null);
        }
        return preferences(caller);
    }

    private static NotificationDto dto(Object[] r) {
        OffsetDateTime readAt = time(r[7]);
        return new NotificationDto(
                ((Number) r[0]).longValue(),
                (String) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4],
                (String) r[5],
                time(r[6]),
                readAt != null,
                readAt);
    }

    static OffsetDateTime time(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected time " + o.getClass());
    }
}
