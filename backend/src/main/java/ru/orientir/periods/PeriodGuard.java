package ru.orientir.periods;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.orientir.calendar.ReportPeriod;
import ru.orientir.common.ProblemException;
import ru.orientir.territory.Municipality;

/**
 * Refuses changes to values and targets of a submitted or approved year, and to values of a submitted or approved
 * month, quarter, half year or week (only those: a locked March locks neither April nor the year's own values).
 * Used by the single-row API and, with {@link #lockedYears}, by imports that check thousands of rows at once.
 */
@ApplicationScoped
public class PeriodGuard {

    /** The state of the municipality's year. */
    public static String stateOf(Municipality m, int year) {
        return ReportingPeriod.of(m, year).map(p -> p.state).orElse(ReportingPeriod.OPEN);
    }

    /** The state that governs a value of {@code period} (''): the year's when it is locked, else the period's own. */
    public static String stateOf(Municipality m, int year, String period) {
        String ofYear = stateOf(m, year);
        if (period == null || period.isEmpty() || ReportingPeriod.LOCKED_STATES.contains(ofYear)) {
            return ofYear;
        }
        return effective(
                ofYear, ReportingPeriod.of(m, year, period).map(p -> p.state).orElse(null));
    }

    /** The state governing a value: the year's when locked, else its period's (when it has a row), else the year's. */
    public static String effective(String ofYear, String ofPeriod) {
        if (ofPeriod == null || ReportingPeriod.LOCKED_STATES.contains(ofYear)) {
            return ofYear;
        }
        return ofPeriod;
    }

    /** 409 when the year is locked for this municipality. */
    public void requireOpen(Municipality m, int year) {
        ReportingPeriod.of(m, year).filter(ReportingPeriod::locked).ifPresent(p -> {
            throw ProblemException.conflict("period-locked", lockedMessage(m.code, year, p.state));
        });
    }

    /** 409 when the year, or the value's period within it ('' for none), is locked for this municipality. */
    public void requireOpen(Municipality m, int year, String period) {
        requireOpen(m, year);
        if (period != null && !period.isEmpty()) {
            ReportingPeriod.of(m, year, period).filter(ReportingPeriod::locked).ifPresent(p -> {
                throw ProblemException.conflict(
                        "period-locked",
                        lockedMessage(m.code, ReportPeriod.of(year, period).label(false), p.state));
            });
        }
    }

    /**
     * Keys of every locked period, for bulk checks without a query per row: "municipalityId/year" for a year,
     * "municipalityId/year/period" for a month, quarter, half year or week of it.
     */
    public Set<String> lockedYears() {
        List<ReportingPeriod> locked = ReportingPeriod.list("state in ?1", ReportingPeriod.LOCKED_STATES);
        Set<String> keys = new HashSet<>();
        locked.forEach(p -> keys.add(key(p.municipality.id, p.year, p.period)));
        return keys;
    }

    /** The key of {@link #lockedYears} of a year ('') or a period within it. */
    public static String key(long municipalityId, int year, String period) {
        return municipalityId + "/" + year + (period == null || period.isEmpty() ? "" : "/" + period);
    }

    public static String lockedMessage(String municipality, int year, String state) {
        return lockedMessage(municipality, Integer.toString(year), state);
    }

    /** The refusal of a write to a locked period, named as people read it («2024», «март 2024»). */
    public static String lockedMessage(String municipality, String period, String state) {
        return "Отчётный период " + period + " муниципалитета «" + municipality + "» "
                + ("approved".equals(state) ? "утверждён" : "отправлен на утверждение")
                + ": данные заблокированы. Изменить их можно после возврата периода министерством"
                + " или переоткрытия администратором либо аналитиком министерства";
    }
}
