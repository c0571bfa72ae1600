package ru.orientir.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import ru.orientir.catalogue.Indicator;
import ru.orientir.common.NativeSql;
import ru.orientir.common.ReadOnly;

/**
 * The facts of derived indicators (an indicator with {@code derived}: a rule and a measure), computed from the
 * current values by the flag code ({@link FlagQuery#counts}): one statement per rule for every municipality and
 * year asked, never a query per municipality or year. For a municipality and year Y:
 *
 * <ul>
 *   <li>{@code flagged_count}: its schools the rule flags for Y;
 *   <li>{@code flagged_share}: those as a percentage of its schools judged for Y (that reported a value of one
 *       of the rule's conditions in Y's window);
 *   <li>{@code improved_share}: of its schools flagged for Y-1, the percentage that improved in Y (see
 *       {@link FlagQuery#counts}); no fact when none was flagged for Y-1.
 * </ul>
 *
 * There is a fact for Y only when one of the municipality's schools reported in the last year of Y's window.
 */
@ApplicationScoped
public class DerivedFacts {

    public static final List<String> MEASURES = List.of("flagged_count", "flagged_share", "improved_share");

    /**
     * One computed fact: a municipality-level, annual fact of the total (category ''), with what it was computed
     * from: for a share, the schools counted ({@code numerator}) of those it is a share of ({@code denominator});
     * none for a count.
     */
    public record Fact(
            long indicatorId,
            long municipalityId,
            int year,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator) {}

    @Inject
    DataSource dataSource;

    /**
     * The facts of the active derived indicators ({@code indicatorIds} null: all of them; empty: none), of the
     * municipalities {@code municipalityIds} (null: all) in the years {@code years} (null: every year for which
     * the rule's indicators have school values, limited to {@code yearFrom}–{@code yearTo}).
     */
    public List<Fact> facts(
            Long[] indicatorIds, Long[] municipalityIds, Integer[] years, Integer yearFrom, Integer yearTo) {
        if (indicatorIds != null && indicatorIds.length == 0) {
            return List.of();
        }
        List<Indicator> derived = indicatorIds == null
                ? Indicator.list("derivedRule is not null and status = 'active'")
                : Indicator.list("derivedRule is not null and status = 'active' and id in ?1", List.of(indicatorIds));
        if (derived.isEmpty()) {
            return List.of();
        }
        Map<String, List<Indicator>> byRule = new LinkedHashMap<>();
        derived.forEach(i ->
                byRule.computeIfAbsent(i.derivedRule, k -> new ArrayList<>()).add(i));
        List<Fact> out = new ArrayList<>();
        try (Connection con = dataSource.getConnection()) {
            ReadOnly.mark(con);
            Long[] municipalities = municipalityIds != null ? municipalityIds : allMunicipalities(con);
            for (Map.Entry<String, List<Indicator>> e : byRule.entrySet()) {
                RiskRule rule = RiskRule.byCode(e.getKey()).orElse(null);
                if (rule == null || !"organization".equals(rule.level) || municipalities.length == 0) {
                    continue;
                }
                Integer[] judged = years != null ? years : dataYears(con, rule, municipalities, yearFrom, yearTo);
                if (judged.length == 0) {
                    continue;
                }
                for (FlagQuery.Count c : FlagQuery.counts(con, rule, municipalities, judged)) {
                    for (Indicator i : e.getValue()) {
                        Fact f = fact(i, c);
                        if (f != null) {
                            out.add(f);
                        }
                    }
                }
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("derived indicators could not be computed", ex);
        }
        return out;
    }

    /**
     * Facts as a table for a native statement, one place for every reader that joins them with stored rows
     * (attainment, trends, the values list and export): {@code unnest(...) AS d(indicator_id, municipality_id, year,
     * value, numerator, denominator)} with the facts as its array parameters.
     */
    public static NativeSql table(List<Fact> facts) {
        return new NativeSql()
                .add(
                        "unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS int[]), CAST(? AS numeric[]),"
                                + " CAST(? AS numeric[]), CAST(? AS numeric[]))"
                                + " AS d(indicator_id, municipality_id, year, value, numerator, denominator)",
                        facts.stream().map(Fact::indicatorId).toArray(Long[]::new),
                        facts.stream().map(Fact::municipalityId).toArray(Long[]::new),
                        facts.stream().map(Fact::year).toArray(Integer[]::new),
                        facts.stream().map(Fact::value).toArray(BigDecimal[]::new),
                        facts.stream().map(Fact::numerator).toArray(BigDecimal[]::new),
                        facts.stream().map(Fact::denominator).toArray(BigDecimal[]::new));
    }

    /** The fact of a derived indicator from its rule's counts; null when there is none (a share of nothing). */
    static Fact fact(Indicator i, FlagQuery.Count c) {
        return switch (i.derivedMeasure) {
            case "flagged_count" ->
                new Fact(i.id, c.municipalityId(), c.year(), BigDecimal.valueOf(c.flagged()), null, null);
            case "flagged_share" -> share(i, c, c.flagged(), c.judged());
            case "improved_share" -> share(i, c, c.improved(), c.previous());
            default -> null;
        };
    }

    private static Fact share(Indicator i, FlagQuery.Count c, long part, long whole) {
        BigDecimal v = percent(part, whole);
        return v == null
                ? null
                : new Fact(i.id, c.municipalityId(), c.year(), v, BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100L)
                        .divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP)
                        .stripTrailingZeros();
    }

    private static Long[] allMunicipalities(Connection con) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = con.prepareStatement("SELECT id FROM municipality");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids.toArray(Long[]::new);
    }

    /** The years judged when none are asked for: those whose window ends in a year with school values. */
    private static Integer[] dataYears(Connection con, RiskRule rule, Long[] municipalities, Integer from, Integer to)
            throws SQLException {
        int lag = rule.preceding ? 1 : 0;
        TreeSet<Integer> years = new TreeSet<>();
        try (PreparedStatement ps = con.prepareStatement("SELECT DISTINCT year FROM measured_value"
                + " WHERE indicator_id = ANY (?) AND municipality_id = ANY (?) AND organization_id IS NOT NULL"
                + " AND period = ''")) {
            ps.setArray(
                    1,
                    con.createArrayOf(
                            "int8",
                            rule.conditions.stream()
                                    .map(c -> c.indicator.id)
                                    .distinct()
                                    .toArray(Long[]::new)));
            ps.setArray(2, con.createArrayOf("int8", municipalities));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int y = rs.getInt(1) + lag;
                    if ((from == null || y >= from) && (to == null || y <= to)) {
                        years.add(y);
                    }
                }
            }
        }
        return years.toArray(Integer[]::new);
    }
}
