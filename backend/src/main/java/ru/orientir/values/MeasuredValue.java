package ru.orientir.values;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import ru.orientir.catalogue.Indicator;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;

/**
 * A measured value («фактическое значение»). The figure is kept exactly as typed (numeric, never
 * binary floating point); the qualifier keeps what the source said about it (approx, at least...).
 */
@Entity
@Table(name = "measured_value")
public class MeasuredValue extends PanacheEntityBase {

    public static final List<String> QUALIFIERS = List.of("exact", "approx", "at_least", "at_most");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organization_id")
    public Organization organization;
    public int year;
    /** '' for the whole year, otherwise e.g. Q1..Q4. */
    public String period = "";
    /** '' when not disaggregated, otherwise one of the indicator's categories. */
    public String category = "";
    public BigDecimal value;
    public String qualifier = "exact";
    public BigDecimal numerator;
    public BigDecimal denominator;
    public String comment;
    public String source;
    @Version
    public int version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "import_job_id")
    public UUID importJobId;
}
