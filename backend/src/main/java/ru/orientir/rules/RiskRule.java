package ru.orientir.rules;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.orientir.territory.Municipality;

/** A risk rule: conditions on indicators that flag a school (or a municipality) over a window of years. */
@Entity
@Table(name = "risk_rule")
public class RiskRule extends PanacheEntityBase {

    public static final List<String> LEVELS = List.of("organization", "municipality");
    public static final List<String> COMBINES = List.of("any", "all");
    public static final List<String> COMPARATORS = List.of("gt", "ge", "lt", "le", "eq");
    public static final List<String> AVERAGES = List.of("above", "below");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String name;
    public String description;
    public String level;
    public String combine;

    @Column(name = "window_years")
    public int window;

    @Column(name = "min_years")
    public int minYears;

    public boolean preceding;

    /** The department that keeps the rule; null for the region's (the ministry's) rules. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_rule_condition", joinColumns = @JoinColumn(name = "rule_id"))
    @OrderColumn(name = "position")
    public List<RuleCondition> conditions = new ArrayList<>();

    @Version
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<RiskRule> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The first and last year the rule looks at when it judges {@code year}. */
    public int firstYear(int year) {
        return lastYear(year) - window + 1;
    }

    public int lastYear(int year) {
        return preceding ? year - 1 : year;
    }
}
