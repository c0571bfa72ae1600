package ru.orientir.scorecards;

import static ru.orientir.common.Pages.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ru.orientir.common.Decimals;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Params;
import ru.orientir.common.ReadOnly;
import ru.orientir.facts.ReadScope;
import ru.orientir.scorecards.ScorecardDtos.PartDto;
import ru.orientir.scorecards.ScorecardDtos.RatingDto;
import ru.orientir.security.Caller;
import ru.orientir.territory.TerritoryService;

/**
 * Ratings computed from the current values of a year: SQL selects the values and the averages of the
 * units concerned in one query; each unit's points, its total and its rank follow the scorecard.
 */
@ApplicationScoped
public class RatingService {

    @Inject
    DataSource dataSource;

    @Inject
    ScorecardService scorecards;

    @Inject
    TerritoryService territory;

    /** A unit with the values of the year: indicator/category → value and → the average of its municipality (region). */
    private record Unit(
            String municipality,
            String municipalityName,
            String organization,
            String organizationName,
            Map<String, BigDecimal> values,
            Map<String, BigDecimal> averages) {}

    public PageResult<RatingDto> ratings(
            Caller caller, String code, String municipality, String rawYear, PageParams page) {
        page.validated();
        List<RatingDto> shown = rated(caller, code, municipality, rawYear).ratings();
        int from = Math.min(shown.size(), page.page * page.size);
        int to = Math.min(shown.size(), from + page.size);
        return new PageResult<>(shown.subList(from, to), page.page, page.size, shown.size());
    }

    /** A scorecard's whole rating for a year, as the caller may see it (the ratings list and its workbook). */
    public record Rated(Scorecard card, int year, List<RatingDto> ratings) {}

    public Rated rated(Caller caller, String code, String municipality, String rawYear) {
        Params p = new Params();
        int year = p.requiredYear("year", rawYear);
        p.throwIfAny();
        Scorecard card = scorecards.scorecard(caller, code);
        String m = blankToNull(municipality);
        if (m != null) {
            territory.visibleMunicipality(caller, m);
        }
        List<RatingDto> ranked = rank(card, units(caller, card, m, year));
        boolean schools = "organization".equals(card.level);
        List<RatingDto> shown = ranked.stream()
                .filter(r -> schools
                        ? caller.canReadOrganization(r.municipality(), r.organization())
                        : caller.canSee(r.municipality()))
                .toList();
        return new Rated(card, year, shown);
    }

    /** Every unit's parts and total, best first; equal totals share a rank; units without any data last. */
    private static List<RatingDto> rank(Scorecard card, List<Unit> units) {
        List<RatingDto> scored = new ArrayList<>();
        for (Unit u : units) {
            List<PartDto> parts = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            int missing = 0;
            for (ScorecardItem item : card.items) {
                String key = item.indicator.id + "/" + item.category;
                BigDecimal value = u.values().get(key);
                BigDecimal average = u.averages().get(key);
                Scoring.Points points = Scoring.of(item, card.areaWeight(item.area), value, average);
                if (points.points() == null) {
                    missing++;
                } else {
                    total = total.add(points.points());
                }
                boolean usesAverage = item.method.endsWith("_average");
                parts.add(new PartDto(
                        item.code,
                        item.name,
                        item.indicator.code,
                        item.category,
                        value,
                        usesAverage ? average : null,
                        points.points(),
                        points.why()));
            }
            scored.add(new RatingDto(
                    u.municipality(),
                    u.municipalityName(),
                    u.organization(),
                    u.organizationName(),
                    Decimals.exact(total),
                    null,
                    missing,
                    parts));
        }
        int items = card.items.size();
        scored.sort(Comparator.comparing((RatingDto r) -> r.missing() == items)
                .thenComparing(RatingDto::score, Comparator.reverseOrder())
                .thenComparing(r -> r.organizationName() == null ? r.municipalityName() : r.organizationName()));
        List<RatingDto> out = new ArrayList<>();
        for (int n = 0; n < scored.size(); n++) {
            RatingDto r = scored.get(n);
            Integer rank = null;
            if (r.missing() < items) {
                RatingDto before = n == 0 ? null : out.get(n - 1);
                rank = before != null && before.rank() != null && before.score().compareTo(r.score()) == 0
                        ? before.rank()
                        : n + 1;
            }
            out.add(new RatingDto(
                    r.municipality(),
                    r.municipalityName(),
                    r.organization(),
                    r.organizationName(),
                    r.score(),
                    rank,
                    r.missing(),
                    r.parts()));
        }
        return out;
    }

