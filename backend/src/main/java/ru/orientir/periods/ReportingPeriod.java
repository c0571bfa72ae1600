package ru.orientir.periods;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import ru.orientir.territory.Municipality;

/** A municipality's reporting year: open → submitted → approved, or returned → open again. */
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
    public String state = OPEN;

    @Version
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<ReportingPeriod> of(Municipality m, int year) {
        return find("municipality = ?1 and year = ?2", m, year).firstResultOptional();
    }

    public boolean locked() {
        return LOCKED_STATES.contains(state);
    }
}
