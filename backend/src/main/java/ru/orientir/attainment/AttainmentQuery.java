package ru.orientir.attainment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ru.orientir.common.NativeSql;
import ru.orientir.facts.ReadScope;
import ru.orientir.rules.DerivedFacts;

/**
 * Reads plan and fact in one SQL statement: the scopes (indicator × municipality × organization ×
 * year × category) to report on are collected first, then each is joined once with its indicator,
 * target (the organization's own, else the municipality's target of every organization), annual
 * fact, latest baseline, reporting period and the averages of the organizations (one GROUP BY each).
 * No query per row, so a region-wide page costs the same number of round trips as a single indicator.
 */
@ApplicationScoped
public class AttainmentQuery {

    /**
     * Which rows to read; null fields do not restrict. {@code indicatorIds} and {@code municipalityIds} narrow
     * further (the school rows behind a page's municipality rows); {@code groupId} keeps only the organizations
     * of that register (municipality rows stay); {@code organizationsOnly} drops the municipality rows;
     * {@code regional} adds the regional average.
     */
    public record Filter(
            Long indicatorId,
            Long municipalityId,
            ReadScope.Condition scope,
            String area,
            String organization,
            boolean municipalityLevelOnly,
            String statusClass,
            String category,
            Long groupId,
            boolean organizationsOnly,
            Long[] indicatorIds,
            Long[] municipalityIds,
            boolean regional) {

        public Filter(
                Long indicatorId,
                Long municipalityId,
                ReadScope.Condition scope,
                String area,
                String organization,
                boolean municipalityLevelOnly,
                String statusClass) {
            this(
                    indicatorId,
                    municipalityId,
                    scope,
                    area,
                    organization,
                    municipalityLevelOnly,
                    statusClass,
                    null,
                    null,
                    false,
                    null,
                    null,
                    false);
        }

        /** The same filter for one indicator (the pages that walk the catalogue one indicator at a time). */
        Filter withIndicator(long id) {
            return new Filter(
                    id,
                    municipalityId,
                    scope,
                    area,
                    organization,
                    municipalityLevelOnly,
                    statusClass,
                    category,
                    groupId,
                    organizationsOnly,
                    indicatorIds,
                    municipalityIds,
                    regional);
        }

        /**
         * The schools behind summary rows the caller sees, for their counts: an aggregate, so a school
         * coordinator's count covers every school of its municipality, not only its own. Any status.
         */
        Filter schoolsOf(Long[] indicators, Long[] municipalities) {
            return new Filter(
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    null,
                    category,
                    groupId,
                    true,
                    indicators,
                    municipalities,
                    false);
        }
    }

    /** One scope and year as stored: the rules turn it into status, deviation and score. */
    public record Raw(
            String indicator,
            String indicatorName,
            String area,
            String unit,
            int decimals,
            String polarity,
            BigDecimal scaleMin,
            BigDecimal scaleMax,
            String bandsJson,
            String municipality,
            String municipalityName,
            String organization,
            String organizationName,
            int year,
            BigDecimal fact,
            String qualifier,
            String comparator,
            BigDecimal targetValue,
            BigDecimal targetValueTo,
            Integer baselineYear,
            BigDecimal baselineValue,
            String periodState,
            String level,
            String periodicity,
            String category,
            String targetScope,
            BigDecimal municipalAverage,
            Integer municipalAverageCount,
            BigDecimal regionalAverage,
            long indicatorId,
            long municipalityId,
            String status) {}

    /** One page of rows and the number of rows of the whole list; {@code exact} false when it is an estimate. */
    public record Page(List<Raw> rows, long total, boolean exact) {}

    /** The target's scope: the row's own, or the municipality's target of every organization. */
    public static final String OWN = "own";

    public static final String EVERY_ORGANIZATION = "every_organization";

    @Inject
    DataSource dataSource;

    @Inject
    DerivedFacts derived;

