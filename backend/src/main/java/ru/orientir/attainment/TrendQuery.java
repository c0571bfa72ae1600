package ru.orientir.attainment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ru.orientir.common.NativeSql;
import ru.orientir.facts.ReadScope;
import ru.orientir.rules.DerivedFacts;

/**
 * The trends of a whole attainment view in two statements: every indicator × category × year of one
 * municipality (or one organization) with its annual fact, target and the mean of the schools, and, for the
 * municipality's organization-level indicators, its schools grouped by their target and fact (the rules then
 * count how many met). The years with data in one more. Never a query per row.
 */
@ApplicationScoped
public class TrendQuery {

    /** One indicator, category and year as stored. */
    public record Point(
            long indicatorId,
            String indicator,
            String polarity,
            String periodicity,
            int year,
            String category,
            BigDecimal fact,
            String qualifier,
            String comparator,
            BigDecimal targetValue,
            BigDecimal targetValueTo,
            BigDecimal municipalAverage,
            Integer municipalAverageCount) {}

    /** How many schools of an indicator, category and year have this target and this fact (null: none). */
    public record Schools(
            String indicator,
            String polarity,
            int year,
            String category,
            String comparator,
            BigDecimal targetValue,
            BigDecimal targetValueTo,
            BigDecimal fact,
            int count) {}

    /** A year with values or targets, and its reporting period's state. */
    public record Year(int year, long values, long targets, String state) {}

    @Inject
    DataSource dataSource;

    private static final String OWN_TARGET = "CASE WHEN t.id IS NOT NULL THEN t.%1$s ELSE ts.%1$s END";

