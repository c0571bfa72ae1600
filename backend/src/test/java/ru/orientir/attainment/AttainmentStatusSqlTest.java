package ru.orientir.attainment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import ru.orientir.attainment.AttainmentRules.Goal;

/**
 * The status rule exists in Java ({@link AttainmentRules#status}, for the exports) and in SQL
 * ({@link AttainmentRules#statusSql}, for filtering, counting and paging by status in the database): this test
 * evaluates both on every comparator × polarity × bound × fact × qualifier case and requires the same answer.
 */
@QuarkusTest
class AttainmentStatusSqlTest {

    @Inject
    DataSource dataSource;

    record Case(
            boolean target,
            String polarity,
            String comparator,
            BigDecimal value,
            BigDecimal valueTo,
            BigDecimal fact,
            String qualifier) {}

    @Test
    void sqlAndJavaAgreeOnEveryCase() throws Exception {
        List<Case> cases = new ArrayList<>();
        List<BigDecimal> facts = Arrays.asList(
                null,
                n("-1"),
                n("0"),
                n("4.999999"),
                n("5"),
                n("5.000001"),
                n("7"),
                n("10"),
                n("10.5"),
                n("70"),
                n("75"));
        for (String polarity : Arrays.asList("higher", "lower", null)) {
            for (String comparator : List.of("eq", "ge", "le", "between")) {
                for (BigDecimal[] bounds : List.of(
                        new BigDecimal[] {n("5"), null},
                        new BigDecimal[] {n("5"), n("10")},
                        new BigDecimal[] {n("5"), n("5")},
                        new BigDecimal[] {n("0"), n("70")},
                        new BigDecimal[] {n("70"), null})) {
                    for (BigDecimal fact : facts) {
                        for (String qualifier : List.of("exact", "approx", "at_least", "at_most")) {
                            cases.add(new Case(true, polarity, comparator, bounds[0], bounds[1], fact, qualifier));
                        }
                    }
                }
            }
            for (BigDecimal fact : facts) {
                cases.add(new Case(false, polarity, null, null, null, fact, "exact"));
            }
        }
        String sql = "SELECT "
                + AttainmentRules.statusSql(
                        "v.has_target", "v.fact", "v.comparator", "v.value", "v.value_to", "v.polarity")
                + " FROM (SELECT CAST(? AS boolean) AS has_target, CAST(? AS numeric) AS fact,"
                + " CAST(? AS varchar) AS comparator, CAST(? AS numeric) AS value, CAST(? AS numeric) AS value_to,"
                + " CAST(? AS varchar) AS polarity, CAST(? AS varchar) AS qualifier) v";
        int met = 0;
        int notMet = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (Case k : cases) {
                ps.setBoolean(1, k.target());
                ps.setBigDecimal(2, k.fact());
                ps.setString(3, k.comparator());
                ps.setBigDecimal(4, k.value());
                ps.setBigDecimal(5, k.valueTo());
                ps.setString(6, k.polarity());
                ps.setString(7, k.qualifier());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    Goal goal = k.target() ? new Goal(k.comparator(), k.value(), k.valueTo()) : null;
                    String java = AttainmentRules.status(!"lower".equals(k.polarity()), goal, k.fact());
                    assertEquals(java, rs.getString(1), k.toString());
                    met += java.equals(AttainmentRules.MET) ? 1 : 0;
                    notMet += java.equals(AttainmentRules.NOT_MET) ? 1 : 0;
                }
            }
        }
        // the cases cover both outcomes plentifully (not a comparison of two constant answers)
        assertEquals(cases.size(), 3 * (4 * 5 * facts.size() * 4 + facts.size()));
        assertEquals(true, met > 200 && notMet > 200, "met " + met + ", not met " + notMet);
    }

    @Test
    void theSqlRuleReadsAsTheReadmeSays() throws Exception {
        // ≤ 5 % is met by 3 %; ≥ 70 % is not met by 33 %; eq is "at least" for higher-is-better and "at most" for
        // lower-is-better; between includes both bounds
        String sql = "SELECT "
                + AttainmentRules.statusSql("true", "v.fact", "v.comparator", "v.value", "v.value_to", "v.polarity")
                + " FROM (VALUES (3::numeric, 'le', 5::numeric, NULL::numeric, 'lower'),"
                + " (33, 'ge', 70, NULL, 'higher'), (75, 'eq', 70, NULL, 'higher'), (75, 'eq', 70, NULL, 'lower'),"
                + " (8, 'eq', 10, NULL, 'lower'), (10, 'between', 5, 10, 'higher'), (5, 'between', 5, 10, 'lower'),"
                + " (NULL, 'ge', 70, NULL, 'higher')) v(fact, comparator, value, value_to, polarity)";
        List<String> got = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                got.add(rs.getString(1));
            }
        }
        assertEquals(List.of("met", "not_met", "met", "not_met", "met", "met", "met", "no_data"), got);
    }

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }
}
