package ru.orientir.values;

import static ru.orientir.common.Pages.blankToNull;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ru.orientir.audit.AuditLog;
import ru.orientir.catalogue.Dimension;
import ru.orientir.common.Checks;
import ru.orientir.common.Decimals;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.ProblemException;
import ru.orientir.common.Saved;
import ru.orientir.facts.DataFilter;
import ru.orientir.facts.DataKeys;
import ru.orientir.facts.DataWrites;
import ru.orientir.periods.PeriodGuard;
import ru.orientir.periods.ReportingPeriod;
import ru.orientir.security.Caller;

/**
 * Measured values, the big table: lists are projections filtered and paged in SQL (no entity per
 * row, no query per row); writes go through the same checks as imports, the period lock and audit.
 */
@ApplicationScoped
public class ValueService {

    private static final String FROM =
            "from MeasuredValue v join v.municipality m join v.indicator i " + "left join v.organization o";
    private static final String ORDER = "m.code, i.code, v.year, v.period, v.category, o.code nulls first";

    @Inject
    EntityManager em;

    @Inject
    DataWrites writes;

    @Inject
    PeriodGuard periods;

    public PageResult<ValueDto> list(Caller caller, DataFilter filter, PageParams p) {
        PageResult<ValueDto> page =
                DataFilter.page(em, ValueDto.class, ValueDto.SELECT, FROM, filter.where(caller, "v"), ORDER, p);
        Map<String, String> states = periodStates(page);
        Map<String, List<Dimension>> dimensions = dimensions(page);
        return page.map(v -> v.completed(
                PeriodGuard.effective(
                        states.getOrDefault(v.municipality() + "/" + v.year(), ReportingPeriod.OPEN),
                        v.period().isEmpty() ? null : states.get(v.municipality() + "/" + v.year() + "/" + v.period())),
                dimensions.getOrDefault(v.indicator(), List.of())));
    }

    /**
     * The dimensions of the indicators whose categories a page shows, in one query: code -> dimensions in the
     * indicator's order (none asked for a page of totals).
     */
    private Map<String, List<Dimension>> dimensions(PageResult<ValueDto> page) {
        Set<String> codes = page.items().stream()
                .filter(v -> !v.category().isEmpty())
                .map(ValueDto::indicator)
                .collect(Collectors.toSet());
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Dimension>> byIndicator = new HashMap<>();
        em.createQuery(
                        "select i.code, d from Indicator i join i.dimensions d where i.code in :codes "
                                + "order by i.code, index(d)",
                        Object[].class)
                .setParameter("codes", codes)
                .getResultList()
                .forEach(r -> byIndicator
                        .computeIfAbsent((String) r[0], k -> new ArrayList<>())
                        .add((Dimension) r[1]));
        return byIndicator;
    }

    /**
     * The states of the reporting periods a page touches, in one query: "municipality/year" -> the year's state,
     * "municipality/year/period" -> a month's, quarter's... state.
     */
    private Map<String, String> periodStates(PageResult<ValueDto> page) {
        if (page.items().isEmpty()) {
            return Map.of();
        }
        Set<String> codes = page.items().stream().map(ValueDto::municipality).collect(Collectors.toSet());
        Set<Integer> years = page.items().stream().map(ValueDto::year).collect(Collectors.toSet());
        Map<String, String> states = new HashMap<>();
        em.createQuery(
                        "select p.municipality.code, p.year, p.state, p.period from ReportingPeriod p "
                                + "where p.municipality.code in :codes and p.year in :years",
                        Object[].class)
                .setParameter("codes", codes)
                .setParameter("years", years)
                .getResultList()
                .forEach(r ->
                        states.put(r[0] + "/" + r[1] + (((String) r[3]).isEmpty() ? "" : "/" + r[3]), (String) r[2]));
        return states;
    }

    /** One value the caller may read: 404 when there is none, 403 when it is another municipality's. */
    public MeasuredValue value(Caller caller, long id) {
        MeasuredValue v = MeasuredValue.<MeasuredValue>find("id", id)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("id", "Фактическое значение " + id + " не найдено"));
        caller.requireReadRow(v.municipality.code, v.organization == null ? null : v.organization.code);
        return v;
    }

    @Transactional
    public Saved<ValueDto> put(Caller caller, ValueInput in, String ifMatch) {
        ValueInput input = in == null
                ? new ValueInput(null, null, null, null, null, null, null, null, null, null, null, null)
                : in;
        Checks c = new Checks();
        DataKeys keys = DataKeys.forWrite(caller, c, input.municipality(), input.indicator(), input.organization());
        ValueRules.Settled settled = ValueRules.validate(c, keys.indicator(), input);
        c.throwIfAny();
        String period = settled.period();
        String category = settled.category();
        String qualifier = settled.qualifier();
        periods.requireOpen(keys.municipality(), input.year(), period);

        String what = "Значение " + keys.key(input.year()) + (period.isEmpty() ? "" : "/" + period)
                + (category.isEmpty() ? "" : " (" + category + ")");
        return writes.upsert(
                caller,
                find(keys, input.year(), period, category),
                ifMatch,
                what,
                () -> {
                    MeasuredValue v = new MeasuredValue();
                    v.placeAt(keys, input.year());
                    v.period = period;
                    v.category = category;
                    return v;
                },
                v -> {
                    v.value = Decimals.keep(v.value, input.value());
                    v.qualifier = qualifier;
                    v.numerator = Decimals.keep(v.numerator, input.numerator());
                    v.denominator = Decimals.keep(v.denominator, input.denominator());
                    v.comment = blankToNull(input.comment());
                    v.source = blankToNull(input.source());
                },
                ValueDto::of,
                ValueService::subject);
    }

    @Transactional
    public void delete(Caller caller, long id, String ifMatch) {
        writes.delete(caller, value(caller, id), ifMatch, "Значение " + id, ValueDto::of, ValueService::subject);
    }

    private static Optional<MeasuredValue> find(DataKeys keys, int year, String period, String category) {
        Parameters p = Parameters.with("m", keys.municipality())
                .and("i", keys.indicator())
                .and("y", year)
                .and("p", period)
                .and("c", category);
        String org = keys.organization() == null ? "organization is null" : "organization = :o";
        if (keys.organization() != null) {
            p.and("o", keys.organization());
        }
        return MeasuredValue.find(
                        "municipality = :m and indicator = :i and " + org
                                + " and year = :y and period = :p and category = :c",
                        p)
                .firstResultOptional();
    }

    private static AuditLog.Subject subject(MeasuredValue v) {
        String key = v.keys().key(v.year)
                + (v.period.isEmpty() ? "" : "/" + v.period)
                + (v.category.isEmpty() ? "" : "/" + v.category);
        return new AuditLog.Subject(
                "value",
                v.id,
                key,
                v.municipality.code,
                v.indicator.code,
                v.organization == null ? null : v.organization.code);
    }
}
