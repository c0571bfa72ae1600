package ru.orientir.attainment;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of plan against fact. */
public final class AttainmentDtos {

    private AttainmentDtos() {}

    @Schema(
            name = "AttainmentTarget",
            description = "The target of the year: comparator eq, ge, le or between (valueTo)",
            requiredProperties = {"comparator", "value"})
    public record TargetDto(
            @Schema(enumeration = {"eq", "ge", "le", "between"}) String comparator,
            BigDecimal value,
            BigDecimal valueTo) {}

    @Schema(
            name = "AttainmentBaseline",
            description = "The latest baseline at or before the year",
            requiredProperties = {"year", "value"})
    public record BaselineDto(int year, BigDecimal value) {}

    @Schema(
            name = "AttainmentRow",
            description = "Target against fact of one indicator for one municipality"
                    + " (or one of its organizations) and year",
            requiredProperties = {
                "indicator",
                "indicatorName",
                "unit",
                "decimals",
                "polarity",
                "municipality",
                "municipalityName",
                "year",
                "status"
            })
    public record RowDto(
            String indicator,
            String indicatorName,
            String area,
            String unit,
            int decimals,
            @Schema(enumeration = {"higher", "lower"}) String polarity,
            String municipality,
            String municipalityName,
            @Schema(description = "Organization code; null for the municipality as a whole") String organization,
            String organizationName,
            int year,
            @Schema(description = "The annual value (no period, no category)") BigDecimal fact,
            @Schema(enumeration = {"exact", "approx", "at_least", "at_most"}) String qualifier,
            TargetDto target,
            BaselineDto baseline,
            @Schema(enumeration = {"met", "not_met", "no_data", "no_target"}) String status,
            @Schema(
                            description =
                                    "fact − target value; for between 0 inside, else the signed distance to the nearer bound")
                    BigDecimal deviation,
            @Schema(description = "deviation / |target value| × 100; null when that value is 0")
                    BigDecimal deviationPercent,
            @Schema(
                            description =
                                    "Score on the indicator's evaluation scale (bands, or 0–100 between scaleMin and scaleMax)")
                    BigDecimal score,
            @Schema(enumeration = {"open", "submitted", "approved", "returned"}) String periodState) {}

    @Schema(
            name = "AttainmentCounts",
            requiredProperties = {"met", "notMet", "noData", "noTarget"})
    public record AreaSummaryDto(String area, int met, int notMet, int noData, int noTarget) {}

    @Schema(
            name = "AttainmentSummary",
            description = "Counts of the attainment rows of a municipality and year",
            requiredProperties = {"year", "met", "notMet", "noData", "noTarget", "byArea"})
    public record SummaryDto(
            String municipality,
            int year,
            int met,
            int notMet,
            int noData,
            int noTarget,
            List<AreaSummaryDto> byArea) {}

    @Schema(
            name = "RankingItem",
            requiredProperties = {"municipality", "municipalityName", "status"})
    public record RankingItemDto(
            @Schema(description = "1 for the best; equal facts share a rank; null without a fact") Integer rank,
            String municipality,
            String municipalityName,
            BigDecimal fact,
            TargetDto target,
            @Schema(enumeration = {"met", "not_met", "no_data", "no_target"}) String status) {}

    @Schema(
            name = "AttainmentRanking",
            description = "Municipalities by their fact, best first by the indicator's polarity",
            requiredProperties = {"indicator", "year", "polarity", "items"})
    public record RankingDto(
            String indicator,
            int year,
            @Schema(enumeration = {"higher", "lower"}) String polarity,
            List<RankingItemDto> items) {}

    @Schema(
            name = "AttainmentSeriesPoint",
            requiredProperties = {"year", "status"})
    public record SeriesPointDto(
            int year,
            BigDecimal fact,
            @Schema(enumeration = {"exact", "approx", "at_least", "at_most"}) String qualifier,
            TargetDto target,
            BaselineDto baseline,
            String status) {}

    @Schema(
            name = "AttainmentSeries",
            description = "Plan and fact of one indicator year by year",
            requiredProperties = {"indicator", "municipality", "items"})
    public record SeriesDto(String indicator, String municipality, String organization, List<SeriesPointDto> items) {}
}