    /**
     * Rows of one year: every scope with a target, a baseline or an annual fact that year (per category),
     * every organization of the municipality where a target of every organization applies, plus, at
     * municipality level, every indicator the municipality has data for in any year (so a missing fact or
     * target shows up as no_data / no_target instead of silently disappearing) and, for an
     * organization-level indicator, every category its organizations have targets for.
     */
    public List<Raw> year(int year, Filter f) {
        return list(statusFiltered(year, f).add(" ORDER BY " + ORDER));
    }

    /**
     * One page of a year's rows filtered by status in the database, with the number of rows of the whole list counted
     * by the same statement (a window over the filtered rows: never a second statement). A caller who reads every
     * municipality and names neither a municipality nor an indicator gets the page by walking the catalogue in the
     * list's order (area, indicator), one indicator's rows at a time, until the page is full: the total is then
     * counted for the indicators read and estimated for the rest (their average), because counting the whole
     * country costs many times the page.
     */
    public Page yearPage(int year, Filter f, int limit, long offset) {
        if (!walksCatalogue(f)) {
            return onePage(year, f, limit, offset);
        }
        List<Long> indicators = indicatorsInOrder(f.area());
        List<Raw> out = new ArrayList<>();
        long skip = offset;
        long counted = 0;
        int read = 0;
        for (long id : indicators) {
            if (out.size() == limit) {
                break;
            }
            Page part = onePage(year, f.withIndicator(id), limit - out.size(), skip);
            read++;
            counted += part.total();
            out.addAll(part.rows());
            skip = Math.max(0, skip - part.total());
        }
        if (read == indicators.size()) {
            return new Page(out, counted, true);
        }
        long estimate = counted + Math.round((double) counted / read * (indicators.size() - read));
        return new Page(out, estimate, false);
    }

    /** Without a municipality or an indicator, a caller who reads every municipality: the whole country. */
    private static boolean walksCatalogue(Filter f) {
        return f.municipalityId() == null
                && f.municipalityIds() == null
                && f.indicatorId() == null
                && f.indicatorIds() == null
                && f.organization() == null
                && (f.scope() == null || !f.scope().restricts());
    }

    /** The active indicators in the list's order (area, code), of one area when given. */
    private List<Long> indicatorsInOrder(String area) {
        NativeSql sql = new NativeSql()
                .add("SELECT i.id FROM indicator i LEFT JOIN indicator_area a ON a.id = i.area_id"
                        + " WHERE i.status = 'active'");
        if (area != null) {
            sql.add(" AND (lower(a.name_ru) = lower(?) OR CAST(a.id AS text) = ?)", area, area);
        }
        sql.add(" ORDER BY a.name_ru NULLS LAST, i.code");
        return query(sql, rs -> {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        });
    }

    /**
     * Rows offset+1 .. offset+limit in the list's order and, on every row, the count of all: the first row always
     * comes along (and is dropped when before the page), so that a page past the end still knows the total.
     */
    private Page onePage(int year, Filter f, int limit, long offset) {
        NativeSql sql = new NativeSql()
                .add("SELECT * FROM (SELECT s.*, count(*) OVER () AS n_total, row_number() OVER (ORDER BY " + ORDER
                        + ") AS n_row FROM (")
                .add(statusFiltered(year, f))
                .add(
                        ") s) w WHERE w.n_row > ? AND w.n_row <= ? OR w.n_row = 1 ORDER BY w.n_row",
                        offset,
                        offset + limit);
        long[] total = {0};
        List<Raw> rows = query(sql, rs -> {
            List<Raw> out = new ArrayList<>();
            while (rs.next()) {
                total[0] = rs.getLong("n_total");
                if (rs.getLong("n_row") > offset) {
                    out.add(raw(rs));
                }
            }
            return out;
        });
        return new Page(rows, total[0], true);
    }

    /** The list's order on the columns of the rows statement (its aliases). */
    private static final String ORDER = "area_name NULLS LAST, indicator_code, municipality_name, municipality_code,"
            + " category, organization_code NULLS FIRST";

    /** A year's rows with their status, only those of the filter's status: SELECT r.* FROM (rows) r WHERE ... */
    private NativeSql statusFiltered(int year, Filter f) {
        NativeSql sql = new NativeSql()
                .add("SELECT r.* FROM (")
                .add(oneYear(rows(derivedFacts(year, f), yearKeys(year, f), f, true), year))
                .add(") r");
        if (f.statusClass() != null) {
            sql.add(" WHERE r.status = ?", f.statusClass());
        }
        return sql;
    }

