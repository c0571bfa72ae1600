package ru.orientir.catalogue;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whose an indicator is, read from the figures, as one rule for the catalogue per user ({@code scope=mine}), the
 * templates and the comparison. The catalogue has no owner column, so the figures tell:
 *
 * <ul>
 *   <li>an indicator belongs to a region's catalogue when the region's municipalities keep values or targets of it
 *       (a municipality's own indicators are so in its region's catalogue);
 *   <li>it is common (in every catalogue) when municipalities of more than one region keep figures of it;
 *   <li>one nobody keeps figures of yet (a new entry of the catalogue) is in every catalogue, unless its code names
 *       another region's municipality ({@code tula-12}: the convention of municipalities' own indicators, whose
 *       catalogue entries may come before their figures);
 *   <li>an indicator whose figures are all another region's is that region's and is left out.
 * </ul>
 *
 * <p>An indicator is <em>shared</em> (comparable) when more than one municipality keeps figures of it.
 */
public final class IndicatorReach {

    private IndicatorReach() {}

    /** The municipalities keeping figures (values or targets) of each indicator. */
    private static final String USERS =
            "SELECT indicator_id, municipality_id FROM measured_value UNION SELECT indicator_id, municipality_id FROM target";

    /**
     * A condition on the indicator {@code id} and {@code code} (SQL expressions): it is in the catalogue of the
     * regions given by the condition's three parameters, each a {@code bigint[]} of region ids (bind them with
     * {@link #bind}).
     */
    public static String inCatalogueOf(String id, String code) {
        return "(NOT EXISTS (SELECT 1 FROM measured_value nv WHERE nv.indicator_id = " + id + ")"
                + " AND NOT EXISTS (SELECT 1 FROM target nt WHERE nt.indicator_id = " + id + ")"
                + " AND NOT EXISTS (SELECT 1 FROM municipality om WHERE starts_with(" + code + ", om.code || '-')"
                + " AND NOT om.region_id = ANY(CAST(? AS bigint[])))"
                + " OR EXISTS (SELECT 1 FROM measured_value rv JOIN municipality rm ON rm.id = rv.municipality_id"
                + " WHERE rv.indicator_id = " + id + " AND rm.region_id = ANY(CAST(? AS bigint[])))"
                + " OR EXISTS (SELECT 1 FROM target rt JOIN municipality rm ON rm.id = rt.municipality_id"
                + " WHERE rt.indicator_id = " + id + " AND rm.region_id = ANY(CAST(? AS bigint[])))"
                + " OR " + id + " IN (SELECT u.indicator_id FROM (" + USERS + ") u"
                + " JOIN municipality um ON um.id = u.municipality_id GROUP BY u.indicator_id"
                + " HAVING count(DISTINCT um.region_id) > 1))";
    }

    /** Binds the parameters of {@link #inCatalogueOf} from {@code first}; answers the next parameter's index. */
    public static int bind(Connection c, PreparedStatement ps, int first, Collection<Long> regions)
            throws SQLException {
        Array a = c.createArrayOf("bigint", regions.toArray(new Long[0]));
        ps.setArray(first, a);
        ps.setArray(first + 1, a);
        ps.setArray(first + 2, a);
        return first + 3;
    }

    /**
     * How widely an indicator is kept: by how many municipalities (values or targets), the latest year with a
     * value, and the latest year in which more than one municipality has a value (where a comparison has data).
     */
    public record Usage(int municipalityCount, Integer latestYear, Integer comparableYear) {
        public static final Usage NONE = new Usage(0, null, null);

        public boolean shared() {
            return municipalityCount > 1;
        }
    }

    private static final String USAGE = "SELECT i.id,"
            + " (SELECT count(*) FROM (SELECT municipality_id FROM measured_value WHERE indicator_id = i.id"
            + " UNION SELECT municipality_id FROM target WHERE indicator_id = i.id) u),"
            + " (SELECT max(year) FROM measured_value WHERE indicator_id = i.id),"
            + " (SELECT max(y.year) FROM (SELECT year FROM measured_value WHERE indicator_id = i.id"
            + " GROUP BY year HAVING count(DISTINCT municipality_id) > 1) y)"
            + " FROM indicator i WHERE i.id = ANY(CAST(? AS bigint[]))";

    private static Integer year(ResultSet rs, int column) throws SQLException {
        int y = rs.getInt(column);
        return rs.wasNull() ? null : y;
    }

    /** The usage of each of the indicators {@code ids} (one query). */
    public static Map<Long, Usage> usage(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Usage> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement(USAGE)) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray(new Long[0])));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new Usage(rs.getInt(2), year(rs, 3), year(rs, 4)));
                }
            }
        }
        return out;
    }
}
