package ru.orientir.facts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import ru.orientir.catalogue.Indicator;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;

/**
 * What targets and measured values have in common: a figure of an indicator for a municipality
 * (and maybe one of its organizations) in a year, with its provenance and version.
 */
@MappedSuperclass
public abstract class DataRow extends PanacheEntityBase {

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
    public BigDecimal value;
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

    /** Puts a new row at its natural key (the year and the scope resolved from the request's codes). */
    public void placeAt(DataKeys keys, int year) {
        municipality = keys.municipality();
        indicator = keys.indicator();
        organization = keys.organization();
        this.year = year;
    }

    public DataKeys keys() {
        return new DataKeys(municipality, indicator, organization);
    }

    /** The period within the year a reporting period may lock the row by: '' (the year only) unless overridden. */
    public String reportingPeriod() {
        return "";
    }
}
