package ru.orientir.attainment;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.orientir.attainment.AttainmentDtos.SchoolsDto;
import ru.orientir.attainment.AttainmentDtos.TargetDto;

/** The JSON shapes of the batched trends and of the years with data (the dashboard's first load). */
public final class TrendDtos {

    private TrendDtos() {}

    @Schema(
            name = "AttainmentTrendPoint",
            description = "One year of a trend: the annual fact (no period), the target of the year and its status;"
                    + " for an organization-level indicator of the municipality also the schools against their"
                    + " targets and the mean of the schools' values",
            requiredProperties = {"year", "yearLabel", "status"})
    public record TrendPointDto(
            int year,
            @Schema(description = "«2019/20» for a school-year indicator, the year otherwise") String yearLabel,
            BigDecimal fact,
            @Schema(enumeration = {"exact", "approx", "at_least", "at_most"}) String qualifier,
            @Schema(
                            description =
                                    "The row's own target; an organization's falls back to the target of every organization")
                    TargetDto target,
            @Schema(enumeration = {"met", "not_met", "no_data", "no_target"}) String status,
            @Schema(
                            description = "Municipality trends of organization-level indicators: how many schools (of"
                                    + " the register, with group=) met their targets that year; absent without"
                                    + " school targets")
                    SchoolsDto schools,
            @Schema(
                            description = "Mean of the annual values of the municipality's organizations that year"
                                    + " (rounded to 6 decimals); absent when none has a value")
                    BigDecimal municipalAverage,
            @Schema(description = "How many organizations' values the mean is of") Integer municipalAverageCount) {}

    @Schema(
            name = "AttainmentTrend",
            description = "The years of one indicator and category, oldest first",
            requiredProperties = {"indicator", "category", "points"})
    public record TrendDto(
            String indicator,
            @Schema(description = "Canonical category, '' for the total") String category,
            List<TrendPointDto> points) {}

    @Schema(
            name = "AttainmentTrends",
            description = "The trends of every row of a municipality's (or one organization's) attainment in one"
                    + " response: per indicator and category the fact, target and status year by year",
            requiredProperties = {"municipality", "items"})
    public record TrendsDto(
            String municipality,
            String organization,
            String group,
            Integer yearFrom,
            Integer yearTo,
            @Schema(description = "By indicator code, then category") List<TrendDto> items) {}

    @Schema(
            name = "DataYear",
            description = "A year in which the municipality (or organization) has values or targets",
            requiredProperties = {"year", "values", "targets", "state"})
    public record DataYearDto(
            int year,
            @Schema(description = "Measured values of the year (every period, category and school the caller reads)")
                    long values,
            @Schema(description = "Targets and baselines of the year") long targets,
            @Schema(
                            enumeration = {"open", "submitted", "approved", "returned"},
                            description = "The municipality's reporting period of the year")
                    String state) {}

    @Schema(
            name = "DataYears",
            description = "The years with data, newest first, and the year a dashboard should open on",
            requiredProperties = {"municipality", "years"})
    public record DataYearsDto(
            String municipality,
            String organization,
            List<DataYearDto> years,
            @Schema(
                            description = "The latest year with values whose period is not approved (open, returned"
                                    + " or submitted); if every such year is approved, the latest year with values;"
                                    + " absent without values")
                    Integer suggested,
            @Schema(
                            enumeration = {"last_open", "last_with_data"},
                            description = "Why the suggested year: last_open (the latest year with values not yet"
                                    + " approved) or last_with_data (every year with values is approved)")
                    String suggestedBecause) {}
}
