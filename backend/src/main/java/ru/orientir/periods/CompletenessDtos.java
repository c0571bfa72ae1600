package ru.orientir.periods;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of a reporting year's completeness in figures: what the submit and approve dialogs show. */
public final class CompletenessDtos {

    private CompletenessDtos() {}

    @Schema(
            name = "PeriodCompletenessSummary",
            description = "How complete a municipality's year is before it is submitted or approved: the share of"
                    + " the municipality's indicators with a value, the suspicious values, and plan against fact",
            requiredProperties = {
                "municipality",
                "municipalityName",
                "year",
                "state",
                "indicators",
                "withValues",
                "missing",
                "warnings",
                "met",
                "notMet",
                "noData",
                "noTarget"
            })
    public record SummaryDto(
            String municipality,
            String municipalityName,
            int year,
            @Schema(enumeration = {"open", "submitted", "approved", "returned"}) String state,
            @Schema(
                            description = "Indicators that apply: the municipality's catalogue (active indicators it"
                                    + " has any target or value for, in any year), as in the period's completeness")
                    int indicators,
            @Schema(
                            description = "Of those, the indicators with at least one value of the year (any school,"
                                    + " period or category)")
                    int withValues,
            @Schema(description = "withValues / indicators × 100, one decimal; absent without indicators")
                    BigDecimal percent,
            @Schema(description = "indicators − withValues: the period's missing indicators") int missing,
            @Schema(description = "Suspicious values (outside the scale, a big jump, numerator above denominator)")
                    int warnings,
            @Schema(description = "Attainment rows of the year that meet their target (as the dashboard counts them)")
                    int met,
            @Schema(description = "Attainment rows of the year that miss their target") int notMet,
            @Schema(description = "Attainment rows with a target but no value") int noData,
            @Schema(description = "Attainment rows without a target") int noTarget) {}
}
