package ru.orientir.publication;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.orientir.attainment.AttainmentDtos.AreaSummaryDto;
import ru.orientir.attainment.AttainmentDtos.SchoolsDto;
import ru.orientir.attainment.AttainmentDtos.TargetDto;

/**
 * What the public portal shows: a reduced projection of plan and fact of published, approved years. No user names,
 * no comments, no audit, no organization rows.
 */
public final class PublicDtos {

    private PublicDtos() {}

    @Schema(
            name = "PublicMunicipality",
            description = "A municipality with published years",
            requiredProperties = {"code", "name", "region", "regionName", "years"})
    public record MunicipalityDto(
            String code,
            String name,
            String region,
            String regionName,
            @Schema(description = "Its published years, newest first") List<Integer> years) {}

    @Schema(
            name = "PublicYear",
            requiredProperties = {"year", "publishedAt", "indicators"})
    public record YearDto(
            int year,
            OffsetDateTime publishedAt,
            @Schema(description = "How many indicators are published") int indicators) {}

    @Schema(
            name = "PublicMunicipalityYears",
            requiredProperties = {"code", "name", "region", "regionName", "years"})
    public record MunicipalityYearsDto(
            String code, String name, String region, String regionName, List<YearDto> years) {}

    @Schema(
            name = "PublicAttainmentRow",
            description = "Target against fact of one published indicator (the municipality as a whole)",
            requiredProperties = {
                "indicator",
                "indicatorName",
                "unit",
                "decimals",
                "polarity",
                "category",
                "categoryLabel",
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
            @Schema(description = "Canonical category, '' for the total") String category,
            String categoryLabel,
            @Schema(description = "«2019/20» for a school-year indicator, the year otherwise") String yearLabel,
            BigDecimal fact,
            @Schema(enumeration = {"exact", "approx", "at_least", "at_most"}) String qualifier,
            TargetDto target,
            @Schema(enumeration = {"met", "not_met", "no_data", "no_target"}) String status,
            BigDecimal deviation,
            BigDecimal deviationPercent,
            BigDecimal score,
            @Schema(description = "Organization-level indicators: how many schools met their targets")
                    SchoolsDto schools) {}

    @Schema(
            name = "PublicAttainment",
            description = "The published plan and fact of a municipality's approved year",
            requiredProperties = {"municipality", "municipalityName", "year", "publishedAt", "total", "items"})
    public record AttainmentDto(
            String municipality,
            String municipalityName,
            int year,
            OffsetDateTime publishedAt,
            int total,
            List<RowDto> items) {}

    @Schema(
            name = "PublicSummary",
            description = "The published rows counted by status, in total and per area",
            requiredProperties = {"municipality", "year", "met", "notMet", "noData", "noTarget", "byArea"})
    public record SummaryDto(
            String municipality,
            int year,
            int met,
            int notMet,
            int noData,
            int noTarget,
            List<AreaSummaryDto> byArea) {}

    @Schema(
            name = "PublicTrendPoint",
            requiredProperties = {"year", "yearLabel", "status"})
    public record TrendPointDto(
            int year, String yearLabel, BigDecimal fact, String qualifier, TargetDto target, String status) {}

    @Schema(
            name = "PublicTrend",
            requiredProperties = {"indicator", "category", "points"})
    public record TrendDto(String indicator, String category, List<TrendPointDto> points) {}

    @Schema(
            name = "PublicTrends",
            description = "The published indicators of a year in the published years up to it (at most "
                    + PublicService.TREND_YEARS
                    + "): a point only where the indicator is published that year",
            requiredProperties = {"municipality", "year", "years", "items"})
    public record TrendsDto(String municipality, int year, List<Integer> years, List<TrendDto> items) {}
}