    /**
     * Every organization of a municipality (or of one of its registers) for one indicator, year and
     * category, whether or not it has a value: the rows of a ranking of schools.
     */
    public List<Raw> organizations(
            long indicatorId, long municipalityId, int year, String category, Long groupId, boolean regional) {
        NativeSql keys = new NativeSql()
                .add(
                        "SELECT CAST(? AS bigint) AS indicator_id, o.municipality_id, o.id AS organization_id,"
                                + " CAST(? AS smallint) AS year, CAST(? AS varchar) AS category FROM organization o"
                                + " WHERE o.municipality_id = ?",
                        indicatorId,
                        year,
                        category,
                        municipalityId);
        if (groupId != null) {
            keys.add(
                    " AND o.id IN (SELECT organization_id FROM organization_group_member WHERE group_id = ?)", groupId);
        }
        Filter none = new Filter(null, null, null, null, null, false, null, null, null, true, null, null, regional);
        return list(rows(List.of(), keys, none, false).add(" ORDER BY o.name, o.code"));
    }

    /** A municipality's place in a ranking: codes, names and the figures shown, nothing else. */
    public record RankRow(
            String municipality,
            String municipalityName,
            BigDecimal fact,
            String comparator,
            BigDecimal value,
            BigDecimal valueTo,
            String status,
            Integer rank) {}

