package ru.orientir.attainment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import ru.orientir.facts.ReadScope;

/**
 * Reads plan and fact in one SQL statement: the scopes (indicator × municipality × organization ×
 * year) to report on are collected first, then each is joined once with its indicator, target,
 * annual fact, latest baseline and reporting period. No query per row, so a region-wide page costs
 * the same number of round trips as a single indicator.
 */
@ApplicationScoped
public class AttainmentQuery {

    /** Which rows to read; null fields do not restrict. */
    public record Filter(
            Long indicatorId,
            Long municipalityId,
            ReadScope.Condition scope,
            String area,
            String organization,
            boolean municipalityLevelOnly,
            String statusClass) {}

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
            String periodState) {}

    @Inject
    DataSource dataSource;

    /**
     * Rows of one year: every scope with a target, a baseline or an annual fact that year, plus, at
     * municipality level, every indicator the municipality has data for in any year (so a missing
     * fact or target shows up as no_data / no_target instead of silently disappearing).
     */
    public List<Raw> year(int year, Filter f, Integer limit, Integer offset) {
        Sql keys = yearKeys(year, f);
        Sql sql = rows(keys, f, true);
        sql.add(" ORDER BY a.name_ru NULLS LAST, i.code, m.name, m.code, o.code NULLS FIRST");
        if (limit != null) {
            sql.add(" LIMIT ? OFFSET ?", limit, offset);
        }
        return list(sql);
    }

    public long countYear(int year, Filter f) {
        Sql sql = new Sql()
                .add("SELECT count(*) FROM (")
                .add(rows(yearKeys(year, f), f, true))
                .add(") counted");
        return query(sql, rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    /** Every year with a fact, a target or a baseline of one indicator for one municipality (or organization). */
    public List<Raw> series(
            long indicatorId, long municipalityId, Long organizationId, Integer yearFrom, Integer yearTo) {
        Sql keys = new Sql();
        String[] tables = {"target WHERE true", "measured_value WHERE period = '' AND category = ''"};
        for (int n = 0; n < tables.length; n++) {
            keys.add(n == 0 ? "" : " UNION ")
                    .add("SELECT indicator_id, municipality_id, organization_id, year FROM " + tables[n])
                    .add(" AND indicator_id = ? AND municipality_id = ?", indicatorId, municipalityId);
            if (organizationId == null) {
                keys.add(" AND organization_id IS NULL");
            } else {
                keys.add(" AND organization_id = ?", organizationId);
            }
            if (yearFrom != null) {
                keys.add(" AND year >= ?", yearFrom);
            }
            if (yearTo != null) {
                keys.add(" AND year <= ?", yearTo);
            }
        }
        // an archived indicator keeps its history
        Filter none = new Filter(null, null, null, null, null, false, null);
        return list(rows(keys, none, false).add(" ORDER BY k.year"));
    }

    private static Sql yearKeys(int year, Filter f) {
        Sql keys = new Sql();
        keys.add(
                        "SELECT indicator_id, municipality_id, organization_id, CAST(? AS smallint) AS year FROM target"
                                + " WHERE year = ?",
                        year,
                        year)
                .add(keyFilter(f, false));
        keys.add(
                        " UNION SELECT indicator_id, municipality_id, organization_id, CAST(? AS smallint) FROM measured_value"
                                + " WHERE year = ? AND period = '' AND category = ''",
                        year,
                        year)
                .add(keyFilter(f, false));
        if (f.organization() == null) {
            for (String table : List.of("target", "measured_value")) {
                keys.add(
                                " UNION SELECT indicator_id, municipality_id, CAST(NULL AS bigint), CAST(? AS smallint)"
                                        + " FROM " + table + " WHERE organization_id IS NULL",
                                year)
                        .add(keyFilter(f, true));
            }
        }
        return keys;
    }

    /** Conditions on the key tables themselves, so that indexes on (municipality, indicator) narrow the scan. */
    private static Sql keyFilter(Filter f, boolean municipalityLevel) {
        Sql sql = new Sql();
        if (f.indicatorId() != null) {
            sql.add(" AND indicator_id = ?", f.indicatorId());
        }
        if (f.municipalityId() != null) {
            sql.add(" AND municipality_id = ?", f.municipalityId());
        }
        if (f.scope() != null && f.scope().restricts()) {
            sql.add(
                    " AND municipality_id IN (SELECT id FROM municipality WHERE "
                            + f.scope().clause() + ")",
                    f.scope().sqlParams().toArray());
        }
        if (f.organization() != null) {
            sql.add(" AND organization_id IN (SELECT id FROM organization WHERE code = ?)", f.organization());
        } else if (f.municipalityLevelOnly() && !municipalityLevel) {
            sql.add(" AND organization_id IS NULL");
        }
        return sql;
    }

    private static Sql rows(Sql keys, Filter f, boolean activeOnly) {
        Sql sql = new Sql()
                .add("""
                WITH k AS (""")
                .add(keys)
                .add(
                        """
                )
                SELECT i.code, i.name_ru, a.name_ru, i.unit, i.decimals, i.polarity, i.scale_min, i.scale_max,
                       CAST(i.bands AS text), m.code, m.name, o.code, o.name, k.year, mv.value, mv.qualifier,
                       t.comparator, t.value, t.value_to, b.year, b.value, COALESCE(rp.state, 'open')
                FROM k
                JOIN indicator i ON i.id = k.indicator_id
                LEFT JOIN indicator_area a ON a.id = i.area_id
                JOIN municipality m ON m.id = k.municipality_id
                LEFT JOIN organization o ON o.id = k.organization_id
                LEFT JOIN target t ON t.indicator_id = k.indicator_id AND t.municipality_id = k.municipality_id
                     AND t.organization_id IS NOT DISTINCT FROM k.organization_id AND t.year = k.year
                     AND t.kind = 'target'
                LEFT JOIN measured_value mv ON mv.indicator_id = k.indicator_id AND mv.municipality_id = k.municipality_id
                     AND mv.organization_id IS NOT DISTINCT FROM k.organization_id AND mv.year = k.year
                     AND mv.period = '' AND mv.category = ''
                LEFT JOIN LATERAL (
                     SELECT bt.year, bt.value FROM target bt
                     WHERE bt.indicator_id = k.indicator_id AND bt.municipality_id = k.municipality_id
                       AND bt.organization_id IS NOT DISTINCT FROM k.organization_id AND bt.kind = 'baseline'
                       AND bt.year <= k.year
                     ORDER BY bt.year DESC LIMIT 1) b ON true
                LEFT JOIN reporting_period rp ON rp.municipality_id = k.municipality_id AND rp.year = k.year
                WHERE true""");
        if (activeOnly) {
            sql.add(" AND i.status = 'active'");
        }
        if (f.area() != null) {
            sql.add(" AND (lower(a.name_ru) = lower(?) OR CAST(a.id AS text) = ?)", f.area(), f.area());
        }
        if (f.statusClass() != null) {
            // no_target and no_data are decided by what exists; met / not_met by the rules afterwards
            sql.add(
                    switch (f.statusClass()) {
                        case AttainmentRules.NO_TARGET -> " AND t.id IS NULL";
                        case AttainmentRules.NO_DATA -> " AND t.id IS NOT NULL AND mv.value IS NULL";
                        default -> " AND t.id IS NOT NULL AND mv.value IS NOT NULL";
                    });
        }
        return sql;
    }

    private List<Raw> list(Sql sql) {
        return query(sql, rs -> {
            List<Raw> out = new ArrayList<>();
            while (rs.next()) {
                int c = 0;
                out.add(new Raw(
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
                        rs.getString(++c)));
            }
            return out;
        });
    }

    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(Sql sql, Reader<T> reader) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql.text.toString())) {
            for (int n = 0; n < sql.params.size(); n++) {
                Object p = sql.params.get(n);
                if (p instanceof String[] codes) {
                    ps.setArray(n + 1, c.createArrayOf("varchar", codes));
                } else {
                    ps.setObject(n + 1, p);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("attainment query failed", e);
        }
    }

    /** SQL text with its positional parameters, built in pieces. */
    private static final class Sql {
        final StringBuilder text = new StringBuilder();
        final List<Object> params = new ArrayList<>();

        Sql add(String piece, Object... values) {
            text.append(piece);
            params.addAll(Arrays.asList(values));
            return this;
        }

        Sql add(Sql other) {
            text.append(other.text);
            params.addAll(other.params);
            return this;
        }
    }
}
