package ru.orientir.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import ru.orientir.common.Decimals;
import ru.orientir.facts.ReadScope;
import ru.orientir.security.Caller;

/**
 * The SQL that judges a rule over every school (or municipality) in scope at once: the values of the
 * window, each condition per unit and year, the years that hold, and the units with enough of them;
 * the JVM only receives the flagged units' evidence, one page of them.
 */
final class FlagQuery {

    /** One row of evidence: a flagged unit, a year of the window, one condition. */
    record Row(
            long total,
            String municipality,
            String municipalityName,
            String organization,
            String organizationName,
            int year,
            int position,
            BigDecimal value,
            BigDecimal average,
            boolean reported,
            Boolean matched,
            boolean yearHolds) {}

    /** What to judge: the municipality (or all in scope), an organization, a page. */
    record Filter(String municipality, String organization, int offset, int limit) {}

    private static final String CONDITION = "CASE WHEN r.unit IS NULL THEN NULL"
            + " WHEN c.moz THEN coalesce(x.value, 0) = 0"
            + " WHEN x.value IS NULL THEN false"
            + " WHEN c.average = 'above' THEN x.value > a.avg"
            + " WHEN c.average = 'below' THEN x.value < a.avg"
            + " WHEN c.comparator = 'gt' THEN x.value > c.threshold"
            + " WHEN c.comparator = 'ge' THEN x.value >= c.threshold"
            + " WHEN c.comparator = 'lt' THEN x.value < c.threshold"
            + " WHEN c.comparator = 'le' THEN x.value <= c.threshold"
            + " ELSE x.value = c.threshold END";

    private FlagQuery() {}

    /** A condition on a value that is there (cv: the values joined to the conditions, a: the average). */
    private static final String MATCH = "CASE WHEN c.moz THEN cv_value = 0"
            + " WHEN c.average = 'above' THEN cv_value > a.avg"
            + " WHEN c.average = 'below' THEN cv_value < a.avg"
            + " WHEN c.comparator = 'gt' THEN cv_value > c.threshold"
            + " WHEN c.comparator = 'ge' THEN cv_value >= c.threshold"
            + " WHEN c.comparator = 'lt' THEN cv_value < c.threshold"
            + " WHEN c.comparator = 'le' THEN cv_value <= c.threshold"
            + " ELSE cv_value = c.threshold END";

