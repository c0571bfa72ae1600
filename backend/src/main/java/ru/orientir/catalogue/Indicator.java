package ru.orientir.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A KPI definition of the catalogue. Indicator codes are unique across the system. */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    public static final List<String> UNITS = List.of(
            "percent",
            "persons",
            "count",
            "score",
            "rubles",
            "thousand_rubles",
            "million_rubles",
            "ratio",
            "yes_no",
            "places",
            "rank",
            "years",
            "other");
    public static final List<String> POLARITIES = List.of("higher", "lower");
    public static final List<String> LEVELS = List.of("municipality", "organization");
    public static final List<String> PERIODICITIES = ru.orientir.calendar.Periodicity.ALL;
    /** Who submits an indicator's figures on the calendar: the schools or the municipality. */
    public static final List<String> RESPONSIBLES = List.of("municipality", "organization");

    public static final List<String> STATUSES = List.of("active", "archived");
    /** What a derived indicator counts of its rule's flags (see rules/DerivedFacts). */
    public static final List<String> DERIVED_MEASURES = List.of("flagged_count", "flagged_share", "improved_share");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_en")
    public String nameEn;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "area_id")
    public IndicatorArea area;

    public String unit;
    public int decimals = 1;
    public String polarity = "higher";

    @Column(name = "scale_min")
    public BigDecimal scaleMin;

    @Column(name = "scale_max")
    public BigDecimal scaleMax;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Band> bands;

    public String level = "municipality";
    public String periodicity = "calendar_year";

    /** The deadline rule ({@link ru.orientir.calendar.DeadlineRule}): null kind when the indicator has none. */
    @Column(name = "deadline_kind")
    public String deadlineKind;

    @Column(name = "deadline_days")
    public Integer deadlineDays;

    @Column(name = "deadline_day")
    public Integer deadlineDay;

    @Column(name = "deadline_month")
    public Integer deadlineMonth;

    /** Who submits the figures ({@link #RESPONSIBLES}); null: as the level says (organization: the schools). */
    @Column(name = "responsible")
    public String responsibleLevel;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> categories;
    /** The dimensions the indicator is disaggregated by, in the order of the canonical category (see {@link Categories}). */
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "indicator_dimension",
            joinColumns = @JoinColumn(name = "indicator_id"),
            inverseJoinColumns = @JoinColumn(name = "dimension_id"))
    @OrderColumn(name = "position")
    public List<Dimension> dimensions = new ArrayList<>();

    public String description;
    public String formula;
    public String numerator;
    public String denominator;
    public String source;
    public String status = "active";

    /**
     * A derived indicator's rule (its code) and measure ({@link #DERIVED_MEASURES}): its facts are computed from
     * the rule's flags, never typed in (see rules/DerivedFacts); both null for an ordinary indicator.
     */
    @Column(name = "derived_rule")
    public String derivedRule;

    @Column(name = "derived_measure")
    public String derivedMeasure;

    @Version
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    public static Optional<Indicator> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The deadline rule, or null. */
    public ru.orientir.calendar.DeadlineRule deadline() {
        return deadlineKind == null
                ? null
                : new ru.orientir.calendar.DeadlineRule(deadlineKind, deadlineDays, deadlineDay, deadlineMonth);
    }

    public void deadline(ru.orientir.calendar.DeadlineRule rule) {
        deadlineKind = rule == null ? null : rule.kind();
        deadlineDays = rule == null ? null : rule.days();
        deadlineDay = rule == null ? null : rule.day();
        deadlineMonth = rule == null ? null : rule.month();
    }

    /** Who submits the figures: as set, else the schools for an organization-level indicator. */
    public String responsible() {
        return responsibleLevel != null
                ? responsibleLevel
                : "organization".equals(level) ? "organization" : "municipality";
    }

    public boolean derived() {
        return derivedRule != null;
    }

    public boolean higherIsBetter() {
        return !"lower".equals(polarity);
    }
}
