package ru.orientir.periods;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.*;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.orientir.calendar.Periodicity;
import ru.orientir.calendar.ReportPeriod;
import ru.orientir.catalogue.Indicator;
import ru.orientir.catalogue.ValueChecks;
import ru.orientir.common.Checks;
import ru.orientir.periods.PeriodDtos.Completeness;
import ru.orientir.periods.PeriodDtos.MissingIndicator;
import ru.orientir.periods.PeriodDtos.ValueWarning;
import ru.orientir.territory.Municipality;

/**
 * What a municipality's year still lacks before it is submitted: indicators of its catalogue
 * without a value, and values that break their indicator's checks (scale, a big jump from last
 * year, numerator above denominator). Warnings only: the editor may still submit.
 */
@ApplicationScoped
public class CompletenessCheck {

    @Inject
    EntityManager em;

    /** A change above this share of last year's value is flagged (0.5 = 50 %). */
    @ConfigProperty(name = "orientir.periods.jump-threshold", defaultValue = "0.5")
    BigDecimal jumpThreshold;

    public Completeness of(Municipality m, int year) {
        return of(m, year, "");
    }

    /**
     * The year's completeness ({@code period} ''), or that of a month, quarter, half year or week of it: then only
     * the catalogue's indicators collected at that rhythm, and only the values of that period (each compared with
     * the same period a year earlier).
     */
    public Completeness of(Municipality m, int year, String period) {
        Map<Long, Indicator> catalogue = catalogue(m);
        List<FactRow> facts = facts(m, year);
        if (!period.isEmpty()) {
            ReportPeriod within = ReportPeriod.of(year, period);
            catalogue.values().removeIf(i -> !Periodicity.kind(i.periodicity).equals(within.kind()));
            facts = facts.stream().filter(f -> f.period().equals(period)).toList();
        }
        Set<Long> withValue = new HashSet<>();
        facts.stream().filter(f -> f.year() == year).forEach(f -> withValue.add(f.indicatorId()));
        List<MissingIndicator> missing = catalogue.values().stream()
                .filter(i -> !withValue.contains(i.id))
                .map(i -> new MissingIndicator(i.code, i.nameRu))
                .toList();

        Map<String, FactRow> lastYear = new HashMap<>();
        facts.stream().filter(f -> f.year() == year - 1).forEach(f -> lastYear.put(f.key(), f));
        List<ValueWarning> warnings = new ArrayList<>();
        facts.stream()
                .filter(f -> f.year() == year && catalogue.containsKey(f.indicatorId()))
                .sorted(Comparator.comparing((FactRow f) -> catalogue.get(f.indicatorId()).code)
                        .thenComparing(FactRow::key))
                .forEach(f -> warnings.addAll(warnings(catalogue.get(f.indicatorId()), f, lastYear.get(f.key()))));
        return new Completeness(missing, warnings);
    }

    /** The municipality's catalogue: active indicators it has any target or value for, in any year. */
    private Map<Long, Indicator> catalogue(Municipality m) {
        List<Indicator> list = Indicator.list(
                "status = 'active' and (id in (select t.indicator.id from Target t"
                        + " where t.municipality = ?1) or id in (select v.indicator.id from MeasuredValue v"
                        + " where v.municipality = ?1))",
                Sort.by("code"),
                m);
        Map<Long, Indicator> byId = new LinkedHashMap<>();
        list.forEach(i -> byId.put(i.id, i));
        return byId;
    }

    private List<FactRow> facts(Municipality m, int year) {
        return em.createQuery(
                        "select new ru.orientir.periods.FactRow(v.indicator.id, o.id, o.name,"
                                + " v.period, v.category, v.year, v.value, v.numerator, v.denominator)"
                                + " from MeasuredValue v left join v.organization o"
                                + " where v.municipality = :m and v.year in (:year, :previous)",
                        FactRow.class)
                .setParameter("m", m)
                .setParameter("year", year)
                .setParameter("previous", year - 1)
                .getResultList();
    }

    private List<ValueWarning> warnings(Indicator indicator, FactRow fact, FactRow previous) {
        Checks c = new Checks();
        ValueChecks.figure(c, "value", indicator, fact.value());
        List<ValueWarning> found = new ArrayList<>();
        c.errors().forEach(e -> found.add(new ValueWarning(indicator.code, e.code(), e.message() + fact.where())));
        bigJump(indicator, fact, previous).ifPresent(found::add);
        numeratorAboveDenominator(indicator, fact).ifPresent(found::add);
        return found;
    }

    private Optional<ValueWarning> bigJump(Indicator indicator, FactRow fact, FactRow previous) {
        if (previous == null || previous.value().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal change = fact.value().subtract(previous.value()).abs();
        if (change.compareTo(previous.value().abs().multiply(jumpThreshold)) <= 0) {
            return Optional.empty();
        }
        BigDecimal percent =
                change.multiply(BigDecimal.valueOf(100)).divide(previous.value().abs(), 0, RoundingMode.HALF_UP);
        return Optional.of(new ValueWarning(
                indicator.code,
                "big_jump",
                "Значение " + shown(fact.value())
                        + " отличается от прошлогоднего (" + shown(previous.value()) + ") на " + percent
                        + " % — проверьте"
                        + " (предупреждение при изменении больше чем на "
                        + shown(jumpThreshold.multiply(BigDecimal.valueOf(100))) + " %)" + fact.where()));
    }

    /**
     * Only for percentages: a share cannot have more in the numerator than in the denominator,
     * while ratios (pupils per teacher, rubles per pupil) legitimately do.
     */
    private Optional<ValueWarning> numeratorAboveDenominator(Indicator indicator, FactRow fact) {
        if (!"percent".equals(indicator.unit)
                || fact.numerator() == null
                || fact.denominator() == null
                || fact.numerator().compareTo(fact.denominator()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new ValueWarning(
                indicator.code,
                "numerator_above_denominator",
                "Числитель "
                        + shown(fact.numerator()) + " больше знаменателя " + shown(fact.denominator())
                        + ": доля не может превышать 100 %" + fact.where()));
    }

    private static String shown(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
