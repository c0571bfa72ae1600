package ru.orientir.recommendations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;

/** A targeted recommendation of a department to one of its schools; the schools of one request share a batch. */
@Entity
@Table(name = "recommendation")
public class Recommendation extends PanacheEntityBase {

    public static final String OPEN = "open";
    public static final String ANSWERED = "answered";
    public static final String CLOSED = "closed";
    public static final List<String> STATUSES = List.of(OPEN, ANSWERED, CLOSED);
    public static final List<String> OUTCOMES = List.of("effective", "partly", "not_effective");

    /** The one overdue rule, as JPQL on alias {@code r}: still open (unanswered) after the deadline's last day. */
    static final String OVERDUE_JPQL = "(r.status = 'open' and r.dueTo < current_date)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID batch;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    public String title;
    public String text;
    public String reason;
    public String due;

    @Column(name = "due_to")
    public LocalDate dueTo;

    @Column(name = "rule_code")
    public String rule;

    public int year;

    @Column(name = "group_code")
    public String group;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> indicators = new ArrayList<>();

    public String status = OPEN;

    @Column(name = "response_text")
    public String responseText;

    @Column(name = "response_at")
    public OffsetDateTime responseAt;

    @Column(name = "response_by")
    public String responseBy;

    @Column(name = "verdict_outcome")
    public String verdictOutcome;

    @Column(name = "verdict_text")
    public String verdictText;

    @Column(name = "verdict_at")
    public OffsetDateTime verdictAt;

    @Column(name = "verdict_by")
    public String verdictBy;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Version
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    /** The same rule as {@link #OVERDUE_JPQL}. */
    public boolean overdue(LocalDate today) {
        return OPEN.equals(status) && dueTo.isBefore(today);
    }
}
