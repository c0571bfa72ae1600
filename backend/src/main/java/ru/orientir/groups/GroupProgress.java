package ru.orientir.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.orientir.catalogue.Indicator;
import ru.orientir.catalogue.SchoolYear;
import ru.orientir.catalogue.ValueChecks;
import ru.orientir.common.Checks;
import ru.orientir.common.Params;
import ru.orientir.facts.DataKeys;
import ru.orientir.groups.GroupDtos.GroupProgressDto;
import ru.orientir.groups.GroupDtos.GroupProgressYear;
import ru.orientir.security.Caller;

/**
 * A register's schools against the rest of the municipality, year by year: the arithmetic means of the
 * annual values (period '') of one indicator and category of the register's organizations, of the
 * municipality's other organizations and of all of them, in one query grouped by year.
 */
@ApplicationScoped
public class GroupProgress {

    /** Averages are rounded to this many decimal places (and trailing zeros dropped). */
    public static final int SCALE = 4;

    private static final String SQL = "SELECT v.year,"
            + " trim_scale(round(avg(v.value) FILTER (WHERE gm.organization_id IS NOT NULL), " + SCALE + ")),"
            + " count(*) FILTER (WHERE gm.organization_id IS NOT NULL),"
            + " trim_scale(round(avg(v.value) FILTER (WHERE gm.organization_id IS NULL), " + SCALE + ")),"
            + " count(*) FILTER (WHERE gm.organization_id IS NULL),"
            + " trim_scale(round(avg(v.value), " + SCALE + "))"
            + " FROM measured_value v"
            + " LEFT JOIN organization_group_member gm ON gm.organization_id = v.organization_id AND gm.group_id = ?1"
            + " WHERE v.municipality_id = ?2 AND v.indicator_id = ?3 AND v.organization_id IS NOT NULL"
            + " AND v.period = '' AND v.category = ?4 AND v.year >= ?5 AND v.year <= ?6"
            + " GROUP BY v.year ORDER BY v.year";

    @Inject
    GroupService groups;

    @Inject
    EntityManager em;

    public GroupProgressDto progress(
            Caller caller,
            String municipality,
            String code,
            String indicatorCode,
            String rawCategory,
            String rawYearFrom,
            String rawYearTo) {
        Params p = new Params();
        String indicatorGiven = p.required("indicator", indicatorCode);
        Integer from = p.year("yearFrom", rawYearFrom);
        Integer to = p.year("yearTo", rawYearTo);
        p.yearRange("yearFrom", from, "yearTo", to);
        p.throwIfAny();
        caller.requireRead(municipality);
        OrganizationGroup g = groups.group(caller, municipality, code);
        Indicator indicator = Indicator.byCode(indicatorGiven).orElse(null);
        Checks c = new Checks();
        if (indicator == null) {
            DataKeys.indicator(c, indicatorGiven, null);
            c.throwIfAny();
        }
        String given = rawCategory == null ? "" : rawCategory.strip();
        String category = ValueChecks.category(c, indicator, given);
        c.throwIfAny();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL)
                .setParameter(1, g.id)
                .setParameter(2, g.municipality.id)
                .setParameter(3, indicator.id)
                .setParameter(4, category)
                .setParameter(5, from == null ? Checks.MIN_YEAR : from)
                .setParameter(6, to == null ? Checks.MAX_YEAR : to)
                .getResultList();
        List<GroupProgressYear> years = new ArrayList<>();
        for (Object[] r : rows) {
            int year = ((Number) r[0]).intValue();
            BigDecimal group = (BigDecimal) r[1];
            BigDecimal rest = (BigDecimal) r[3];
            years.add(new GroupProgressYear(
                    year,
                    SchoolYear.label(indicator.periodicity, year),
                    group,
                    ((Number) r[2]).longValue(),
                    rest,
                    ((Number) r[4]).longValue(),
                    (BigDecimal) r[5],
                    group == null || rest == null ? null : group.subtract(rest)));
        }
        return new GroupProgressDto(
                g.code,
                g.name,
                g.yearFrom,
                g.yearTo,
                indicator.code,
                indicator.nameRu,
                indicator.unit,
                indicator.polarity,
                category,
                years);
    }
}
