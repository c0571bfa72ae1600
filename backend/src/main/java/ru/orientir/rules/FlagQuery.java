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
import java.util.Map;
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

    /** A condition's test in the evidence, over the conditions' table c, the value x and the average a. */
    private static final String CONDITION = "CASE WHEN NOT (p.reported >> (y.year - %1$d) & 1 = 1) THEN NULL"
            + " WHEN c.moz THEN coalesce(x.value, 0) = 0"
            + " WHEN x.value IS NULL THEN false"
            + " WHEN c.average = 'above' THEN x.value > a.avg"
            + " WHEN c.average = 'below' THEN x.value < a.avg"
            + " WHEN c.comparator = 'gt' THEN x.value > c.threshold"
            + " WHEN c.comparator = 'ge' THEN x.value >= c.threshold"
            + " WHEN c.comparator = 'lt' THEN x.value < c.threshold"
            + " WHEN c.comparator = 'le' THEN x.value <= c.threshold"
            + " ELSE x.value = c.threshold END";

    private static final Map<String, String> OPERATORS =
            Map.of("gt", ">", "ge", ">=", "lt", "<", "le", "<=", "eq", "=");

    private FlagQuery() {}

    /**
     * One pass over the window's values decides the years that hold ({@link #yearly}); the units with enough of
     * them are counted per unit with a bit per year (reported, held), joined to the caller's scope by key and
     * paged; only the page's units get the full evidence (unit × year × condition), read by key.
     */
    static List<Row> run(Connection con, Caller caller, RiskRule rule, int year, Filter f) throws SQLException {
        boolean schools = "organization".equals(rule.level);
        int from = rule.firstYear(year);
        int to = rule.lastYear(year);
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("WITH ").append(units(caller, rule, f, params));
        sql.append(", ").append(conditions(con, rule, params));
        List<Object> areaParams = new ArrayList<>();
        sql.append(", ").append(masks(rule, from, to, areas(caller, rule, f, areaParams), areaParams, params));
        sql.append(", fu AS (SELECT * FROM um WHERE bit_count(held::bit(32)) >= ?)");
        params.add(rule.minYears);
        sql.append(", page AS MATERIALIZED (SELECT s.unit, s.area, s.mcode, s.mname, s.ocode, s.oname, fu.reported,"
                + " fu.held, count(*) OVER () AS total FROM fu JOIN scope s ON s.unit = fu.unit"
                + " ORDER BY s.mname, s.mcode, s.oname, s.ocode LIMIT ? OFFSET ?)");
        params.add(f.limit());
        params.add(f.offset());
        // the evidence of the page's units only, each value read by its key
        sql.append((" SELECT p.total, p.mcode, p.mname, p.ocode, p.oname, y.year, c.pos, x.value, a.avg,"
                                + " p.reported >> (y.year - %1$d) & 1 = 1, " + CONDITION
                                + ", p.held >> (y.year - %1$d) & 1 = 1"
                                + " FROM page p CROSS JOIN generate_series(%1$d, %2$d) AS y(year) CROSS JOIN c"
                                + " LEFT JOIN measured_value x ON x.period = '' AND x.indicator_id = c.indicator_id"
                                + " AND x.category = c.category AND x.year = y.year")
                        .formatted(from, to)
                + (schools
                        ? " AND x.municipality_id = p.area AND x.organization_id = p.unit"
                        : " AND x.municipality_id = p.unit AND x.organization_id IS NULL")
                + (averages(rule)
                        ? " LEFT JOIN avgs a ON a.area = p.area AND a.indicator_id = c.indicator_id"
                                + " AND a.category = c.category AND a.year = y.year"
                        : " LEFT JOIN (SELECT CAST(NULL AS numeric) AS avg) a ON false")
                + " ORDER BY p.mname, p.mcode, p.oname, p.ocode, y.year, c.pos");
        try (PreparedStatement ps = con.prepareStatement(sql.toString())) {
            bind(ps, params);
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
     * The areas whose values are read, when the flags are asked of less than every unit (a municipality, a school,
     * a department's rule, a caller's scope): those of the scope, the named one by key so that its values are
     * read through the index (averages are still of every unit of an area); nothing when every unit is judged.
     */
    private static String areas(Caller caller, RiskRule rule, Filter f, List<Object> areaParams) {
        boolean schools = "organization".equals(rule.level);
        ReadScope.Condition scope =
                schools ? ReadScope.sql(caller, "m.code", "o.code") : ReadScope.visibleSql(caller, "m.code");
        StringBuilder sql = new StringBuilder();
        if (scope.restricts() || f.organization() != null) {
            sql.append(schools ? " AND mv.municipality_id" : " AND mm.region_id")
                    .append(" IN (SELECT area FROM scope)");
        }
        if (f.municipality() != null) {
            sql.append(
                    schools
                            ? " AND mv.municipality_id = (SELECT id FROM municipality WHERE code = ?)"
                            : " AND mm.region_id = (SELECT region_id FROM municipality WHERE code = ?)");
            areaParams.add(f.municipality());
        }
        if (rule.municipality != null) {
            sql.append(schools ? " AND mv.municipality_id = ?" : " AND mm.region_id = ?");
            areaParams.add(schools ? rule.municipality.id : rule.municipality.region.id);
        }
        return sql.toString();
    }

    /**
     * The years of each unit as bits (bit k: year {@code from + k}), in one pass and one GROUP BY over the annual
     * values of the rule's conditions in the window: {@code um (unit, reported, held)}, reported: the years in
     * which the unit gave a value of one of the conditions; held: those in which the conditions held, as
     * {@link #yearly} decides them (any: a condition matched, or a «none or zero» one had no value; all: every
     * condition did).
     */
    private static String masks(
            RiskRule rule, int from, int to, String areas, List<Object> areaParams, List<Object> params) {
        boolean schools = "organization".equals(rule.level);
        String bit = "1 << (mv.year - " + from + ")";
        StringBuilder sql = new StringBuilder();
        if (averages(rule)) {
            sql.append(averagesCte(rule, from, to, areas, areaParams, params)).append(", ");
        }
        sql.append("um AS (SELECT unit, reported, ");
        StringBuilder aggregates = new StringBuilder("bit_or(" + bit + ") AS reported");
        List<String> parts = new ArrayList<>();
        boolean all = "all".equals(rule.combine);
        for (int i = 0; i < rule.conditions.size(); i++) {
            RuleCondition c = rule.conditions.get(i);
            aggregates
                    .append(", bit_or(CASE WHEN ")
                    .append(key(c, params))
                    .append(" AND ")
                    .append(test(c, params))
                    .append(" THEN ")
                    .append(bit)
                    .append(" ELSE 0 END) AS h")
                    .append(i);
            if (c.missingOrZero) {
                aggregates
                        .append(", bit_or(CASE WHEN ")
                        .append(key(c, params))
                        .append(" THEN ")
                        .append(bit)
                        .append(" ELSE 0 END) AS p")
                        .append(i);
            }
            parts.add(
                    c.missingOrZero
                            ? all ? "(h" + i + " | ~p" + i + ")" : "h" + i + " | (reported & ~p" + i + ")"
                            : "h" + i);
        }
        String held = all ? "reported & " + String.join(" & ", parts) : String.join(" | ", parts);
        StringBuilder inner = new StringBuilder("SELECT ")
                .append(schools ? "mv.organization_id" : "mv.municipality_id")
                .append(" AS unit, ")
                .append(aggregates)
                .append(tables(rule, true));
        inner.append(level(rule));
        filter(rule.conditions, from, to, params, inner);
        inner.append(areas).append(" GROUP BY 1");
        params.addAll(areaParams);
        return sql.append("(")
                .append(held)
                .append(") AS held FROM (")
                .append(inner)
                .append(") g)")
                .toString();
    }

    private static boolean averages(RiskRule rule) {
        return rule.conditions.stream().anyMatch(c -> c.average != null);
    }

    /**
     * The years of each unit, in one pass over the annual values (no period) of the rule's indicators and
     * categories in the years {@code from}–{@code to}, of the areas that {@code areas} keeps (a condition on
     * {@code mv.municipality_id} for schools, on {@code mm.region_id} for municipalities, with its parameters):
     * {@code yr (unit, area, year, holds)}, a row for each year in which the unit reported a value of one of the
     * conditions. Each condition is tested in SQL on the values themselves; a «none or zero» condition without a
     * value holds in a reported year: any holds when a condition matched or such a condition had no value; all
     * when every condition did. With an average condition, {@code avgs} (area, year, indicator, category) comes
     * first: the mean of every unit of the area, whatever the caller sees.
     */
    private static String yearly(
            RiskRule rule, int from, int to, String areas, List<Object> areaParams, List<Object> params) {
        boolean schools = "organization".equals(rule.level);
        StringBuilder sql = new StringBuilder();
        if (averages(rule)) {
            sql.append(averagesCte(rule, from, to, areas, areaParams, params)).append(", ");
        }
        boolean all = "all".equals(rule.combine);
        List<String> parts = new ArrayList<>();
        for (RuleCondition c : rule.conditions) {
            String hit = "coalesce(bool_or(" + key(c, params) + " AND " + test(c, params) + "), false)";
            parts.add(c.missingOrZero ? "(" + hit + " OR NOT bool_or(" + key(c, params) + "))" : hit);
        }
        sql.append("yr AS (SELECT ")
                .append(schools ? "mv.organization_id" : "mv.municipality_id")
                .append(" AS unit, ")
                .append(area(rule))
                .append(" AS area, mv.year, (")
                .append(String.join(all ? " AND " : " OR ", parts))
                .append(") AS holds")
                .append(tables(rule, true))
                .append(level(rule));
        filter(rule.conditions, from, to, params, sql);
        sql.append(areas);
        params.addAll(areaParams);
        return sql.append(" GROUP BY 1, 2, 3)").toString();
    }

    /** The area of a value's unit: the municipality of a school, the region of a municipality. */
    private static String area(RiskRule rule) {
        return "organization".equals(rule.level) ? "mv.municipality_id" : "mm.region_id";
    }

    /** The values' tables (mv, and mm for a municipality's region), with their area's averages (a) if needed. */
    private static String tables(RiskRule rule, boolean withAverages) {
        String tables = "organization".equals(rule.level)
                ? " FROM measured_value mv"
                : " FROM measured_value mv JOIN municipality mm ON mm.id = mv.municipality_id";
        return withAverages && averages(rule)
                ? tables + " LEFT JOIN avgs a ON a.area = " + area(rule)
                        + " AND a.year = mv.year AND a.indicator_id = mv.indicator_id AND a.category = mv.category"
                : tables;
    }

    /** The values of the rule's level: of schools, or of municipalities as a whole. */
    private static String level(RiskRule rule) {
        return "organization".equals(rule.level)
                ? " WHERE mv.organization_id IS NOT NULL"
                : " WHERE mv.organization_id IS NULL";
    }

    /** avgs (area, year, indicator, category, avg): the mean of every unit of the area, whatever the caller sees. */
    private static String averagesCte(
            RiskRule rule, int from, int to, String areas, List<Object> areaParams, List<Object> params) {
        StringBuilder sql = new StringBuilder("avgs AS MATERIALIZED (SELECT ")
                .append(area(rule))
                .append(" AS area, mv.year, mv.indicator_id, mv.category, avg(mv.value) AS avg")
                .append(tables(rule, false))
                .append(level(rule));
        filter(rule.conditions.stream().filter(c -> c.average != null).toList(), from, to, params, sql);
        sql.append(areas).append(" GROUP BY 1, 2, 3, 4)");
        params.addAll(areaParams);
        return sql.toString();
    }

    /** The values of the given conditions in the years: their indicators and categories, the year as a constant. */
    private static void filter(List<RuleCondition> cs, int from, int to, List<Object> params, StringBuilder sql) {
        // the years as constants: the planner prunes the partitions and estimates the rows of these years
        sql.append(" AND mv.period = '' AND mv.year BETWEEN " + from + " AND " + to
                + " AND mv.indicator_id = ANY (?) AND (");
        params.add(cs.stream().map(c -> c.indicator.id).distinct().toArray(Long[]::new));
        List<String> keys = new ArrayList<>();
        for (RuleCondition c : cs) {
            keys.add(key(c, params));
        }
        sql.append(String.join(" OR ", keys)).append(")");
    }

    /** The value is the condition's: its indicator and category. */
    private static String key(RuleCondition c, List<Object> params) {
        params.add(c.indicator.id);
        params.add(c.category == null ? "" : c.category);
        return "(mv.indicator_id = ? AND mv.category = ?)";
    }

    /** The condition's test on a value {@code mv.value} that is there (the average of its area: {@code a.avg}). */
    private static String test(RuleCondition c, List<Object> params) {
        if (c.missingOrZero) {
            return "mv.value = 0";
        }
        if (c.average != null) {
            return "above".equals(c.average) ? "mv.value > a.avg" : "mv.value < a.avg";
        }
        params.add(c.threshold);
        return "mv.value " + OPERATORS.getOrDefault(c.comparator, "=") + " ?";
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
        String areas =
                " AND mv.municipality_id = ANY (?)" + (rule.municipality != null ? " AND mv.municipality_id = ?" : "");
        List<Object> areaParams = new ArrayList<>();
        areaParams.add(municipalityIds);
        if (rule.municipality != null) {
            areaParams.add(rule.municipality.id);
        }
        Integer[] judged = java.util.stream.Stream.of(years)
                .flatMap(y -> java.util.stream.Stream.of(y, y - 1))
                .distinct()
                .toArray(Integer[]::new);
        String sql = "WITH " + conditions(con, rule, params) + ", "
                + yearly(rule, rule.firstYear(low - 1), rule.lastYear(high), areas, areaParams, params)
                + ", jy AS (SELECT DISTINCT y AS year FROM unnest(?) AS y), "
                + "jd AS (SELECT r.unit, r.area, jy.year, bool_or(r.year = jy.year - ?) AS current FROM jy"
                + " JOIN yr r ON r.year BETWEEN jy.year - ? AND jy.year - ? GROUP BY r.unit, r.area, jy.year), "
                + "fl AS (SELECT h.unit, h.area, jy.year FROM jy JOIN yr h ON h.holds"
                + " AND h.year BETWEEN jy.year - ? AND jy.year - ? GROUP BY h.unit, h.area, jy.year"
                + " HAVING count(*) >= ?), "
                + "cd AS (SELECT c.*, " + DIRECTION + " AS dir FROM c LEFT JOIN indicator i ON i.id = c.indicator_id), "
                + "dl AS (SELECT f.unit, f.area, f.year + 1 AS year, (CASE WHEN cd.moz"
                + " THEN coalesce(b.value, 0) - coalesce(a.value, 0) ELSE b.value - a.value END) * cd.dir AS d,"
                + " rp.unit IS NOT NULL AS reported"
                + " FROM fl f CROSS JOIN cd"
                + " LEFT JOIN measured_value a ON a.municipality_id = f.area AND a.organization_id = f.unit"
                + " AND a.year = f.year - ? AND a.period = '' AND a.indicator_id = cd.indicator_id"
                + " AND a.category = cd.category"
                + " LEFT JOIN measured_value b ON b.municipality_id = f.area AND b.organization_id = f.unit"
                + " AND b.year = f.year + 1 - ? AND b.period = '' AND b.indicator_id = cd.indicator_id"
                + " AND b.category = cd.category"
                + " LEFT JOIN yr rp ON rp.unit = f.unit AND rp.year = f.year + 1 - ?), "
                + "im AS (SELECT dl.unit, dl.area, dl.year, coalesce(bool_or(d > 0), false)"
                + " AND NOT coalesce(bool_or(d < 0), false) AND bool_or(dl.reported) AS better FROM dl"
                + " GROUP BY dl.unit, dl.area, dl.year), "
                + "a1 AS (SELECT jd.area, jd.year, count(*) AS judged, count(fl.unit) AS flagged,"
                + " count(*) FILTER (WHERE jd.current) AS current FROM jd"
                + " LEFT JOIN fl ON fl.unit = jd.unit AND fl.year = jd.year GROUP BY 1, 2), "
                + "a2 AS (SELECT im.area, im.year, count(*) AS previous, count(*) FILTER (WHERE better) AS improved"
                + " FROM im GROUP BY 1, 2) "
                + "SELECT a1.area, a1.year, a1.judged, a1.flagged, coalesce(a2.previous, 0), coalesce(a2.improved, 0)"
                + " FROM a1 LEFT JOIN a2 ON a2.area = a1.area AND a2.year = a1.year"
                + " WHERE a1.current > 0 AND a1.year = ANY (?)";
        params.add(judged);
        params.add(lag);
        params.add(lag + rule.window - 1);
        params.add(lag);
        params.add(lag + rule.window - 1);
        params.add(lag);
        params.add(rule.minYears);
        params.add(lag);
        params.add(lag);
        params.add(lag);
        params.add(years);
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            bind(ps, params);
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
                        ? "scope AS NOT MATERIALIZED (SELECT o.id AS unit, o.municipality_id AS area, m.code AS mcode, m.name AS mname,"
                                + " o.code AS ocode, o.name AS oname FROM organization o"
                                + " JOIN municipality m ON m.id = o.municipality_id WHERE 1 = 1"
                        : "scope AS NOT MATERIALIZED (SELECT m.id AS unit, m.region_id AS area, m.code AS mcode, m.name AS mname,"
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

    /** Binds the parameters in order; a Long[] or Integer[] as an SQL array. */
    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Long[] ids) {
                ps.setArray(i + 1, ps.getConnection().createArrayOf("int8", ids));
            } else if (p instanceof Integer[] ints) {
                ps.setArray(i + 1, ps.getConnection().createArrayOf("int4", ints));
            } else {
                ps.setObject(i + 1, p);
            }
        }
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
