package ru.orientir.periods;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.orientir.periods.PeriodDtos.Completeness;

/** One transition of a reporting period: who moved it from which state to which, and why. */
@Entity
@Table(name = "period_event")
public class PeriodEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    public ReportingPeriod period;

    @Column(name = "at")
    public OffsetDateTime occurredAt = OffsetDateTime.now();

    public String actor;
    public String action;

    @Column(name = "from_state")
    public String fromState;

    @Column(name = "to_state")
    public String toState;

    public String comment;
    /** Set on submit: the missing indicators and warnings the submitter saw. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Completeness completeness;

    public static List<PeriodEvent> history(ReportingPeriod p) {
        return list("period", Sort.by("occurredAt").and("id"), p);
    }

    /** The submit events of the given periods, oldest first (the caller keeps the last per period). */
    public static List<PeriodEvent> submits(Collection<Long> periodIds) {
        return list(
                "period.id in ?1 and action = ?2",
                Sort.by("occurredAt").and("id"),
                periodIds,
                PeriodTransition.SUBMIT.action);
    }
}