    /**
     * Every municipality the condition lets the caller see, ranked in SQL on one indicator and year: one year's
     * target and annual fact per municipality (the derived indicator's computed fact instead when it has one),
     * rank() by the fact in the indicator's direction (ties share a rank, those without a fact unranked), then the
     * municipalities with data of the indicator in some year or a target of their organizations (their row
     * exists: no_data or no_target), then the others, each group by name. An archived indicator ranks nobody.
     */
    public List<RankRow> ranking(
            long indicatorId,
            int year,
            boolean higher,
            boolean active,
            ReadScope.Condition visible,
            List<DerivedFacts.Fact> facts) {
        String direction = higher ? "DESC" : "ASC";
        long id = active ? indicatorId : -1; // an archived indicator's rows are not shown: nobody has a fact
        NativeSql sql = new NativeSql()
                .add("WITH ")
                .add(derivedTable(facts))
                .add("""

                SELECT m.code, m.name, f.fact, t.comparator, t.value, t.value_to, """)
                .add(AttainmentRules.statusSql(
                        "t.id IS NOT NULL", "f.fact", "t.comparator", "t.value", "t.value_to", "i.polarity"))
                .add(
                        """
                       ,
                       CASE WHEN f.fact IS NOT NULL THEN CAST(rank() OVER (ORDER BY f.fact %1$s NULLS LAST) AS integer) END AS place,
                       CASE WHEN t.id IS NOT NULL OR mv.id IS NOT NULL OR f.fact IS NOT NULL THEN true
                            ELSE EXISTS (SELECT 1 FROM target x WHERE x.municipality_id = m.id AND x.indicator_id = i.id
                                         AND x.organization_id IS NULL AND NOT x.every_organization AND x.category = '')
                              OR EXISTS (SELECT 1 FROM measured_value x WHERE x.municipality_id = m.id
                                         AND x.indicator_id = i.id AND x.organization_id IS NULL AND x.category = '')
                              OR i.level = 'organization' AND EXISTS (SELECT 1 FROM target x
                                         WHERE x.municipality_id = m.id AND x.indicator_id = i.id AND x.year = ?
                                         AND x.kind = 'target' AND x.category = ''
                                         AND (x.organization_id IS NOT NULL OR x.every_organization))
                       END AS listed
                FROM municipality m
                LEFT JOIN indicator i ON i.id = ?
                LEFT JOIN target t ON t.municipality_id = m.id AND t.indicator_id = i.id AND t.organization_id IS NULL
                     AND NOT t.every_organization AND t.year = ? AND t.kind = 'target' AND t.category = ''
                LEFT JOIN measured_value mv ON mv.municipality_id = m.id AND mv.indicator_id = i.id
                     AND mv.organization_id IS NULL AND mv.year = ? AND mv.period = '' AND mv.category = ''
                LEFT JOIN dv ON dv.municipality_id = m.id AND dv.indicator_id = i.id
                CROSS JOIN LATERAL (SELECT COALESCE(dv.value, mv.value) AS fact) f
                WHERE """
                                .formatted(direction),
                        year,
                        id,
                        year,
                        year)
                .add(" " + visible.clause(), visible.sqlParams().toArray())
                .add(" ORDER BY f.fact " + direction + " NULLS LAST, listed DESC, m.name, m.code");
        return query(sql, rs -> {
            List<RankRow> out = new ArrayList<>();
            while (rs.next()) {
                boolean listed = rs.getBoolean(9);
                out.add(new RankRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getBigDecimal(3),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        listed ? rs.getString(7) : AttainmentRules.NO_TARGET,
                        (Integer) rs.getObject(8, Integer.class)));
            }
            return out;
        });
    }

    /** The data version (see db/changes/140-data-version.sql): it grows with every committed change of the figures. */
    public long dataVersion() {
        return query(
                new NativeSql().add("SELECT version FROM data_version WHERE id = 1"),
                rs -> rs.next() ? rs.getLong(1) : 0);
    }

    /** Every year with a fact, a target or a baseline of one indicator for one municipality (or organization). */
    public List<Raw> series(
            long indicatorId,
            long municipalityId,
            Long organizationId,
            String category,
            Integer yearFrom,
            Integer yearTo) {
        NativeSql keys = new NativeSql();
        String[] tables = {
            "target WHERE NOT every_organization",
            "measured_value WHERE period = ''",
            // an organization's years include those of the municipality's targets of every organization
            "target WHERE every_organization AND kind = 'target'"
        };
        int parts = organizationId == null ? 2 : 3;
        for (int n = 0; n < parts; n++) {
            keys.add(n == 0 ? "" : " UNION ")
                    .add(
                            "SELECT indicator_id, municipality_id, CAST(? AS bigint) AS organization_id, year,"
                                    + " category FROM " + tables[n],
                            organizationId)
                    .add(
                            " AND indicator_id = ? AND municipality_id = ? AND category = ?",
                            indicatorId,
                            municipalityId,
                            category);
            if (n < 2) {
                if (organizationId == null) {
                    keys.add(" AND organization_id IS NULL");
                } else {
                    keys.add(" AND organization_id = ?", organizationId);
                }
            }
            if (yearFrom != null) {
                keys.add(" AND year >= ?", yearFrom);
            }
            if (yearTo != null) {
                keys.add(" AND year <= ?", yearTo);
            }
        }
        List<DerivedFacts.Fact> facts = List.of();
        if (organizationId == null && category.isEmpty()) {
            // the years of a derived indicator's computed facts
            facts = derived.facts(new Long[] {indicatorId}, new Long[] {municipalityId}, null, yearFrom, yearTo);
            keys.add(
                    " UNION SELECT indicator_id, municipality_id, organization_id, year, category FROM dv"
                            + " WHERE indicator_id = ? AND municipality_id = ?",
                    indicatorId,
                    municipalityId);
        }
        // an archived indicator keeps its history
        Filter none = new Filter(null, null, null, null, null, false, null);
        return list(rows(facts, keys, none, false).add(" ORDER BY k.year"));
    }

    private static NativeSql yearKeys(int year, Filter f) {
        NativeSql keys = new NativeSql();
        keys.add(
                        "SELECT indicator_id, municipality_id, organization_id, CAST(? AS smallint) AS year, category"
                                + " FROM target WHERE year = ? AND NOT every_organization",
                        year,
                        year)
                .add(keyFilter(f, Part.ANY));
        keys.add(
                        " UNION SELECT indicator_id, municipality_id, organization_id, CAST(? AS smallint), category"
                                + " FROM measured_value WHERE year = ? AND period = ''",
                        year,
                        year)
                .add(keyFilter(f, Part.ANY));
        if (!f.municipalityLevelOnly()) {
            // every organization of the municipality where its target of every organization applies
            keys.add(
                            " UNION SELECT e.indicator_id, e.municipality_id, e.organization_id, CAST(? AS smallint),"
                                    + " e.category FROM (SELECT s.indicator_id, s.municipality_id, o.id AS"
                                    + " organization_id, s.category FROM (SELECT indicator_id, municipality_id, category"
                                    + " FROM target WHERE year = ? AND every_organization AND kind = 'target'",
                            year,
                            year)
                    .add(keyFilter(f, Part.EVERY))
                    .add(") s JOIN organization o ON o.municipality_id = s.municipality_id")
                    .add(organizationFilter(f, "o.id"))
                    // the organizations the caller may read (a school coordinator: its own)
                    .add(") e WHERE 1 = 1")
                    .add(scopeFilter(f));
        }
        if (f.organization() == null && !f.organizationsOnly()) {
            // (a target of every organization is not the municipality's own: its rows come from the part below).
            // Which pairs have data in some year is asked of each candidate pair by an index probe (EXISTS), not
            // by reading every year's keys
            NativeSql category =
                    f.category() == null ? new NativeSql() : new NativeSql().add(" AND x.category = ?", f.category());
            keys.add(
                            " UNION SELECT p.indicator_id, p.municipality_id, p.organization_id, CAST(? AS smallint),"
                                    + " CAST('' AS varchar) FROM (SELECT i.id AS indicator_id, m.id AS municipality_id,"
                                    + " CAST(NULL AS bigint) AS organization_id FROM indicator i CROSS JOIN"
                                    + " municipality m) p WHERE true",
                            year)
                    .add(keyFilter(f, Part.PAIR))
                    .add(" AND (EXISTS (SELECT 1 FROM target x WHERE x.municipality_id = p.municipality_id"
                            + " AND x.indicator_id = p.indicator_id AND x.organization_id IS NULL"
                            + " AND NOT x.every_organization")
                    .add(category)
                    .add(") OR EXISTS (SELECT 1 FROM measured_value x WHERE x.municipality_id = p.municipality_id"
                            + " AND x.indicator_id = p.indicator_id AND x.organization_id IS NULL")
                    .add(category)
                    .add("))");
            keys.add(
                            " UNION SELECT indicator_id, municipality_id, CAST(NULL AS bigint), CAST(? AS smallint),"
                                    + " CAST('' AS varchar) FROM dv WHERE organization_id IS NULL",
                            year)
                    .add(keyFilter(f, Part.MUNICIPALITY));
            // the municipality row of an organization-level indicator per category its organizations have
            // targets for: it carries the count of schools that met them
            keys.add(
                            " UNION SELECT indicator_id, municipality_id, CAST(NULL AS bigint), CAST(? AS smallint),"
                                    + " category FROM target WHERE year = ? AND kind = 'target'"
                                    + " AND (organization_id IS NOT NULL OR every_organization)"
                                    + " AND indicator_id IN (SELECT id FROM indicator WHERE level = 'organization')",
                            year,
                            year)
                    .add(keyFilter(f, Part.MUNICIPALITY));
        }
        return keys;
    }

    /** Which key part a condition is for: rows of any scope, municipality rows, or targets of every organization. */
    private enum Part {
        ANY,
        MUNICIPALITY,
        EVERY,
        /** candidate (indicator, municipality) pairs: no category column */
        PAIR
    }

    /** Conditions on the key tables themselves, so that indexes on (municipality, indicator) narrow the scan. */
    private static NativeSql keyFilter(Filter f, Part part) {
        NativeSql sql = new NativeSql();
        if (f.indicatorId() != null) {
            sql.add(" AND indicator_id = ?", f.indicatorId());
        }
        if (f.indicatorIds() != null) {
            sql.add(" AND indicator_id = ANY (?)", (Object) f.indicatorIds());
        }
        if (f.municipalityId() != null) {
            sql.add(" AND municipality_id = ?", f.municipalityId());
        }
        if (f.municipalityIds() != null) {
            sql.add(" AND municipality_id = ANY (?)", (Object) f.municipalityIds());
        }
        if (f.category() != null && part != Part.PAIR) {
            sql.add(" AND category = ?", f.category());
        }
        sql.add(scopeFilter(f));
        if (part != Part.ANY) {
            return sql;
        }
        if (f.municipalityLevelOnly()) {
            sql.add(" AND organization_id IS NULL");
        } else if (f.organization() != null || f.organizationsOnly()) {
            sql.add(" AND organization_id IS NOT NULL").add(organizationFilter(f, "organization_id"));
        } else if (f.groupId() != null) {
            sql.add(
                    " AND (organization_id IS NULL OR organization_id IN"
                            + " (SELECT organization_id FROM organization_group_member WHERE group_id = ?))",
                    f.groupId());
        }
        return sql;
    }

    /** The caller's read scope on the key's municipality_id and organization_id. */
    private static NativeSql scopeFilter(Filter f) {
        NativeSql sql = new NativeSql();
        if (f.scope() != null && f.scope().restricts()) {
            sql.add(" AND " + f.scope().clause(), f.scope().sqlParams().toArray());
        }
        return sql;
    }

    /** The organization code and register conditions on an organization id column. */
    private static NativeSql organizationFilter(Filter f, String column) {
        NativeSql sql = new NativeSql();
        if (f.organization() != null) {
            sql.add(" AND " + column + " IN (SELECT id FROM organization WHERE code = ?)", f.organization());
        }
        if (f.groupId() != null) {
            sql.add(
                    " AND " + column + " IN (SELECT organization_id FROM organization_group_member WHERE group_id = ?)",
                    f.groupId());
        }
        return sql;
    }

    private static final String TARGET = "CASE WHEN t.id IS NOT NULL THEN t.%1$s ELSE ts.%1$s END";

    /**
     * The computed facts of the derived indicators a year's rows may show: none when the filter asks only for
     * organizations or for a category (a derived fact is the municipality's total).
     */
    private List<DerivedFacts.Fact> derivedFacts(int year, Filter f) {
        if (f.organization() != null
                || f.organizationsOnly()
                || f.category() != null && !f.category().isEmpty()) {
            return List.of();
        }
        Long[] indicators = f.indicatorId() != null ? new Long[] {f.indicatorId()} : f.indicatorIds();
        Long[] municipalities = f.municipalityId() != null ? new Long[] {f.municipalityId()} : f.municipalityIds();
        return derived.facts(indicators, municipalities, new Integer[] {year}, null, null);
    }

    /** The computed facts of one indicator (when derived) for one year, every municipality. */
    List<DerivedFacts.Fact> derivedFacts(long indicatorId, int year) {
        return derived.facts(new Long[] {indicatorId}, null, new Integer[] {year}, null, null);
    }

    /** The derived facts as a table dv (indicator_id, municipality_id, organization_id, year, category, value). */
    private static NativeSql derivedTable(List<DerivedFacts.Fact> facts) {
        return new NativeSql()
                .add("dv AS (SELECT d.indicator_id, d.municipality_id, CAST(NULL AS bigint) AS organization_id,"
                        + " CAST(d.year AS smallint) AS year, CAST('' AS varchar) AS category, d.value FROM ")
                .add(DerivedFacts.table(facts))
                .add(")");
    }

    /**
     * A key's own target (t), its municipality's target of every organization (ts) and its annual fact (mv) over the
     * keys k: which target applies to a row, in one place for the list and {@link KeyStatuses}.
     */
    static final String TARGET_AND_FACT =
            """
                LEFT JOIN target t ON t.indicator_id = k.indicator_id AND t.municipality_id = k.municipality_id
                     AND t.organization_id IS NOT DISTINCT FROM k.organization_id AND NOT t.every_organization
                     AND t.year = k.year AND t.kind = 'target' AND t.category = k.category
                LEFT JOIN target ts ON k.organization_id IS NOT NULL AND ts.every_organization
                     AND ts.indicator_id = k.indicator_id AND ts.municipality_id = k.municipality_id
                     AND ts.year = k.year AND ts.kind = 'target' AND ts.category = k.category
                LEFT JOIN measured_value mv ON mv.indicator_id = k.indicator_id AND mv.municipality_id = k.municipality_id
                     AND mv.organization_id IS NOT DISTINCT FROM k.organization_id AND mv.year = k.year
                     AND mv.period = '' AND mv.category = k.category
                """;

    /** A row's fact: the derived indicator's computed one, else the stored one. */
    private static final String FACT = "COALESCE(dvf.value, mv.value)";

    /** The row's status by {@link AttainmentRules#statusSql}: the target is the row's own, else that of every organization. */
    private static final String STATUS = AttainmentRules.statusSql(
            "t.id IS NOT NULL OR ts.id IS NOT NULL",
            FACT,
            TARGET.formatted("comparator"),
            TARGET.formatted("value"),
            TARGET.formatted("value_to"),
            "i.polarity");

    /**
     * The rows statement of one year with the year as a constant in every join (a literal: a year is a validated
     * int), so that the planner prunes the value partitions and probes the indexes on it, not on a runtime value.
     */
    private static NativeSql oneYear(NativeSql rows, int year) {
        String y = "CAST(" + year + " AS smallint)";
        String text = rows.text
                .toString()
                .replace("= k.year", "= " + y)
                .replace("sk.year = mv.year", "sk.year = mv.year AND mv.year = " + y)
                .replace("sr.year = mv.year", "sr.year = mv.year AND mv.year = " + y);
        rows.text.setLength(0);
        rows.text.append(text);
        return rows;
    }

    private static NativeSql rows(List<DerivedFacts.Fact> facts, NativeSql keys, Filter f, boolean activeOnly) {
        NativeSql sql = new NativeSql()
                .add("WITH ")
                .add(derivedTable(facts))
                .add("""
                , k AS (""")
                .add(keys)
                .add(
                        """
                ),
                sk AS (SELECT DISTINCT indicator_id, municipality_id, year, category FROM k
                       WHERE organization_id IS NOT NULL),
                ma AS (SELECT mv.indicator_id, mv.municipality_id, mv.year, mv.category,
                              round(avg(mv.value), 6) AS mean, CAST(count(*) AS integer) AS n
                       FROM measured_value mv
                       JOIN sk ON sk.indicator_id = mv.indicator_id AND sk.municipality_id = mv.municipality_id
                            AND sk.year = mv.year AND sk.category = mv.category
                       WHERE mv.period = '' AND mv.organization_id IS NOT NULL
                       GROUP BY mv.indicator_id, mv.municipality_id, mv.year, mv.category)""");
        if (f.regional()) {
            sql.add(
                    """
                ,
                sr AS (SELECT DISTINCT sk.indicator_id, mu.region_id, sk.year, sk.category FROM sk
                       JOIN municipality mu ON mu.id = sk.municipality_id),
                ra AS (SELECT mv.indicator_id, mu.region_id, mv.year, mv.category, round(avg(mv.value), 6) AS mean
                       FROM measured_value mv
                       JOIN municipality mu ON mu.id = mv.municipality_id
                       JOIN sr ON sr.indicator_id = mv.indicator_id AND sr.region_id = mu.region_id
                            AND sr.year = mv.year AND sr.category = mv.category
                       WHERE mv.period = '' AND mv.organization_id IS NOT NULL
                       GROUP BY mv.indicator_id, mu.region_id, mv.year, mv.category)""");
        }
        sql.add(
                        """

                SELECT i.code AS indicator_code, i.name_ru, a.name_ru AS area_name, i.unit, i.decimals, i.polarity,
                       i.scale_min, i.scale_max, CAST(i.bands AS text), m.code AS municipality_code,
                       m.name AS municipality_name, o.code AS organization_code, o.name, k.year, COALESCE(dvf.value, mv.value),
                       CASE WHEN dvf.value IS NULL THEN mv.qualifier END,
                """)
                .add(TARGET.formatted("comparator") + ", " + TARGET.formatted("value") + ", "
                        + TARGET.formatted("value_to"))
                .add(
                        """
                       , b.year, b.value, COALESCE(rp.state, 'open'), i.level, i.periodicity, k.category,
                       CASE WHEN t.id IS NOT NULL THEN 'own' WHEN ts.id IS NOT NULL THEN 'every_organization' END,
                       ma.mean, ma.n, """)
                .add(f.regional() ? "ra.mean" : "CAST(NULL AS numeric)")
                .add("""
                       , i.id, m.id, """)
                .add(STATUS)
                .add(
                        """
                 AS status
                FROM k
                JOIN indicator i ON i.id = k.indicator_id
                LEFT JOIN indicator_area a ON a.id = i.area_id
                JOIN municipality m ON m.id = k.municipality_id
                LEFT JOIN organization o ON o.id = k.organization_id
                """)
                .add(TARGET_AND_FACT)
                .add(
                        """
                LEFT JOIN dv dvf ON k.organization_id IS NULL AND k.category = '' AND dvf.indicator_id = k.indicator_id
                     AND dvf.municipality_id = k.municipality_id AND dvf.year = k.year
                LEFT JOIN LATERAL (
                     SELECT bt.year, bt.value FROM target bt
                     WHERE bt.indicator_id = k.indicator_id AND bt.municipality_id = k.municipality_id
                       AND bt.kind = 'baseline' AND bt.year <= k.year AND bt.category = k.category
                       AND (bt.organization_id IS NOT DISTINCT FROM k.organization_id AND NOT bt.every_organization
                            OR k.organization_id IS NOT NULL AND bt.every_organization)
                     ORDER BY bt.year DESC, bt.every_organization LIMIT 1) b ON true
                LEFT JOIN reporting_period rp ON rp.municipality_id = k.municipality_id AND rp.year = k.year AND rp.period = ''
                LEFT JOIN ma ON k.organization_id IS NOT NULL AND ma.indicator_id = k.indicator_id
                     AND ma.municipality_id = k.municipality_id AND ma.year = k.year AND ma.category = k.category
                """);
        if (f.regional()) {
            sql.add(
                    """
                LEFT JOIN ra ON k.organization_id IS NOT NULL AND ra.indicator_id = k.indicator_id
                     AND ra.region_id = m.region_id AND ra.year = k.year AND ra.category = k.category
                """);
        }
        sql.add(" WHERE true");
        if (activeOnly) {
            sql.add(" AND i.status = 'active'");
        }
        if (f.category() != null) {
            sql.add(" AND k.category = ?", f.category());
        }
        if (f.area() != null) {
            sql.add(" AND (lower(a.name_ru) = lower(?) OR CAST(a.id AS text) = ?)", f.area(), f.area());
        }
        return sql;
    }

    private List<Raw> list(NativeSql sql) {
        return query(sql, rs -> {
            List<Raw> out = new ArrayList<>();
            while (rs.next()) {
                out.add(raw(rs));
            }
            return out;
        });
    }

    private static Raw raw(ResultSet rs) throws SQLException {
        int c = 0;
        return new Raw(
                rs.getString(++c),
                rs.getString(++c),
                rs.getString(++c),
                rs.getString(++c),
                rs.getInt(++c),
                rs.getString(++c),
                rs.getBigDecimal(++c),
                rs.getBigDecimal(++c),
                rs.getString(++c),
                rs.getString(++c),
                rs.getString(++c),
                rs.getString(++c),
                rs.getString(++c),
                rs.getInt(++c),
                rs.getBigDecimal(++c),
                rs.getString(++c),
                rs.getString(++c),
                rs.getBigDecimal(++c),
                rs.getBigDecimal(++c),
                (Integer) rs.getObject(++c, Integer.class),
                rs.getBigDecimal(++c),
                rs.getString(++c),
                rs.getString(++c),
                rs.getString(++c),
                rs.getString(++c),
                rs.getString(++c),
                rs.getBigDecimal(++c),
                (Integer) rs.getObject(++c, Integer.class),
                rs.getBigDecimal(++c),
                rs.getLong(++c),
                rs.getLong(++c),
                rs.getString(++c));
    }

    private <T> T query(NativeSql sql, NativeSql.Reader<T> reader) {
        return sql.query(dataSource, "attainment query", reader);
    }
}
