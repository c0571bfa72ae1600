package ru.orientir.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Who changed what, when, through which channel, from which old value to which new one. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt = OffsetDateTime.now();

    public String actor;

    /** The person's name as the token gave it at the time of the change; null for older events. */
    @Column(name = "actor_name")
    public String actorName;

    public String channel;
    public String action;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public Long entityId;

    @Column(name = "entity_key")
    public String entityKey;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "indicator_code")
    public String indicatorCode;

    /** The organization a value or target event concerns (null for the municipality's own rows and the rest). */
    @Column(name = "organization_code")
    public String organizationCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "old_value")
    public Map<String, Object> oldValue;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "new_value")
    public Map<String, Object> newValue;

    @Column(name = "import_job_id")
    public UUID importJobId;

    public String comment;
}
