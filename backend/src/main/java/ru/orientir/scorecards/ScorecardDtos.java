package ru.orientir.scorecards;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.orientir.catalogue.Categories;
import ru.orientir.common.Decimals;

/** The JSON shapes of scorecards and ratings. */
public final class ScorecardDtos {

    private ScorecardDtos() {}

    @Schema(name = "ScorecardItemInput", description = "Points from one indicator (and category) by one method")
    public record ItemInput(
            @Schema(required = true, description = "Unique within the scorecard") String code,
            String name,
            @Schema(required = true) String indicator,
            String category,
            @Schema(
                            required = true,
                            enumeration = {
                                "presence",
                                "per_unit",
                                "threshold",
                                "bands",
                                "above_average",
                                "below_average"
                            })
                    String method,
            @Schema(
                            description = "Points given (negative allowed); per_unit: per unit of the value; unused "
                                    + "for bands")
                    BigDecimal points,
            @Schema(
                            enumeration = {"gt", "ge", "lt", "le", "eq"},
                            description = "threshold: the comparator")
                    String comparator,
            @Schema(description = "threshold: the value compared with") BigDecimal value,
            @Schema(description = "bands: from..to (inclusive) → points, the first that holds counts")
                    List<ScoreBand> bands,
            @Schema(description = "Multiplies the item's points; default 1") BigDecimal weight,
            @Schema(description = "The item's area, weighted by the scorecard's areaWeights") String area) {}

    @Schema(
            name = "ScorecardInput",
            example = "{\"name\": \"Эффективность руководителя\", \"level\": \"organization\", \"items\": "
                    + "[{\"code\": \"graduates-100\", \"indicator\": \"tula-ege-100\", \"method\": \"per_unit\", "
                    + "\"points\": 5}, {\"code\": \"rating\", \"indicator\": \"tula-nok\", \"method\": \"bands\", "
                    + "\"bands\": [{\"from\": 40, \"to\": 60, \"points\": 1}, {\"from\": 60.01, \"to\": 80, "
                    + "\"points\": 2}]}]}")
    public record ScorecardInput(
            @Schema(description = "Must equal the code in the path when given") String code,
            @Schema(required = true, maxLength = 300) String name,
            String description,
            @Schema(
                            required = true,
                            enumeration = {"organization", "municipality"})
                    String level,
            @Schema(description = "The municipality that keeps the scorecard; absent: the region's")
                    String municipality,
            @Schema(description = "Weight per area of the items (1 for an area not named)")
                    Map<String, BigDecimal> areaWeights,
            @Schema(required = true) List<ItemInput> items) {}

    @Schema(
            name = "ScorecardItem",
            requiredProperties = {"code", "indicator", "indicatorName", "category", "method"})
    public record ItemDto(
            String code,
            String name,
            String indicator,
            String indicatorName,
            String category,
            String categoryLabel,
            @Schema(enumeration = {"presence", "per_unit", "threshold", "bands", "above_average", "below_average"})
                    String method,
            BigDecimal points,
            @Schema(enumeration = {"gt", "ge", "lt", "le", "eq"}) String comparator,
            BigDecimal value,
            List<ScoreBand> bands,
            BigDecimal weight,
            String area) {

        static ItemDto of(ScorecardItem i) {
            return new ItemDto(
                    i.code,
                    i.name,
                    i.indicator.code,
                    i.indicator.nameRu,
                    i.category,
                    i.category == null || i.category.isEmpty()
                            ? null
                            : Categories.label(i.indicator.dimensions, i.category),
                    i.method,
                    Decimals.exact(i.points),
                    i.comparator,
                    Decimals.exact(i.threshold),
                    i.bands,
                    Decimals.exact(i.weight),
                    i.area);
        }
    }

    @Schema(
            name = "Scorecard",
            requiredProperties = {"code", "name", "level", "items", "version"})
    public record ScorecardDto(
            String code,
            String name,
            String description,
            @Schema(enumeration = {"organization", "municipality"}) String level,
            String municipality,
            Map<String, BigDecimal> areaWeights,
            List<ItemDto> items,
            int version,
            OffsetDateTime updatedAt,
            String updatedBy) {

        static ScorecardDto of(Scorecard s) {
            return new ScorecardDto(
                    s.code,
                    s.name,
                    s.description,
                    s.level,
                    s.municipality == null ? null : s.municipality.code,
                    s.areaWeights,
                    s.items.stream().map(ItemDto::of).toList(),
                    s.version,
                    s.updatedAt,
                    s.updatedBy);
        }
    }

    @Schema(
            name = "RatingPart",
            requiredProperties = {"item", "indicator", "why"},
            description = "One item of a school's score: the value used (absent: no data), the municipal "
                    + "average where the method compares with it, the points (absent when the data are missing) "
                    + "and why")
    public record PartDto(
            String item,
            String name,
            String indicator,
            String category,
            BigDecimal value,
            BigDecimal average,
            BigDecimal points,
            String why) {}

    @Schema(
            name = "Rating",
            requiredProperties = {"municipality", "municipalityName", "score", "missing", "parts"})
    public record RatingDto(
            String municipality,
            String municipalityName,
            @Schema(description = "Absent for a scorecard of municipality level") String organization,
            String organizationName,
            @Schema(description = "The sum of the items' points that have data") BigDecimal score,
            @Schema(description = "1 for the best score; equal scores share a rank; absent when no item has data")
                    Integer rank,
            @Schema(description = "How many items had no data (they give no points, never zero silently)") int missing,
            List<PartDto> parts) {}
}
