package ru.orientir.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods of an indicator's schedule whose deadlines fall in a window of days: what the due board and the
 * reminders look at. An indicator without a deadline rule has none.
 */
public final class Schedule {

    /** How far back a board looks for late figures (a year and a day: last year's yearly report stays in sight). */
    public static final int LOOKBACK_DAYS = 366;

    /** An indicator's schedule: its id, periodicity and deadline rule. */
    public record Entry(long indicatorId, String periodicity, DeadlineRule rule) {}

    /** One period of one indicator and its deadline. */
    public record Due(long indicatorId, ReportPeriod period, LocalDate deadline) {}

    private Schedule() {}

    /** Every period of {@code e} whose deadline lies in [{@code from}, {@code to}], oldest first. */
    public static List<Due> between(Entry e, LocalDate from, LocalDate to) {
        List<Due> out = new ArrayList<>();
        if (e.rule() == null) {
            return out;
        }
        boolean school = Periodicity.schoolYear(e.periodicity());
        String kind = Periodicity.kind(e.periodicity());
        // a deadline falls at most a year and a day after its period's end (a fixed date), so start a year earlier
        ReportPeriod p = ReportPeriod.containing(kind, from.minusDays(DeadlineRule.MAX_DAYS + 1), school);
        while (!p.start(school).isAfter(to)) {
            LocalDate deadline = e.rule().deadline(p, school);
            if (!deadline.isBefore(from) && !deadline.isAfter(to)) {
                out.add(new Due(e.indicatorId(), p, deadline));
            }
            p = p.next();
        }
        return out;
    }
}