    /**
     * The years that hold are decided from the values alone (one GROUP BY over the values that meet a
     * condition), so only the page's flagged units get the full evidence (unit × year × condition).
     * A «none or zero» condition without a value holds in a reported year: any holds when a value
     * matched or such a condition had no value; all when every condition did.
     */
    static List<Row> run(Connection con, Caller caller, RiskRule rule, int year, Filter f) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "WITH " + units(caller, rule, f, params) + ", "
                + judging(con, rule, rule.firstYear(year), rule.lastYear(year), params) + ", "
                + "flagged AS (SELECT s.*, count(*) OVER () AS total FROM scope s JOIN (SELECT unit FROM held"
                + " GROUP BY unit HAVING count(*) >= ?) h ON h.unit = s.unit"
                + " ORDER BY s.mname, s.mcode, s.oname, s.ocode LIMIT ? OFFSET ?), "
                + "reported AS (SELECT DISTINCT unit, year FROM yr WHERE unit IN (SELECT unit FROM flagged)), "
                // materialized and carrying the unit's columns: computed once, never as the inner side of a loop
                // over the flagged units (which re-read every value per unit: 30 s over 42,400 schools)
                + "ev AS MATERIALIZED (SELECT u.total, u.mcode, u.mname, u.ocode, u.oname, u.unit, y.year, c.pos,"
                + " x.value, a.avg, r.unit IS NOT NULL AS reported, " + CONDITION
                + " AS matched FROM flagged u CROSS JOIN generate_series(?::int, ?::int) AS y(year) CROSS JOIN c"
                + " LEFT JOIN reported r ON r.unit = u.unit AND r.year = y.year"
                + " LEFT JOIN v x ON x.unit = u.unit AND x.year = y.year AND x.indicator_id = c.indicator_id"
                + " AND x.category = c.category"
                + " LEFT JOIN avgs a ON a.area = u.area AND a.indicator_id = c.indicator_id"
                + " AND a.category = c.category AND a.year = y.year) "
                + "SELECT ev.total, ev.mcode, ev.mname, ev.ocode, ev.oname, ev.year, ev.pos, ev.value, ev.avg,"
                + " ev.reported, ev.matched, h.unit IS NOT NULL FROM ev"
                + " LEFT JOIN held h ON h.unit = ev.unit AND h.year = ev.year"
                + " ORDER BY ev.mname, ev.mcode, ev.oname, ev.ocode, ev.year, ev.pos";
        params.add(rule.minYears);
        params.add(f.limit());
        params.add(f.offset());
        params.add(rule.firstYear(year));
        params.add(rule.lastYear(year));
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        }
    }

    /**
     * The CTEs shared by the flag list and the derived counts, after a {@code scope} CTE of units (unit, area):
     * the values of the years {@code from}–{@code to} (v), the conditions (c), the averages, each value against
     * its condition (cv), the years each unit reported (yr) and the years in which the rule's conditions held
     * (held). A «none or zero» condition without a value holds in a reported year: any holds when a value
     * matched or such a condition had no value; all when every condition did.
     */
    private static String judging(Connection con, RiskRule rule, int from, int to, List<Object> params)
            throws SQLException {
        int conditions = rule.conditions.size();
        long noneOrZero = rule.conditions.stream().filter(c -> c.missingOrZero).count();
        boolean averages = rule.conditions.stream().anyMatch(c -> c.average != null);
        String holds = "all".equals(rule.combine)
                ? "hits + (" + noneOrZero + " - moz_present) = " + conditions
                : "hits > 0 OR moz_present < " + noneOrZero;
        return values(con, rule, from, to, params) + ", " + conditions(con, rule, params) + ", "
                + (averages
                        ? "avgs AS (SELECT area, indicator_id, category, year, avg(value) AS avg FROM v"
                                + " GROUP BY 1, 2, 3, 4), "
                        // no condition compares with the average: no pass over the values for it
                        : "avgs AS (SELECT CAST(NULL AS bigint) AS area, CAST(NULL AS bigint) AS indicator_id,"
                                + " CAST(NULL AS varchar) AS category, CAST(NULL AS smallint) AS year,"
                                + " CAST(NULL AS numeric) AS avg WHERE false), ")
                // reported: the unit gave a value of one of the conditions (indicator and category) that year
                + "cv AS (SELECT v.unit, v.year, c.moz, "
                + (averages ? MATCH : MATCH.replace("a.avg", "CAST(NULL AS numeric)")).replace("cv_value", "v.value")
                + " AS matched FROM v JOIN c ON c.indicator_id = v.indicator_id AND c.category = v.category"
                + (averages
                        ? " LEFT JOIN avgs a ON a.area = v.area AND a.indicator_id = v.indicator_id"
                                + " AND a.category = v.category AND a.year = v.year), "
                        : "), ")
                + "yr AS (SELECT unit, year, count(*) FILTER (WHERE matched) AS hits,"
                + " count(*) FILTER (WHERE moz) AS moz_present FROM cv GROUP BY unit, year), "
                + "held AS (SELECT unit, year FROM yr WHERE " + holds + ")";
    }

    /** Per municipality and judged year: the schools judged and flagged, and last year's flagged and improved. */
    record Count(long municipalityId, int year, long judged, long flagged, long previous, long improved) {}

    /**
     * The direction in which a condition's value improves: away from what the condition flags (down for gt, ge
     * and above the average; up for lt, le, below the average and «none or zero»), by the indicator's polarity
     * for eq.
     */
    private static final String DIRECTION = "CASE WHEN c.moz OR c.average = 'below' OR c.comparator IN ('lt', 'le')"
            + " THEN 1 WHEN c.average = 'above' OR c.comparator IN ('gt', 'ge') THEN -1"
            + " WHEN i.polarity = 'lower' THEN -1 ELSE 1 END";

    /**
     * The counts behind the derived indicators of an organization-level rule, for every school of the given
     * municipalities (an aggregate: not limited to what a caller sees) and every given year, in one statement.
     * A school is judged in a year when it reported a value of a condition in that year's window, flagged as in
     * {@link #run}; a municipality has counts for a year only when one of its schools reported in the last year
     * of that year's window. Of the schools flagged in year Y-1, one improved in Y when it reported in the last year of
     * Y's window (L) and, comparing each condition's value in L with L-1 ({@link #DIRECTION}; a «none or zero»
     * value absent counts as 0; a value absent in either year is not compared), at least one improved and none
     * got worse.
     */
    static List<Count> counts(Connection con, RiskRule rule, Long[] municipalityIds, Integer[] years)
            throws SQLException {
        int lag = rule.preceding ? 1 : 0;
        int low = java.util.Arrays.stream(years).min(Integer::compare).orElseThrow();
        int high = java.util.Arrays.stream(years).max(Integer::compare).orElseThrow();
        List<Object> params = new ArrayList<>();
        StringBuilder scope = new StringBuilder("scope AS (SELECT o.id AS unit, o.municipality_id AS area"
                + " FROM organization o WHERE o.municipality_id = ANY (?)");
        params.add(array(con, "int8", municipalityIds));
        if (rule.municipality != null) {
            scope.append(" AND o.municipality_id = ?");
            params.add(rule.municipality.id);
        }
        scope.append(")");
        Integer[] judged = java.util.stream.Stream.of(years)
                .flatMap(y -> java.util.stream.Stream.of(y, y - 1))
                .distinct()
                .toArray(Integer[]::new);
        String sql = "WITH " + scope + ", " + judging(con, rule, rule.firstYear(low - 1), rule.lastYear(high), params)
                + ", jy AS (SELECT DISTINCT y AS year FROM unnest(?) AS y), "
                + "rep AS (SELECT DISTINCT unit, year FROM yr), "
                + "jd AS (SELECT r.unit, jy.year, bool_or(r.year = jy.year - ?) AS current FROM jy"
                + " JOIN rep r ON r.year BETWEEN jy.year - ? AND jy.year - ? GROUP BY r.unit, jy.year), "
                + "fl AS (SELECT h.unit, jy.year FROM jy JOIN held h ON h.year BETWEEN jy.year - ? AND jy.year - ?"
                + " GROUP BY h.unit, jy.year HAVING count(*) >= ?), "
                + "cd AS (SELECT c.*, " + DIRECTION + " AS dir FROM c LEFT JOIN indicator i ON i.id = c.indicator_id), "
                + "dl AS (SELECT f.unit, f.year + 1 AS year, (CASE WHEN cd.moz"
                + " THEN coalesce(b.value, 0) - coalesce(a.value, 0) ELSE b.value - a.value END) * cd.dir AS d,"
                + " rp.unit IS NOT NULL AS reported"
                + " FROM fl f CROSS JOIN cd"
                + " LEFT JOIN v a ON a.unit = f.unit AND a.year = f.year - ? AND a.indicator_id = cd.indicator_id"
                + " AND a.category = cd.category"
                + " LEFT JOIN v b ON b.unit = f.unit AND b.year = f.year + 1 - ? AND b.indicator_id = cd.indicator_id"
                + " AND b.category = cd.category"
                + " LEFT JOIN rep rp ON rp.unit = f.unit AND rp.year = f.year + 1 - ?), "
                + "im AS (SELECT dl.unit, dl.year, coalesce(bool_or(d > 0), false) AND NOT coalesce(bool_or(d < 0), false)"
                + " AND bool_or(dl.reported) AS better FROM dl GROUP BY dl.unit, dl.year), "
                + "a1 AS (SELECT s.area, jd.year, count(*) AS judged, count(fl.unit) AS flagged,"
                + " count(*) FILTER (WHERE jd.current) AS current FROM jd"
                + " JOIN scope s ON s.unit = jd.unit LEFT JOIN fl ON fl.unit = jd.unit AND fl.year = jd.year"
                + " GROUP BY 1, 2), "
                + "a2 AS (SELECT s.area, im.year, count(*) AS previous, count(*) FILTER (WHERE better) AS improved"
                + " FROM im JOIN scope s ON s.unit = im.unit GROUP BY 1, 2) "
                + "SELECT a1.area, a1.year, a1.judged, a1.flagged, coalesce(a2.previous, 0), coalesce(a2.improved, 0)"
                + " FROM a1 LEFT JOIN a2 ON a2.area = a1.area AND a2.year = a1.year"
                + " WHERE a1.current > 0 AND a1.year = ANY (?)";
        params.add(array(con, "int4", judged));
        params.add(lag);
        params.add(lag + rule.window - 1);
        params.add(lag);
        params.add(lag + rule.window - 1);
        params.add(lag);
        params.add(rule.minYears);
        params.add(lag);
        params.add(lag);
        params.add(lag);
        params.add(array(con, "int4", years));
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<Count> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Count(
                            rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
                }
            }
            return out;
        }
    }

    /** The units the caller may see: schools of the municipalities in scope, or the municipalities. */
    private static String units(Caller caller, RiskRule rule, Filter f, List<Object> params) {
        boolean schools = "organization".equals(rule.level);
        StringBuilder sql = new StringBuilder(
                schools
                        ? "scope AS (SELECT o.id AS unit, o.municipality_id AS area, m.code AS mcode, m.name AS mname,"
                                + " o.code AS ocode, o.name AS oname FROM organization o"
                                + " JOIN municipality m ON m.id = o.municipality_id WHERE 1 = 1"
                        : "scope AS (SELECT m.id AS unit, m.region_id AS area, m.code AS mcode, m.name AS mname,"
                                + " NULL::text AS ocode, NULL::text AS oname FROM municipality m WHERE 1 = 1");
        ReadScope.Condition scope =
                schools ? ReadScope.sql(caller, "m.code", "o.code") : ReadScope.visibleSql(caller, "m.code");
        sql.append(" AND ").append(scope.clause());
        params.addAll(scope.sqlParams());
        if (f.municipality() != null) {
            sql.append(" AND m.code = ?");
            params.add(f.municipality());
        }
        if (rule.municipality != null) {
            sql.append(" AND m.id = ?");
            params.add(rule.municipality.id);
        }
        if (schools && f.organization() != null) {
            sql.append(" AND o.code = ?");
            params.add(f.organization());
        }
        return sql.append(")").toString();
    }

    /**
     * The annual values (no period) of the rule's indicators in the window: of every school of the
     * municipalities concerned, or of every municipality of their regions, so that averages are the
     * municipality's (the region's) whatever the caller sees.
     */
    private static String values(Connection con, RiskRule rule, int from, int to, List<Object> params)
            throws SQLException {
        boolean schools = "organization".equals(rule.level);
        String sql = schools
                ? "v AS (SELECT mv.organization_id AS unit, mv.municipality_id AS area, mv.year, mv.indicator_id,"
                        + " mv.category, mv.value FROM measured_value mv WHERE mv.organization_id IS NOT NULL"
                        + " AND mv.municipality_id IN (SELECT DISTINCT area FROM scope)"
                : "v AS (SELECT mv.municipality_id AS unit, mm.region_id AS area, mv.year, mv.indicator_id,"
                        + " mv.category, mv.value FROM measured_value mv JOIN municipality mm ON mm.id = mv.municipality_id"
                        + " WHERE mv.organization_id IS NULL AND mm.region_id IN (SELECT DISTINCT area FROM scope)";
        params.add(array(
                con,
                "int8",
                rule.conditions.stream().map(c -> c.indicator.id).distinct().toArray(Long[]::new)));
        params.add(from);
        params.add(to);
        return sql + " AND mv.period = '' AND mv.indicator_id = ANY (?) AND mv.year BETWEEN ? AND ?)";
    }

    private static String conditions(Connection con, RiskRule rule, List<Object> params) throws SQLException {
        int n = rule.conditions.size();
        Integer[] pos = new Integer[n];
        Long[] indicator = new Long[n];
        String[] category = new String[n];
        String[] comparator = new String[n];
        BigDecimal[] threshold = new BigDecimal[n];
        Boolean[] moz = new Boolean[n];
        String[] average = new String[n];
        for (int i = 0; i < n; i++) {
            RuleCondition c = rule.conditions.get(i);
            pos[i] = i;
            indicator[i] = c.indicator.id;
            category[i] = c.category == null ? "" : c.category;
            comparator[i] = c.comparator;
            threshold[i] = c.threshold;
            moz[i] = c.missingOrZero;
            average[i] = c.average;
        }
        params.add(array(con, "int4", pos));
        params.add(array(con, "int8", indicator));
        params.add(array(con, "text", category));
        params.add(array(con, "text", comparator));
        params.add(array(con, "numeric", threshold));
        params.add(array(con, "bool", moz));
        params.add(array(con, "text", average));
        return "c AS (SELECT * FROM unnest(?, ?, ?, ?, ?, ?, ?)"
                + " AS c(pos, indicator_id, category, comparator, threshold, moz, average))";
    }

    private static Array array(Connection con, String type, Object[] items) throws SQLException {
        return con.createArrayOf(type, items);
    }

    private static Row row(ResultSet rs) throws SQLException {
        BigDecimal avg = rs.getBigDecimal(9);
        return new Row(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getInt(7),
                Decimals.exact(rs.getBigDecimal(8)),
                avg == null ? null : Decimals.exact(avg.setScale(6, RoundingMode.HALF_UP)),
                rs.getBoolean(10),
                (Boolean) rs.getObject(11),
                rs.getBoolean(12));
    }
}
