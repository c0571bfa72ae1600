package ru.orientir.periods;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import ru.orientir.territory.Municipality;

/**
 * A municipality's reporting period: open → submitted → approved, or returned → open again. The year's
 * ({@code period} '') or, at an indicator's rhythm, a month, quarter, half year or week of it ({@code period} as values
 * store it: M03, Q1, H1, W07), which locks only the values of that period.
 */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod extends PanacheEntityBase {

    public static final String OPEN = "open";
    public static final String SUBMITTED = "submitted";
    public static final String APPROVED = "approved";
    public static final String RETURNED = "returned";
    public static final List<String> LOCKED_STATES = List.of(SUBMITTED, APPROVED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    public int year;
    /** '' for the whole year, else the period code of {@link ru.orientir.calendar.ReportPeriod}. */
    public String period = "";

    public String state = OPEN;

    @Version
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Column(name = "updated_by")
    public String updatedBy;

    /** The year's reporting period. */
    public static Optional<ReportingPeriod> of(Municipality m, int year) {
        return of(m, year, "");
    }

    public static Optional<ReportingPeriod> of(Municipality m, int year, String period) {
        return find("municipality = ?1 and year = ?2 and period = ?3", m, year, period)
                .firstResultOptional();
    }

    public boolean locked() {
        return LOCKED_STATES.contains(state);
    }
}
