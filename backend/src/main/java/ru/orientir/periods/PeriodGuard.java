package ru.orientir.periods;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.orientir.common.ProblemException;
import ru.orientir.territory.Municipality;

/**
 * Refuses changes to values and targets of a submitted or approved year. Used by the single-row
 * API and, with {@link #lockedYears}, by imports that check thousands of rows at once.
 */
@ApplicationScoped
public class PeriodGuard {

    public static String stateOf(Municipality m, int year) {
        return ReportingPeriod.of(m, year).map(p -> p.state).orElse(ReportingPeriod.OPEN);
    }

    /** 409 when the year is locked for this municipality. */
    public void requireOpen(Municipality m, int year) {
        ReportingPeriod.of(m, year).filter(ReportingPeriod::locked).ifPresent(p -> {
            throw ProblemException.conflict("period-locked", lockedMessage(m.code, year, p.state));
        });
    }

    /** Keys "municipalityId/year" of every locked period, for bulk checks without a query per row. */
    public Set<String> lockedYears() {
        List<ReportingPeriod> locked = ReportingPeriod.list("state in ?1", ReportingPeriod.LOCKED_STATES);
        Set<String> keys = new HashSet<>();
        locked.forEach(p -> keys.add(p.municipality.id + "/" + p.year));
        return keys;
    }

    public static String lockedMessage(String municipality, int year, String state) {
        return "Отчётный период " + year + " муниципалитета «" + municipality + "» "
                + ("approved".equals(state) ? "утверждён" : "отправлен на утверждение")
                + ": данные заблокированы. Изменить их можно после возврата периода министерством"
                + " или переоткрытия администратором либо аналитиком министерства";
    }
}
