package ru.orientir.calendar;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the due board. */
public final class DueDtos {

    public static final String LATE = "late";
    public static final String DUE_SOON = "due_soon";
    public static final String DONE = "done";
    public static final List<String> STATUSES = List.of(LATE, DUE_SOON, DONE);

    private DueDtos() {}

    /**
     * One period of one indicator due from one municipality (or, with organization, from one school): its deadline,
     * whether it is late and by how many days, and how many of the expected figures are in.
     */
    @Schema(
            name = "DueItem",
            requiredProperties = {
                "indicator",
                "indicatorName",
                "municipality",
                "municipalityName",
                "year",
                "period",
                "periodLabel",
                "periodicity",
                "deadline",
                "status",
                "responsible",
                "level",
                "expected",
                "reported",
                "dueThisWeek"
            })
    public record DueItem(
            String indicator,
            String indicatorName,
            String municipality,
            String municipalityName,
            @Schema(description = "When organization was asked: that school; else absent") String organization,
            int year,
            @Schema(description = "The values' period code: '' (the year), M03, Q1, H1, W07") String period,
            @Schema(description = "«март 2024», «I квартал 2024», «2024/25»") String periodLabel,
            String periodicity,
            @Schema(description = "The last day to submit (inclusive)") LocalDate deadline,
            @Schema(description = "The rule the deadline comes from, e.g. «до 20 числа следующего месяца»")
                    String deadlineRule,
            @Schema(enumeration = {"late", "due_soon", "done"}) String status,
            @Schema(description = "Late items: days since the deadline (the day after it is 1)") Integer daysOverdue,
            @Schema(description = "Items not yet done and not late: days until the deadline (0 on the day)")
                    Integer daysLeft,
            @Schema(
                            enumeration = {"municipality", "organization"},
                            description = "Who submits: the municipality, or its schools (each its own)")
                    String responsible,
            @Schema(
                            enumeration = {"municipality", "organization"},
                            description = "The indicator's level")
                    String level,
            @Schema(description = "Figures expected: the number of schools for an organization-level indicator, else 1")
                    int expected,
            @Schema(description = "Figures in: schools with a value of the period, or 1 when the municipality's is in")
                    int reported,
            @Schema(description = "Due by the end of the date's week (Sunday) and not done") boolean dueThisWeek) {}

    @Schema(
            name = "DueCounts",
            requiredProperties = {"late", "dueSoon", "done", "dueThisWeek"})
    public record Counts(long late, long dueSoon, long done, long dueThisWeek) {}

    @Schema(
            name = "DueMunicipalityCounts",
            description = "The counts of one municipality (the ministry's view across municipalities)",
            requiredProperties = {"municipality", "name", "late", "dueSoon", "done", "maxDaysOverdue"})
    public record MunicipalityCounts(
            String municipality, String name, long late, long dueSoon, long done, int maxDaysOverdue) {}

    @Schema(
            name = "DueBoard",
            requiredProperties = {"date", "weekEnd", "monthEnd", "from", "items", "page", "size", "total", "counts"})
    public record Board(
            @Schema(description = "The day the board is computed for") LocalDate date,
            @Schema(description = "The last day (Sunday) of the date's week") LocalDate weekEnd,
            @Schema(description = "The last day of the date's month: items due up to here are due_soon")
                    LocalDate monthEnd,
            @Schema(description = "The earliest deadline the board looks back to") LocalDate from,
            @Schema(description = "Late first (most days overdue first), then due soon by deadline, then done")
                    List<DueItem> items,
            int page,
            int size,
            @Schema(description = "Items matching every filter, status included") long total,
            @Schema(description = "Counts by status over every filter except status") Counts counts,
            @Schema(description = "The same counts per municipality, for the municipalities of the board")
                    List<MunicipalityCounts> municipalities) {}
}
