package ru.orientir.targets;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import ru.orientir.catalogue.Indicator;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;

/** A yearly target (or the baseline that starts a programme's series) of an indicator for a municipality. */
@Entity
@Table(name = "target")
public class Target extends PanacheEntityBase {

    public static final List<String> KINDS = List.of("target", "baseline");
    public static final List<String> COMPARATORS = List.of("eq", "ge", "le", "between");

    /**
     * The comparator's code for what people type: eq, ge, le, between, or the symbols =, >=, <=, ≥, ≤
     * (case and blanks ignored); null for nothing given; anything else is returned as is for the
     * caller's check to refuse.
     */
    public static String comparatorOf(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "=", "==" -> "eq";
            case ">=", "≥", "=>" -> "ge";
            case "<=", "≤", "=<" -> "le";
            default -> t;
        };
    }

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
    public String kind = "target";
    public String comparator = "eq";
    public BigDecimal value;
    @Column(name = "value_to")
    public BigDecimal valueTo;
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
