package ru.orientir.attainment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.orientir.catalogue.Categories;

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
            name = "AttainmentSchools",
            description = "How the organizations of a municipality fare against their targets (own, else the"
                    + " municipality's target of every organization): only organizations with a target are counted;"
                    + " total = met + notMet + noData. «достигли met из total школ».",
            requiredProperties = {"met", "notMet", "noData", "total"})
    public record SchoolsDto(
            @Schema(description = "Organizations whose fact meets their target") int met,
            @Schema(description = "Organizations whose fact misses their target") int notMet,
            @Schema(description = "Organizations with a target but no annual value") int noData,
            @Schema(description = "Organizations with a target") int total) {}

    @Schema(
            name = "AttainmentRow",
            description = "Target against fact of one indicator for one municipality"
                    + " (or one of its organizations), year and category",
            requiredProperties = {
                "indicator",
                "indicatorName",
                "unit",
                "decimals",
                "polarity",
                "level",
                "municipality",
                "municipalityName",
                "category",
                "categoryLabel",
                "year",
                "yearLabel",
                "status"
            })
    public record RowDto(
            String indicator,
            String indicatorName,
            String area,
            String unit,
            int decimals,
            @Schema(enumeration = {"higher", "lower"}) String polarity,
            @Schema(
                            enumeration = {"municipality", "organization"},
                            description = "The indicator's level: organization-level indicators have rows per"
                                    + " organization, and their municipality rows carry schools")
                    String level,
            String municipality,
            String municipalityName,
            @Schema(description = "Organization code; null for the municipality as a whole") String organization,
            String organizationName,
            @Schema(
                            description = "The category of the fact and target, canonical ('' for the total). "
                                    + Categories.DESCRIPTION)
                    String category,
            @Schema(
                            description = "The category in Russian, e.g. «Математика, 4 класс»; '' for the total",
                            example = "Математика, 4 класс")
                    String categoryLabel,
            int year,
            @Schema(
                            description = "The year as shown: «2019/20» for a school-year indicator (keyed by the year"
                                    + " the school year starts), the year itself otherwise",
                            example = "2019/20")
                    String yearLabel,
            @Schema(description = "The annual value (no period) of the category") BigDecimal fact,
            @Schema(enumeration = {"exact", "approx", "at_least", "at_most"}) String qualifier,
            TargetDto target,
            @Schema(
                            enumeration = {"own", "every_organization"},
                            description = "Where the target comes from: own (set for this municipality or"
                                    + " organization) or every_organization (the municipality's target for every"
                                    + " organization, organization '*', which an organization's own target"
                                    + " overrides); absent without a target")
                    String targetScope,
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
            @Schema(enumeration = {"open", "submitted", "approved", "returned"}) String periodState,
            @Schema(
                            description = "Municipality rows of an organization-level indicator only: how many of the"
                                    + " municipality's organizations (of the group, with group=) met their target of"
                                    + " the same year and category")
                    SchoolsDto schools,
            @Schema(
                            description = "Organization rows only: the arithmetic mean of the annual values (no period)"
                                    + " of the municipality's organizations for the same indicator, year and category"
                                    + " (rounded to 6 decimals); absent when none has a value")
                    BigDecimal municipalAverage,
            @Schema(description = "Organization rows only: how many organizations' values the municipal average is of")
                    Integer municipalAverageCount,
            @Schema(
                            description = "Organization rows only, and only for callers who read every municipality:"
                                    + " the mean over the region's organizations; absent otherwise")
                    BigDecimal regionalAverage,
            @Schema(description = "Organization rows only: fact − municipalAverage; absent without either")
                    BigDecimal difference,
            @JsonIgnore @Schema(hidden = true) long indicatorId,
            @JsonIgnore @Schema(hidden = true) long municipalityId) {

        /** The same row with the count of its organizations against their targets. */
        public RowDto withSchools(SchoolsDto counts) {
            return new RowDto(
                    indicator,
                    indicatorName,
                    area,
                    unit,
                    decimals,
                    polarity,
                    level,
                    municipality,
                    municipalityName,
                    organization,
                    organizationName,
                    category,
                    categoryLabel,
                    year,
                    yearLabel,
                    fact,
                    qualifier,
                    target,
                    targetScope,
                    baseline,
                    status,
                    deviation,
                    deviationPercent,
                    score,
                    periodState,
                    counts,
                    municipalAverage,
                    municipalAverageCount,
                    regionalAverage,
                    difference,
                    indicatorId,
                    municipalityId);
        }
    }

    @Schema(
            name = "AttainmentIndicatorSchools",
            description = "One organization-level indicator of a municipality and category: its schools against"
                    + " their targets",
            requiredProperties = {"indicator", "indicatorName", "municipality", "category", "categoryLabel", "schools"})
    public record IndicatorSchoolsDto(
            String indicator,
            String indicatorName,
            String area,
            String municipality,
            @Schema(description = "Canonical category, '' for the total") String category,
            String categoryLabel,
            SchoolsDto schools) {}

    @Schema(
            name = "AttainmentCounts",
            requiredProperties = {"met", "notMet", "noData", "noTarget"})
    public record AreaSummaryDto(String area, int met, int notMet, int noData, int noTarget) {}

    @Schema(
            name = "AttainmentSummary",
            description = "Counts of the attainment rows of a municipality and year",
            requiredProperties = {"year", "met", "notMet", "noData", "noTarget", "byArea", "byIndicator"})
    public record SummaryDto(
            String municipality,
            int year,
            int met,
            int notMet,
            int noData,
            int noTarget,
            List<AreaSummaryDto> byArea,
            @Schema(
                            description = "Per organization-level indicator, municipality and category with targets"
                                    + " for its organizations: how many schools met them (the schools of the"
                                    + " municipality rows)")
                    List<IndicatorSchoolsDto> byIndicator) {}

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
            name = "SchoolRankingItem",
            requiredProperties = {"organization", "organizationName", "status"})
    public record SchoolRankingItemDto(
            @Schema(description = "1 for the best; equal values share a rank (1, 2, 2, 4); absent without a value")
                    Integer rank,
            String organization,
            String organizationName,
            @Schema(description = "The annual value of the category") BigDecimal value,
            @Schema(description = "value − municipalAverage") BigDecimal difference,
            @Schema(
                            enumeration = {"met", "not_met", "no_data", "no_target"},
                            description =
                                    "Against its own target, else the municipality's target of every" + " organization")
                    String status) {}

    @Schema(
            name = "SchoolRanking",
            description = "A municipality's organizations (or a register's) on one indicator, year and category:"
                    + " best value first by the indicator's polarity, organizations without a value last and"
                    + " unranked",
            requiredProperties = {
                "indicator",
                "indicatorName",
                "unit",
                "polarity",
                "municipality",
                "year",
                "yearLabel",
                "category",
                "categoryLabel",
                "total",
                "items"
            })
    public record SchoolRankingDto(
            String indicator,
            String indicatorName,
            String unit,
            @Schema(enumeration = {"higher", "lower"}) String polarity,
            String municipality,
            @Schema(description = "The register the ranking is limited to, when group= was given") String group,
            int year,
            @Schema(description = "«2019/20» for a school-year indicator, the year otherwise") String yearLabel,
            @Schema(description = "Canonical category, '' for the total") String category,
            String categoryLabel,
            @Schema(
                            description = "Mean of the annual values of all the municipality's organizations (not"
                                    + " only the group's); absent when none has a value")
                    BigDecimal municipalAverage,
            @Schema(description = "The number of organizations listed") int total,
            List<SchoolRankingItemDto> items) {}

    @Schema(
            name = "AttainmentSeriesPoint",
            requiredProperties = {"year", "yearLabel", "status"})
    public record SeriesPointDto(
            int year,
            String yearLabel,
            BigDecimal fact,
            @Schema(enumeration = {"exact", "approx", "at_least", "at_most"}) String qualifier,
            TargetDto target,
            BaselineDto baseline,
            String status,
            @Schema(description = "Organization series only: the municipal average of the year (see AttainmentRow)")
                    BigDecimal municipalAverage) {}

    @Schema(
            name = "AttainmentSeries",
            description = "Plan and fact of one indicator year by year",
            requiredProperties = {"indicator", "municipality", "items"})
    public record SeriesDto(
            String indicator,
            String municipality,
            String organization,
            @Schema(description = "Canonical category, '' for the total") String category,
            List<SeriesPointDto> items) {}
}
