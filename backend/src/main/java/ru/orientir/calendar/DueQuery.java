package ru.orientir.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ru.orientir.calendar.DueDtos.DueItem;
import ru.orientir.calendar.DueDtos.MunicipalityCounts;
import ru.orientir.catalogue.IndicatorReach;

/**
 * The SQL of the due board: the periods due (computed from the schedules, passed as arrays) joined with the
 * municipalities whose catalogue holds each indicator ({@link IndicatorReach}), their schools and the values in;
 * status, filters, counts, order and paging in SQL.
 */
@ApplicationScoped
public class DueQuery {

    @Inject
    DataSource dataSource;

    /** What a board asks: the municipalities (null: all), the schools ("municipality/organization", null: all). */
    public record Filter(
            Collection<String> municipalities,
            Collection<String> organizations,
            LocalDate date,
            LocalDate weekEnd,
            String status) {}

    /** An indicator with a deadline rule, as the schedules need it. */
    public record Scheduled(long id, String code, String periodicity, DeadlineRule rule) {}

    /** The active indicators that have a deadline rule. */
    public List<Scheduled> scheduled() {
        return run(c -> {
            List<Scheduled> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT id, code, periodicity, deadline_kind, deadline_days, deadline_day, deadline_month"
                                    + " FROM indicator WHERE deadline_kind IS NOT NULL AND status = 'active'"
                                    + " AND derived_rule IS NULL ORDER BY code");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Scheduled(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            new DeadlineRule(
                                    rs.getString(4), (Integer) rs.getObject(5), (Integer) rs.getObject(6), (Integer)
                                            rs.getObject(7))));
                }
            }
            return out;
        });
    }

    /** Of the indicators {@code ids}, those in the catalogue of each region of the municipalities (null: all). */
    public Map<Long, List<Long>> catalogues(Collection<String> municipalities, List<Long> ids) {
        return run(c -> {
            List<Long> regions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT region_id FROM municipality"
                    + " WHERE CAST(? AS text[]) IS NULL OR code = ANY(CAST(? AS text[]))")) {
                Array codes = texts(c, municipalities);
                ps.setArray(1, codes);
                ps.setArray(2, codes);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        regions.add(rs.getLong(1));
                    }
                }
            }
            Map<Long, List<Long>> out = new LinkedHashMap<>();
            for (Long region : regions) {
                List<Long> in = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT i.id FROM indicator i WHERE i.id ="
                        + " ANY(CAST(? AS bigint[])) AND " + IndicatorReach.inCatalogueOf("i.id", "i.code"))) {
                    ps.setArray(1, c.createArrayOf("bigint", ids.toArray(new Long[0])));
                    IndicatorReach.bind(c, ps, 2, List.of(region));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            in.add(rs.getLong(1));
                        }
                    }
                }
                out.put(region, in);
            }
            return out;
        });
    }

    private static final String JUDGED =
            """
            WITH due AS (
                SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS int[]), CAST(? AS text[]),
                                     CAST(CAST(? AS text[]) AS date[]), CAST(? AS text[]))
                       AS d(indicator_id, year, period, deadline, rule)),
            cat AS (
                SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[])) AS c(region_id, indicator_id)),
            muni AS (
                SELECT m.id, m.code, m.name, m.region_id FROM municipality m
                WHERE CAST(? AS text[]) IS NULL OR m.code = ANY(CAST(? AS text[]))),
            org AS (
                SELECT o.id, o.municipality_id FROM organization o JOIN muni m ON m.id = o.municipality_id
                WHERE CAST(? AS text[]) IS NULL OR m.code || '/' || o.code = ANY(CAST(? AS text[]))),
            item AS (
                SELECT d.indicator_id, d.year, d.period, d.deadline, d.rule, m.code AS municipality,
                       m.name AS municipality_name, i.code AS indicator, i.name_ru, i.level, i.periodicity,
                       COALESCE(i.responsible,
                                CASE WHEN i.level = 'organization' THEN 'organization' ELSE 'municipality' END)
                           AS responsible,
                       CASE WHEN i.level = 'organization'
                            THEN (SELECT count(*) FROM org o WHERE o.municipality_id = m.id) ELSE 1 END AS expected,
                       CASE WHEN i.level = 'organization'
                            THEN (SELECT count(DISTINCT v.organization_id) FROM measured_value v
                                  JOIN org o ON o.id = v.organization_id
                                  WHERE v.indicator_id = d.indicator_id AND v.municipality_id = m.id
                                    AND v.year = d.year AND v.period = d.period)
                            ELSE (SELECT count(*) FROM (SELECT 1 FROM measured_value v
                                  WHERE v.indicator_id = d.indicator_id AND v.municipality_id = m.id
                                    AND v.organization_id IS NULL AND v.year = d.year AND v.period = d.period
                                  LIMIT 1) x) END AS reported
                FROM due d
                JOIN indicator i ON i.id = d.indicator_id
                JOIN cat c ON c.indicator_id = d.indicator_id
                JOIN muni m ON m.region_id = c.region_id
                WHERE CAST(? AS text[]) IS NULL OR i.level = 'organization'),
            judged AS (
                SELECT item.*,
                       CASE WHEN reported >= expected THEN 'done'
                            WHEN deadline < CAST(? AS date) THEN 'late' ELSE 'due_soon' END AS status
                FROM item WHERE expected > 0)
            """;

    private static final String PAGE = JUDGED
            + """
            SELECT indicator, name_ru, municipality, municipality_name, year, period, periodicity, deadline, rule,
                   status, CAST(? AS date) - deadline, responsible, level, expected, reported,
                   status <> 'done' AND deadline BETWEEN CAST(? AS date) AND CAST(? AS date)
            FROM judged
            WHERE CAST(? AS text) IS NULL OR status = CAST(? AS text)
            ORDER BY CASE status WHEN 'late' THEN 0 WHEN 'due_soon' THEN 1 ELSE 2 END,
                     CASE WHEN status = 'done' THEN NULL ELSE deadline END, deadline DESC,
                     municipality, indicator, year, period
            LIMIT ? OFFSET ?
            """;

    private static final String COUNTS = JUDGED
            + """
            SELECT municipality, municipality_name,
                   count(*) FILTER (WHERE status = 'late'),
                   count(*) FILTER (WHERE status = 'due_soon'),
                   count(*) FILTER (WHERE status = 'done'),
                   COALESCE(max(CAST(? AS date) - deadline) FILTER (WHERE status = 'late'), 0),
                   count(*) FILTER (WHERE status <> 'done' AND deadline BETWEEN CAST(? AS date) AND CAST(? AS date))
            FROM judged GROUP BY municipality, municipality_name ORDER BY municipality
            """;

    /** The board's counts per municipality, with the count due this week as the last element of each row. */
    public record CountRow(MunicipalityCounts counts, long dueThisWeek) {}

    /** One page of items (all of them with {@code limit} null). */
    public List<DueItem> page(
            List<Schedule.Due> due,
            Map<Long, Scheduled> indicators,
            Map<Long, List<Long>> catalogues,
            Filter f,
            Integer limit,
            int offset) {
        return run(c -> {
            try (PreparedStatement ps = c.prepareStatement(PAGE)) {
                int n = bindJudged(c, ps, due, indicators, catalogues, f);
                ps.setObject(n++, f.date());
                ps.setObject(n++, f.date());
                ps.setObject(n++, f.weekEnd());
                ps.setString(n++, f.status());
                ps.setString(n++, f.status());
                if (limit == null) {
                    ps.setNull(n++, java.sql.Types.INTEGER);
                } else {
                    ps.setInt(n++, limit);
                }
                ps.setInt(n, offset);
                List<DueItem> out = new ArrayList<>();
                String organization = single(f.organizations());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String status = rs.getString(10);
                        int days = rs.getInt(11);
                        boolean school = Periodicity.schoolYear(rs.getString(7));
                        ReportPeriod p = ReportPeriod.of(rs.getInt(5), rs.getString(6));
                        out.add(new DueItem(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                organization,
                                p.year(),
                                p.code(),
                                p.label(school),
                                rs.getString(7),
                                rs.getObject(8, LocalDate.class),
                                rs.getString(9),
                                status,
                                DueDtos.LATE.equals(status) ? days : null,
                                DueDtos.DUE_SOON.equals(status) ? -days : null,
                                rs.getString(12),
                                rs.getString(13),
                                rs.getInt(14),
                                rs.getInt(15),
                                rs.getBoolean(16)));
                    }
                }
                return out;
            }
        });
    }

    /** The counts per municipality over every filter except status. */
    public List<CountRow> counts(
            List<Schedule.Due> due, Map<Long, Scheduled> indicators, Map<Long, List<Long>> catalogues, Filter f) {
        return run(c -> {
            try (PreparedStatement ps = c.prepareStatement(COUNTS)) {
                int n = bindJudged(c, ps, due, indicators, catalogues, f);
                ps.setObject(n++, f.date());
                ps.setObject(n++, f.date());
                ps.setObject(n, f.weekEnd());
                List<CountRow> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CountRow(
                                new MunicipalityCounts(
                                        rs.getString(1),
                                        rs.getString(2),
                                        rs.getLong(3),
                                        rs.getLong(4),
                                        rs.getLong(5),
                                        rs.getInt(6)),
                                rs.getLong(7)));
                    }
                }
                return out;
            }
        });
    }

    private static String single(Collection<String> organizations) {
        if (organizations == null || organizations.size() != 1) {
            return null;
        }
        String pair = organizations.iterator().next();
        return pair.substring(pair.indexOf('/') + 1);
    }

    private static int bindJudged(
            Connection c,
            PreparedStatement ps,
            List<Schedule.Due> due,
            Map<Long, Scheduled> indicators,
            Map<Long, List<Long>> catalogues,
            Filter f)
            throws SQLException {
        int size = due.size();
        Long[] ids = new Long[size];
        Integer[] years = new Integer[size];
        String[] periods = new String[size];
        String[] deadlines = new String[size];
        String[] rules = new String[size];
        Map<Long, String> labels = new HashMap<>();
        for (int i = 0; i < size; i++) {
            Schedule.Due d = due.get(i);
            ids[i] = d.indicatorId();
            years[i] = d.period().year();
            periods[i] = d.period().code();
            deadlines[i] = d.deadline().toString();
            rules[i] = labels.computeIfAbsent(
                    d.indicatorId(), id -> indicators.get(id).rule().label());
        }
        List<Long> regionIds = new ArrayList<>();
        List<Long> indicatorIds = new ArrayList<>();
        catalogues.forEach((region, in) -> in.forEach(i -> {
            regionIds.add(region);
            indicatorIds.add(i);
        }));
        int n = 1;
        ps.setArray(n++, c.createArrayOf("bigint", ids));
        ps.setArray(n++, c.createArrayOf("int4", years));
        ps.setArray(n++, c.createArrayOf("text", periods));
        ps.setArray(n++, c.createArrayOf("text", deadlines));
        ps.setArray(n++, c.createArrayOf("text", rules));
        ps.setArray(n++, c.createArrayOf("bigint", regionIds.toArray(new Long[0])));
        ps.setArray(n++, c.createArrayOf("bigint", indicatorIds.toArray(new Long[0])));
        Array municipalities = texts(c, f.municipalities());
        ps.setArray(n++, municipalities);
        ps.setArray(n++, municipalities);
        Array organizations = texts(c, f.organizations());
        ps.setArray(n++, organizations);
        ps.setArray(n++, organizations);
        ps.setArray(n++, organizations);
        ps.setObject(n++, f.date());
        return n;
    }

    private static Array texts(Connection c, Collection<String> values) throws SQLException {
        return values == null ? null : c.createArrayOf("text", values.toArray(new String[0]));
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("due board query failed", e);
        }
    }
}
