package ru.orientir.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import ru.orientir.territory.Municipality;

/** A programme or activity plan of a municipality (or of the region): its span of years and approval state. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

    public static final String DRAFT = "draft";
    public static final String APPROVED = "approved";
    public static final List<String> STATES = List.of(DRAFT, APPROVED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String name;

    /** Null for a regional plan (kept by the ministry). */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @Column(name = "year_from")
    public int yearFrom;

    @Column(name = "year_to")
    public int yearTo;

    public String description;
    public String state = DRAFT;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Column(name = "reopened_by")
    public String reopenedBy;

    @Column(name = "reopened_at")
    public OffsetDateTime reopenedAt;

    @Column(name = "reopen_reason")
    public String reopenReason;

    @Version
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<Plan> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public String municipalityCode() {
        return municipality == null ? null : municipality.code;
    }

    public boolean approved() {
        return APPROVED.equals(state);
    }
}
