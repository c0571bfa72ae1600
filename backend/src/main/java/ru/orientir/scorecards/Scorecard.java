package ru.orientir.scorecards;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.orientir.territory.Municipality;

/** A rubric of items whose points add up to a school's (or a municipality's) score. */
@Entity
@Table(name = "scorecard")
public class Scorecard extends PanacheEntityBase {

    public static final List<String> LEVELS = List.of("organization", "municipality");
    public static final List<String> METHODS =
            List.of("presence", "per_unit", "threshold", "bands", "above_average", "below_average");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String name;
    public String description;
    public String level;

    /** The department that keeps it; null for the region's scorecards. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    /** Weights of the items' areas (1 for an area not named). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "area_weights", columnDefinition = "jsonb")
    public Map<String, BigDecimal> areaWeights;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scorecard_item", joinColumns = @JoinColumn(name = "scorecard_id"))
    @OrderColumn(name = "position")
    public List<ScorecardItem> items = new ArrayList<>();

    @Version
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<Scorecard> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    BigDecimal areaWeight(String area) {
        return area == null || areaWeights == null ? BigDecimal.ONE : areaWeights.getOrDefault(area, BigDecimal.ONE);
    }
}
