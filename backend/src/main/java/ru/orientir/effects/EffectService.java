package ru.orientir.effects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ru.orientir.catalogue.Categories;
import ru.orientir.catalogue.Indicator;
import ru.orientir.common.Decimals;
import ru.orientir.effects.EffectDtos.Effect;
import ru.orientir.effects.EffectDtos.Item;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;

/**
 * The effect of a measure (an activity, a recommendation): its indicators for its schools (or the
 * municipality as a whole) the year before the deadline's year and the year after, read in one SQL
 * statement. The callers check access; this only reads.
 */
@ApplicationScoped
public class EffectService {

    /** An indicator and its category; a null category: every category the unit reported in either year. */
    public record Measure(Indicator indicator, String category) {}

    /**
     * Annual values (no period) of the measures, the units and the two years. Keys: each measure ×
     * unit, in every category reported when the measure names none (the total when nothing was), so a
     * unit without data shows as missing instead of disappearing.
     */
    private static final String SQL = "WITH ms AS (SELECT * FROM unnest(?::int8[], ?::text[]) WITH ORDINALITY"
            + " AS ms(indicator_id, category, pos)), "
            + "u AS (SELECT o.id AS organization_id, o.code, o.name FROM organization o WHERE o.id = ANY (?)"
            + " UNION ALL SELECT NULL::int8, NULL::text, NULL::text WHERE ?), "
            + "v AS (SELECT mv.indicator_id, mv.organization_id, mv.category, mv.year, mv.value FROM measured_value mv"
            + " WHERE mv.municipality_id = ? AND mv.period = '' AND mv.year IN (?, ?)"
            + " AND mv.indicator_id = ANY (?::int8[])"
            + " AND (mv.organization_id = ANY (?) OR (? AND mv.organization_id IS NULL))), "
            + "k AS (SELECT DISTINCT ms.pos, ms.indicator_id, u.organization_id, u.code, u.name,"
            + " coalesce(ms.category, v.category, '') AS category FROM ms CROSS JOIN u"
            + " LEFT JOIN v ON ms.category IS NULL AND v.indicator_id = ms.indicator_id"
            + " AND v.organization_id IS NOT DISTINCT FROM u.organization_id) "
            + "SELECT k.pos, k.code, k.name, k.category, b.value, a.value FROM k"
            + " LEFT JOIN v b ON b.indicator_id = k.indicator_id AND b.organization_id IS NOT DISTINCT FROM"
            + " k.organization_id AND b.category = k.category AND b.year = ?"
            + " LEFT JOIN v a ON a.indicator_id = k.indicator_id AND a.organization_id IS NOT DISTINCT FROM"
            + " k.organization_id AND a.category = k.category AND a.year = ?"
            + " ORDER BY k.pos, k.name NULLS FIRST, k.code, k.category";

    @Inject
    DataSource dataSource;

    /**
     * The effect around {@code year}: before = year − 1, after = year + 1, for each measure and each of
     * the organizations (the municipality as a whole when there are none).
     */
    public Effect effect(Municipality m, List<Organization> organizations, List<Measure> measures, int year) {
        int before = year - 1;
        int after = year + 1;
        if (measures.isEmpty()) {
            return new Effect(year, before, after, List.of(), EffectRules.summary(List.of()));
        }
        boolean whole = organizations.isEmpty();
        Long[] orgIds = organizations.stream().map(o -> o.id).toArray(Long[]::new);
        Long[] indicatorIds = measures.stream().map(x -> x.indicator().id).toArray(Long[]::new);
        String[] categories = measures.stream().map(Measure::category).toArray(String[]::new);
        List<Item> items = new ArrayList<>();
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement(SQL)) {
            int i = 1;
            ps.setArray(i++, con.createArrayOf("int8", indicatorIds));
            ps.setArray(i++, con.createArrayOf("text", categories));
            ps.setArray(i++, con.createArrayOf("int8", orgIds));
            ps.setBoolean(i++, whole);
            ps.setLong(i++, m.id);
            ps.setInt(i++, before);
            ps.setInt(i++, after);
            ps.setArray(i++, con.createArrayOf("int8", distinct(indicatorIds)));
            ps.setArray(i++, con.createArrayOf("int8", orgIds));
            ps.setBoolean(i++, whole);
            ps.setInt(i++, before);
            ps.setInt(i, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(item(m, measures.get(rs.getInt(1) - 1).indicator(), rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("effect around " + year + " could not be read", e);
        }
        return new Effect(year, before, after, items, EffectRules.summary(items));
    }

    /** The municipality's own annual total of an indicator in a year (no school, no category); null when not reported. */
    public BigDecimal annualTotal(Municipality m, Indicator ind, int year) {
        String sql = "SELECT value FROM measured_value WHERE municipality_id = ? AND indicator_id = ? AND year = ?"
                + " AND organization_id IS NULL AND period = '' AND category = ''";
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement(sql)) {
            ps.setLong(1, m.id);
            ps.setLong(2, ind.id);
            ps.setInt(3, year);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Decimals.exact(rs.getBigDecimal(1)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the total of " + ind.code + " in " + year + " could not be read", e);
        }
    }

    private static Long[] distinct(Long[] ids) {
        Map<Long, Boolean> seen = new HashMap<>();
        for (Long id : ids) {
            seen.put(id, true);
        }
        return seen.keySet().toArray(Long[]::new);
    }

    private static Item item(Municipality m, Indicator ind, ResultSet rs) throws SQLException {
        BigDecimal before = Decimals.exact(rs.getBigDecimal(5));
        BigDecimal after = Decimals.exact(rs.getBigDecimal(6));
        BigDecimal change = EffectRules.change(before, after);
        String category = rs.getString(4);
        return new Item(
                ind.code,
                ind.nameRu,
                ind.unit,
                ind.higherIsBetter() ? "higher" : "lower",
                m.code,
                rs.getString(2),
                rs.getString(3),
                category.isEmpty() ? null : category,
                category.isEmpty() ? null : Categories.label(ind.dimensions, category),
                before,
                after,
                change,
                EffectRules.improved(ind.higherIsBetter(), change));
    }
}
