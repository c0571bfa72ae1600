package ru.orientir.publication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.orientir.periods.ReportingPeriod;
import ru.orientir.territory.Municipality;

/**
 * The published indicators of a municipality's approved year. It counts only while the period it names is still
 * approved in the version it was published under ({@link #inForce()}); db/changes/170-publication.sql also deletes it
 * in the transaction that reopens the year.
 */
@Entity
@Table(name = "publication")
public class Publication extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    public int year;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "period_id")
    public ReportingPeriod period;

    /** The period's version when it was published: a later transition makes it another approval. */
    @Column(name = "period_version")
    public int periodVersion;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt = OffsetDateTime.now();

    @Column(name = "published_by")
    public String publishedBy;

    @Version
    public int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "publication_indicator", joinColumns = @JoinColumn(name = "publication_id"))
    @Column(name = "indicator_id")
    public Set<Long> indicatorIds = new HashSet<>();

    /** Published data is approved data: the period is approved, and in the approval this was published under. */
    public boolean inForce() {
        return ReportingPeriod.APPROVED.equals(period.state) && period.version == periodVersion;
    }

    public static Optional<Publication> of(Municipality m, int year) {
        return find("municipality = ?1 and year = ?2", m, year).firstResultOptional();
    }

    /** The publication of the year if it is in force. */
    public static Optional<Publication> inForceOf(Municipality m, int year) {
        return of(m, year).filter(Publication::inForce);
    }

    /** The municipality's publications in force, newest year first. */
    public static List<Publication> allInForce(Municipality m) {
        return Publication.<Publication>list(
                        "municipality = ?1 and period.state = ?2 and period.version = periodVersion order by year desc",
                        m,
                        ReportingPeriod.APPROVED)
                .stream()
                .filter(Publication::inForce)
                .toList();
    }
}
