package ru.orientir.audit;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AuditEvent",
        description = "One change: who (from the token), when, through which channel, old → new",
        requiredProperties = {"id", "occurredAt", "actor", "channel", "action", "entityType"})
public record AuditEventDto(
        long id,
        OffsetDateTime occurredAt,
        @Schema(description = "Login of the person or service account (from the token)") String actor,
        @Schema(
                        description =
                                "The person's full name as the token gave it at the time (e.g. «Редактор Калуга», "
                                        + "«Интеграция министерства»); null when the token had none or for events before 2026-12")
                String actorName,
        @Schema(enumeration = {"ui", "api", "import", "system"}) String channel,
        String action,
        String entityType,
        Long entityId,
        String entityKey,
        @Schema(description = "Municipality code; null for catalogue changes") String municipality,
        String indicator,
        @Schema(description = "Organization code of a school's value or target; null otherwise") String organization,
        Map<String, Object> oldValue,
        Map<String, Object> newValue,
        UUID importJob,
        String comment) {

    static AuditEventDto of(AuditEvent e) {
        return new AuditEventDto(
                e.id,
                e.occurredAt,
                e.actor,
                e.actorName,
                e.channel,
                e.action,
                e.entityType,
                e.entityId,
                e.entityKey,
                e.municipalityCode,
                e.indicatorCode,
                e.organizationCode,
                e.oldValue,
                e.newValue,
                e.importJobId,
                e.comment);
    }
}