    /** The units with any value of the scorecard's indicators in the year, among the municipalities the caller sees. */
    private List<Unit> units(Caller caller, Scorecard card, String municipality, int year) {
        boolean schools = "organization".equals(card.level);
        List<Object> params = new ArrayList<>();
        StringBuilder scope = new StringBuilder(
                schools
                        ? "scope AS (SELECT o.id AS unit, o.municipality_id AS area, m.code AS mcode, m.name AS mname,"
                                + " o.code AS ocode, o.name AS oname FROM organization o"
                                + " JOIN municipality m ON m.id = o.municipality_id WHERE "
                        : "scope AS (SELECT m.id AS unit, m.region_id AS area, m.code AS mcode, m.name AS mname,"
                                + " NULL::text AS ocode, NULL::text AS oname FROM municipality m WHERE ");
        ReadScope.Condition visible = ReadScope.visibleSql(caller, "m.code");
        scope.append(visible.clause());
        params.addAll(visible.sqlParams());
        if (municipality != null) {
            scope.append(" AND m.code = ?");
            params.add(municipality);
        }
        if (card.municipality != null) {
            scope.append(" AND m.id = ?");
            params.add(card.municipality.id);
        }
        scope.append(")");
        String values = schools
                ? "v AS (SELECT mv.organization_id AS unit, mv.municipality_id AS area, mv.indicator_id, mv.category,"
                        + " mv.value FROM measured_value mv WHERE mv.organization_id IS NOT NULL"
                        + " AND mv.municipality_id IN (SELECT DISTINCT area FROM scope)"
                : "v AS (SELECT mv.municipality_id AS unit, mm.region_id AS area, mv.indicator_id, mv.category,"
                        + " mv.value FROM measured_value mv JOIN municipality mm ON mm.id = mv.municipality_id"
                        + " WHERE mv.organization_id IS NULL AND mm.region_id IN (SELECT DISTINCT area FROM scope)";
        String sql = "WITH " + scope + ", " + values
                + " AND mv.period = '' AND mv.year = ? AND mv.indicator_id = ANY (?)), "
                + "avgs AS (SELECT area, indicator_id, category, avg(value) AS avg FROM v GROUP BY 1, 2, 3) "
                + "SELECT s.unit, s.mcode, s.mname, s.ocode, s.oname, v.indicator_id, v.category, v.value, a.avg"
                + " FROM scope s JOIN v ON v.unit = s.unit LEFT JOIN avgs a ON a.area = s.area"
                + " AND a.indicator_id = v.indicator_id AND a.category = v.category ORDER BY s.unit";
        try (Connection con = dataSource.getConnection()) {
            ReadOnly.mark(con);
            params.add(year);
            params.add(con.createArrayOf(
                    "int8",
                    card.items.stream().map(i -> i.indicator.id).distinct().toArray(Long[]::new)));
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                return read(ps);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ratings of scorecard " + card.code + " could not be computed", e);
        }
    }

    private static List<Unit> read(PreparedStatement ps) throws SQLException {
        Map<Long, Unit> units = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Unit u = units.computeIfAbsent(rs.getLong(1), id -> {
                    try {
                        return new Unit(
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                new HashMap<>(),
                                new HashMap<>());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                String key = rs.getLong(6) + "/" + rs.getString(7);
                u.values().put(key, Decimals.exact(rs.getBigDecimal(8)));
                BigDecimal avg = rs.getBigDecimal(9);
                if (avg != null) {
                    u.averages().put(key, Decimals.exact(avg.setScale(6, RoundingMode.HALF_UP)));
                }
            }
        }
        return new ArrayList<>(units.values());
    }
}
