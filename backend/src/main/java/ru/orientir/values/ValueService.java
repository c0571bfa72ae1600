package ru.orientir.values;

import static ru.orientir.common.Pages.blankToNull;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import ru.orientir.audit.AuditLog;
import ru.orientir.catalogue.Dimension;
import ru.orientir.common.Checks;
import ru.orientir.common.Decimals;
import ru.orientir.common.NativeSql;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Params;
import ru.orientir.common.ProblemException;
import ru.orientir.common.Saved;
import ru.orientir.facts.DataFilter;
import ru.orientir.facts.DataKeys;
import ru.orientir.facts.DataWrites;
import ru.orientir.notifications.NotMetWatch;
import ru.orientir.periods.PeriodGuard;
import ru.orientir.periods.ReportingPeriod;
import ru.orientir.rules.DerivedFacts;
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

    @Inject
    NotMetWatch notMet;

    @Inject
    ComputedValues computed;

    @Inject
    DataSource dataSource;

    /**
     * The stored values the filter matches and, merged in their place in the list's order, the computed facts of
     * derived indicators it matches ({@link ComputedValues}): one statement pages both, so that pages are exact and
     * the total counts both; without computed facts to show, the stored values alone.
     */
    public PageResult<ValueDto> list(Caller caller, DataFilter filter, PageParams p) {
        p.validated();
        Params bad = new Params();
        DataFilter.Parsed f = filter.parsed(bad);
        bad.throwIfAny();
        DataFilter.check(caller, f);
        List<DerivedFacts.Fact> facts = computed.matching(caller, f);
        PageResult<ValueDto> page = facts.isEmpty()
                ? DataFilter.page(em, ValueDto.class, ValueDto.SELECT, FROM, filter.where(caller, "v"), ORDER, p)
                : merged(caller, f, facts, p);
        Map<String, String> states = periodStates(page);
        Map<String, List<Dimension>> dimensions = dimensions(page);
        return page.map(v -> v.completed(
                PeriodGuard.effective(
                        states.getOrDefault(v.municipality() + "/" + v.year(), ReportingPeriod.OPEN),
                        v.period().isEmpty() ? null : states.get(v.municipality() + "/" + v.year() + "/" + v.period())),
                dimensions.getOrDefault(v.indicator(), List.of())));
    }

    /** The stored columns of the merged list, in the order of {@link ValueDto}'s projection, then the rule. */
    private static final String STORED = "SELECT v.id, m.code AS municipality, i.code AS indicator, i.periodicity,"
            + " o.code AS organization, v.year, v.period, v.category, v.value, v.qualifier, v.numerator,"
            + " v.denominator, v.comment, v.source, v.version, v.updated_at, v.updated_by, CAST(NULL AS varchar) AS rule"
            + " FROM measured_value v JOIN municipality m ON m.id = v.municipality_id"
            + " JOIN indicator i ON i.id = v.indicator_id LEFT JOIN organization o ON o.id = v.organization_id"
            + " WHERE 1 = 1";

    /** A computed fact as a row of the merged list: the municipality's annual total, no id, version or author. */
    private static final String COMPUTED = " UNION ALL SELECT NULL, m.code, i.code, i.periodicity, NULL,"
            + " CAST(d.year AS smallint), '', '', d.value, 'exact', d.numerator, d.denominator, NULL, NULL, NULL, NULL,"
            + " NULL, i.derived_rule FROM ";

    /**
     * One page of the stored values and the computed facts in the list's order ({@link #ORDER}; a derived indicator
     * has no stored value, so a computed fact never ties with one), in one statement; the total is the stored
     * values' count (one more statement, only when the page does not tell it) and the computed facts'.
     */
    private PageResult<ValueDto> merged(
            Caller caller, DataFilter.Parsed f, List<DerivedFacts.Fact> facts, PageParams p) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        DataFilter.appendSql(caller, f, "v", where, params);
        long offset = (long) p.page * p.size;
        NativeSql sql = new NativeSql()
                .add("SELECT * FROM (" + STORED)
                .add(where.toString(), params.toArray())
                .add(COMPUTED)
                .add(DerivedFacts.table(facts))
                .add(
                        " JOIN municipality m ON m.id = d.municipality_id JOIN indicator i ON i.id = d.indicator_id) r"
                                + " ORDER BY r.municipality, r.indicator, r.year, r.period, r.category,"
                                + " r.organization NULLS FIRST LIMIT ? OFFSET ?",
                        p.size,
                        offset);
        List<ValueDto> items = sql.query(dataSource, "values list", rs -> {
            List<ValueDto> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row(rs));
            }
            return out;
        });
        long total;
        if (items.size() < p.size && (p.page == 0 || !items.isEmpty())) {
            total = offset + items.size();
        } else {
            NativeSql count = new NativeSql()
                    .add("SELECT count(*) FROM measured_value v JOIN municipality m ON m.id = v.municipality_id"
                            + " JOIN indicator i ON i.id = v.indicator_id"
                            + " LEFT JOIN organization o ON o.id = v.organization_id WHERE 1 = 1")
                    .add(where.toString(), params.toArray());
            total = facts.size() + count.query(dataSource, "values count", rs -> rs.next() ? rs.getLong(1) : 0L);
        }
        return new PageResult<>(items, p.page, p.size, total);
    }

    private static ValueDto row(ResultSet rs) throws SQLException {
        ValueDto v = new ValueDto(
                (Long) rs.getObject(1, Long.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getString(7),
                rs.getString(8),
                rs.getBigDecimal(9),
                rs.getString(10),
                rs.getBigDecimal(11),
                rs.getBigDecimal(12),
                rs.getString(13),
                rs.getString(14),
                (Integer) rs.getObject(15, Integer.class),
                rs.getObject(16, OffsetDateTime.class),
                rs.getString(17));
        String rule = rs.getString(18);
        return rule == null ? v : v.asComputed(rule);
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
        Saved<ValueDto> saved = writes.upsert(
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
        notMet.valueWritten(keys, input.year(), period, category);
        return saved;
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
