package ru.orientir.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import ru.orientir.security.Caller;

/** Writes audit events in the transaction of the change they describe. */
@ApplicationScoped
public class AuditLog {

    @Inject
    ObjectMapper mapper;

    /** What changed: the entity and its scope, for filtering and access checks when reading the audit. */
    public record Subject(
            String entityType,
            Long entityId,
            String entityKey,
            String municipality,
            String indicator,
            String organization) {

        /** A subject that concerns no single organization. */
        public Subject(String entityType, Long entityId, String entityKey, String municipality, String indicator) {
            this(entityType, entityId, entityKey, municipality, indicator, null);
        }
    }

    public AuditEvent record(
            Caller caller,
            String action,
            Subject subject,
            Object oldValue,
            Object newValue,
            UUID importJob,
            String comment) {
        AuditEvent e = new AuditEvent();
        e.actor = caller.username();
        e.actorName = actorName(caller);
        e.channel = importJob != null ? Caller.CHANNEL_IMPORT : caller.channel();
        e.action = action;
        e.entityType = subject.entityType();
        e.entityId = subject.entityId();
        e.entityKey = subject.entityKey();
        e.municipalityCode = subject.municipality();
        e.indicatorCode = subject.indicator();
        e.organizationCode = subject.organization();
        e.oldValue = snapshot(oldValue);
        e.newValue = snapshot(newValue);
        e.importJobId = importJob;
        e.comment = comment;
        e.persist();
        return e;
    }

    public AuditEvent record(Caller caller, String action, Subject subject, Object oldValue, Object newValue) {
        return record(caller, action, subject, oldValue, newValue, null, null);
    }

    /**
     * The name people read in the history: the token's full name (Keycloak's first and last name; service
     * accounts get theirs in the realm, e.g. «Интеграция министерства»), null when the token names no one but
     * the login. Stored with the event, so a history reads without asking Keycloak and keeps the name of the time.
     */
    static String actorName(Caller caller) {
        String name = caller.displayName();
        if (name == null || name.isBlank() || name.equals(caller.username())) {
            return null;
        }
        return name.length() > 300 ? name.substring(0, 300) : name;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> snapshot(Object value) {
        return value == null ? null : mapper.convertValue(value, Map.class);
    }
}
