package ru.orientir.periods;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of reporting periods, their history and completeness. */
public final class PeriodDtos {

    static final String PERIOD = "'' for the whole year; else the month (M03), quarter (Q1), half year (H1) or ISO week"
            + " (W07) of the year: such a period locks only the values of that period, the year locks all of them";

    private PeriodDtos() {}

    @Schema(
            name = "ReportingPeriod",
            description = "A municipality's reporting year, or a month, quarter, half year or week of it (period);"
                    + " without any transition it is open",
            requiredProperties = {
                "municipality",
                "municipalityName",
                "year",
                "period",
                "periodLabel",
                "state",
                "version",
                "actions",
                "history",
                "completeness"
            })
    public record PeriodDto(
            String municipality,
            String municipalityName,
            int year,
            @Schema(description = PERIOD) String period,
            @Schema(description = "The period as people read it: «2024», «март 2024», «I квартал 2024»")
                    String periodLabel,
            @Schema(enumeration = {"open", "submitted", "approved", "returned"}) String state,
            @Schema(description = "Row version, also the ETag; 0 while the period was never moved") int version,
            OffsetDateTime updatedAt,
            String updatedBy,
            @Schema(description = "Transitions the caller may perform now: submit, approve, return, reopen")
                    List<String> actions,
            List<HistoryEntry> history,
            Completeness completeness) {}

    @Schema(
            name = "PeriodHistoryEntry",
            requiredProperties = {"at", "actor", "action", "to"})
    public record HistoryEntry(
            OffsetDateTime at,
            String actor,
            @Schema(enumeration = {"submit", "approve", "return", "reopen"}) String action,
            @Schema(enumeration = {"open", "submitted", "approved", "returned"}) String from,
            @Schema(enumeration = {"open", "submitted", "approved", "returned"}) String to,
            String comment,
            @JsonInclude(JsonInclude.Include.NON_NULL)
                    @Schema(description = "Only on submit: what was missing or suspicious at that moment")
                    Completeness completeness) {}

    @Schema(
            name = "PeriodCompleteness",
            description = "Indicators of the municipality's catalogue without a value "
                    + "for the year, and values that break their indicator's checks",
            requiredProperties = {"missing", "warnings"})
    public record Completeness(List<MissingIndicator> missing, List<ValueWarning> warnings) {}

    @Schema(
            name = "MissingIndicator",
            requiredProperties = {"indicator", "name"})
    public record MissingIndicator(String indicator, String name) {}

    @Schema(
            name = "ValueWarning",
            requiredProperties = {"indicator", "code", "message"})
    public record ValueWarning(
            String indicator,
            @Schema(description = "e.g. percent_out_of_range, outside_scale, big_jump, numerator_above_denominator")
                    String code,
            String message) {}

    @Schema(name = "PeriodTransitionInput", example = "{\"comment\": \"Уточните значения раздела 2\"}")
    public record TransitionInput(
            @Schema(description = "Required for return and reopen; stored with the history and the audit")
                    String comment) {}

    @Schema(
            name = "PeriodQueueItem",
            requiredProperties = {"municipality", "municipalityName", "year", "period", "state", "updatedAt"})
    public record QueueItem(
            String municipality,
            String municipalityName,
            int year,
            @Schema(description = PERIOD) String period,
            @Schema(description = "«2024», «март 2024», «I квартал 2024»") String periodLabel,
            @Schema(enumeration = {"open", "submitted", "approved", "returned"}) String state,
            OffsetDateTime updatedAt,
            String updatedBy,
            @Schema(description = "As of the last submit; null if never submitted") Integer missingCount,
            @Schema(description = "As of the last submit; null if never submitted") Integer warningCount) {}
}