    /**
     * Every indicator × category × year (active indicators) of the municipality as a whole ({@code
     * organizationId} null) or of one organization: the years with its own target, its annual value, a
     * derived fact, and for organization-level indicators the years with school values or school targets.
     */
    public List<Point> points(
            long municipalityId, Long organizationId, int from, int to, List<DerivedFacts.Fact> derived) {
        boolean whole = organizationId == null;
        NativeSql own = whole
                ? new NativeSql().add("organization_id IS NULL")
                : new NativeSql().add("organization_id = ?", organizationId);
        NativeSql sql = new NativeSql()
                .add("WITH dv AS (SELECT d.indicator_id, CAST(d.year AS smallint) AS year, CAST('' AS varchar) AS"
                        + " category, d.value FROM ")
                .add(DerivedFacts.table(derived))
                .add("),")
                .add(
                        " k AS (SELECT indicator_id, year, category FROM target WHERE municipality_id = ? AND ",
                        municipalityId)
                .add(own)
                .add(" AND NOT every_organization AND kind = 'target' AND year BETWEEN ? AND ?", from, to)
                .add(
                        " UNION SELECT indicator_id, year, category FROM measured_value WHERE municipality_id = ? AND ",
                        municipalityId)
                .add(own)
                .add(" AND period = '' AND year BETWEEN ? AND ?", from, to)
                .add(" UNION SELECT indicator_id, year, category FROM dv");
        if (whole) {
            // an organization-level indicator's years: those of its schools' values and targets
            sql.add(
                    " UNION SELECT indicator_id, year, category FROM measured_value WHERE municipality_id = ?"
                            + " AND organization_id IS NOT NULL AND period = '' AND year BETWEEN ? AND ?"
                            + " AND indicator_id IN (SELECT id FROM indicator WHERE level = 'organization')",
                    municipalityId,
                    from,
                    to);
            sql.add(
                    " UNION SELECT indicator_id, year, category FROM target WHERE municipality_id = ?"
                            + " AND (organization_id IS NOT NULL OR every_organization) AND kind = 'target'"
                            + " AND year BETWEEN ? AND ?"
                            + " AND indicator_id IN (SELECT id FROM indicator WHERE level = 'organization')",
                    municipalityId,
                    from,
                    to);
        } else {
            // an organization's years include those of the municipality's targets of every organization
            sql.add(
                    " UNION SELECT indicator_id, year, category FROM target WHERE municipality_id = ?"
                            + " AND every_organization AND kind = 'target' AND year BETWEEN ? AND ?",
                    municipalityId,
                    from,
                    to);
        }
        sql.add(
                "), ma AS (SELECT indicator_id, year, category, round(avg(value), 6) AS mean,"
                        + " CAST(count(*) AS integer) AS n FROM measured_value WHERE municipality_id = ?"
                        + " AND organization_id IS NOT NULL AND period = '' AND year BETWEEN ? AND ?"
                        + " AND indicator_id IN (SELECT id FROM indicator WHERE level = 'organization')"
                        + " GROUP BY indicator_id, year, category)",
                municipalityId,
                from,
                to);
        sql.add(" SELECT i.id, i.code, i.polarity, i.periodicity, k.year, k.category, COALESCE(dvf.value, mv.value),"
                        + " CASE WHEN dvf.value IS NULL THEN mv.qualifier END, ")
                .add(
                        whole
                                ? "t.comparator, t.value, t.value_to"
                                : OWN_TARGET.formatted("comparator") + ", " + OWN_TARGET.formatted("value") + ", "
                                        + OWN_TARGET.formatted("value_to"))
                .add(", ma.mean, ma.n FROM k JOIN indicator i ON i.id = k.indicator_id AND i.status = 'active'")
                .add(
                        " LEFT JOIN measured_value mv ON mv.municipality_id = ? AND mv.indicator_id = k.indicator_id",
                        municipalityId)
                .add(" AND mv." + own.text, own.params.toArray())
                .add(" AND mv.year = k.year AND mv.period = '' AND mv.category = k.category")
                .add(" LEFT JOIN target t ON t.municipality_id = ? AND t.indicator_id = k.indicator_id", municipalityId)
                .add(" AND t." + own.text, own.params.toArray())
                .add(" AND NOT t.every_organization AND t.kind = 'target' AND t.year = k.year"
                        + " AND t.category = k.category");
        if (!whole) {
            sql.add(
                    " LEFT JOIN target ts ON ts.municipality_id = ? AND ts.indicator_id = k.indicator_id"
                            + " AND ts.every_organization AND ts.kind = 'target' AND ts.year = k.year"
                            + " AND ts.category = k.category",
                    municipalityId);
        }
        sql.add(" LEFT JOIN dv dvf ON k.category = '' AND dvf.indicator_id = k.indicator_id AND dvf.year = k.year")
                .add(" LEFT JOIN ma ON ma.indicator_id = k.indicator_id AND ma.year = k.year"
                        + " AND ma.category = k.category")
                .add(" ORDER BY i.code, k.category, k.year");
        return query(sql, rs -> {
            List<Point> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Point(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getBigDecimal(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getBigDecimal(10),
                        rs.getBigDecimal(11),
                        rs.getBigDecimal(12),
                        rs.getObject(13, Integer.class)));
            }
            return out;
        });
    }

    /**
     * The schools of the municipality (of the register {@code groupId}) with a target of an active
     * organization-level indicator — their own, else the municipality's target of every organization — grouped
     * by indicator, category, year, target and fact.
     */
    public List<Schools> schools(long municipalityId, Long groupId, int from, int to) {
        NativeSql sql = new NativeSql()
                .add(
                        "WITH st AS (SELECT indicator_id, organization_id, year, category FROM target"
                                + " WHERE municipality_id = ? AND organization_id IS NOT NULL AND kind = 'target'"
                                + " AND year BETWEEN ? AND ?"
                                + " UNION SELECT e.indicator_id, o.id, e.year, e.category FROM target e"
                                + " JOIN organization o ON o.municipality_id = e.municipality_id"
                                + " WHERE e.municipality_id = ? AND e.every_organization AND e.kind = 'target'"
                                + " AND e.year BETWEEN ? AND ?)",
                        municipalityId,
                        from,
                        to,
                        municipalityId,
                        from,
                        to)
                .add(" SELECT i.code, i.polarity, st.year, st.category, ")
                .add(OWN_TARGET.formatted("comparator") + ", " + OWN_TARGET.formatted("value") + ", "
                        + OWN_TARGET.formatted("value_to"))
                .add(
                        ", mv.value, CAST(count(*) AS integer) FROM st"
                                + " JOIN indicator i ON i.id = st.indicator_id AND i.status = 'active' AND i.level = 'organization'")
                .add(
                        " LEFT JOIN target t ON t.municipality_id = ? AND t.indicator_id = st.indicator_id"
                                + " AND t.organization_id = st.organization_id AND NOT t.every_organization"
                                + " AND t.kind = 'target' AND t.year = st.year AND t.category = st.category",
                        municipalityId)
                .add(
                        " LEFT JOIN target ts ON ts.municipality_id = ? AND ts.indicator_id = st.indicator_id"
                                + " AND ts.every_organization AND ts.kind = 'target' AND ts.year = st.year"
                                + " AND ts.category = st.category",
                        municipalityId)
                .add(
                        " LEFT JOIN measured_value mv ON mv.municipality_id = ? AND mv.indicator_id = st.indicator_id"
                                + " AND mv.organization_id = st.organization_id AND mv.year = st.year"
                                + " AND mv.period = '' AND mv.category = st.category",
                        municipalityId);
        if (groupId != null) {
            sql.add(
                    " WHERE st.organization_id IN (SELECT organization_id FROM organization_group_member"
                            + " WHERE group_id = ?)",
                    groupId);
        }
        sql.add(" GROUP BY 1, 2, 3, 4, 5, 6, 7, 8");
        return query(sql, rs -> {
            List<Schools> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Schools(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        rs.getBigDecimal(8),
                        rs.getInt(9)));
            }
            return out;
        });
    }

    /**
     * The years with values or targets of the municipality (of one organization, else the rows {@code scope}
     * lets the caller read), newest first, with the state of the year's reporting period.
     */
    public List<Year> years(long municipalityId, Long organizationId, ReadScope.Condition scope) {
        NativeSql rows = new NativeSql().add(" WHERE municipality_id = ?", municipalityId);
        if (organizationId != null) {
            rows.add(" AND organization_id = ?", organizationId);
        } else if (scope.restricts()) {
            rows.add(" AND " + scope.clause(), scope.sqlParams().toArray());
        }
        NativeSql sql = new NativeSql()
                .add("SELECT y.year, sum(y.v), sum(y.t), COALESCE(rp.state, 'open') FROM (")
                .add("SELECT year, count(*) AS v, 0 AS t FROM measured_value")
                .add(rows)
                .add(" GROUP BY year UNION ALL SELECT year, 0, count(*) FROM target")
                .add(rows)
                .add(
                        " GROUP BY year) y LEFT JOIN reporting_period rp ON rp.municipality_id = ? AND rp.year = y.year"
                                + " AND rp.period = ''",
                        municipalityId)
                .add(" GROUP BY y.year, rp.state ORDER BY y.year DESC");
        return query(sql, rs -> {
            List<Year> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Year(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
            }
            return out;
        });
    }

    private <T> T query(NativeSql sql, NativeSql.Reader<T> reader) {
        return sql.query(dataSource, "trend query", reader);
    }
}
