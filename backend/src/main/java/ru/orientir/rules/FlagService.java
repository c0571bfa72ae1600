package ru.orientir.rules;

import static ru.orientir.common.Pages.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ru.orientir.catalogue.SchoolYear;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Params;
import ru.orientir.common.ReadOnly;
import ru.orientir.rules.FlagDtos.ConditionEvidence;
import ru.orientir.rules.FlagDtos.FlagDto;
import ru.orientir.rules.FlagDtos.YearEvidence;
import ru.orientir.security.Caller;
import ru.orientir.territory.TerritoryService;

/** Flags computed live from the current values: nothing is stored, so a corrected value corrects the list. */
@ApplicationScoped
public class FlagService {

    @Inject
    DataSource dataSource;

    @Inject
    RuleService rules;

    @Inject
    TerritoryService territory;

    public PageResult<FlagDto> flags(
            Caller caller, String municipality, String rawYear, String rule, String organization, PageParams page) {
        Params p = new Params();
        int year = p.requiredYear("year", rawYear);
        p.throwIfAny();
        page.validated();
        String m = blankToNull(municipality);
        String o = blankToNull(organization);
        if (m != null) {
            territory.visibleMunicipality(caller, m);
            if (o != null) {
                caller.requireReadRow(m, o);
            }
        }
        List<RiskRule> judged = blankToNull(rule) != null
                ? List.of(rules.rule(caller, rule.trim()))
                : RiskRule.<RiskRule>list("order by code");
        return judge(caller, judged, year, m, o, page);
    }

    /** Rule after rule, the page's slice of each: a rule's flags are counted before the next rule's are read. */
    private PageResult<FlagDto> judge(
            Caller caller, List<RiskRule> judged, int year, String m, String o, PageParams page) {
        List<FlagDto> items = new ArrayList<>();
        long skip = (long) page.page * page.size;
        long total = 0;
        try (Connection con = dataSource.getConnection()) {
            ReadOnly.mark(con);
            for (RiskRule r : judged) {
                if (r.municipality != null && !caller.canSee(r.municipality.code)) {
                    continue;
                }
                int offset = (int) Math.max(0, skip - total);
                int limit = Math.max(0, page.size - items.size());
                List<FlagQuery.Row> rows =
                        FlagQuery.run(con, caller, r, year, new FlagQuery.Filter(m, o, offset, Math.max(limit, 1)));
                long count = rows.isEmpty()
                        ? countOnly(con, caller, r, year, m, o)
                        : rows.get(0).total();
                if (limit > 0) {
                    items.addAll(flags(r, year, rows));
                }
                total += count;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("flags of year " + year + " could not be computed", e);
        }
        return new PageResult<>(items, page.page, page.size, total);
    }

    /** The count of a rule's flags when the page asked for none of them (its slice lies before or after the page). */
    private static long countOnly(Connection con, Caller caller, RiskRule r, int year, String m, String o)
            throws SQLException {
        List<FlagQuery.Row> first = FlagQuery.run(con, caller, r, year, new FlagQuery.Filter(m, o, 0, 1));
        return first.isEmpty() ? 0 : first.get(0).total();
    }

    /** Rows (unit × year × condition, in order) gathered into one flag per unit. */
    private static List<FlagDto> flags(RiskRule r, int year, List<FlagQuery.Row> rows) {
        Map<String, List<FlagQuery.Row>> byUnit = new LinkedHashMap<>();
        rows.forEach(
                row -> byUnit.computeIfAbsent(row.municipality() + "/" + row.organization(), k -> new ArrayList<>())
                        .add(row));
        String periodicity = r.conditions.get(0).indicator.periodicity;
        List<FlagDto> out = new ArrayList<>();
        byUnit.values().forEach(unit -> {
            Map<Integer, List<FlagQuery.Row>> byYear = new LinkedHashMap<>();
            unit.forEach(row ->
                    byYear.computeIfAbsent(row.year(), k -> new ArrayList<>()).add(row));
            List<Integer> years = new ArrayList<>();
            List<YearEvidence> evidence = new ArrayList<>();
            byYear.forEach((y, conditions) -> {
                FlagQuery.Row first = conditions.get(0);
                if (first.yearHolds()) {
                    years.add(y);
                }
                evidence.add(new YearEvidence(
                        y,
                        SchoolYear.label(periodicity, y),
                        first.reported(),
                        first.yearHolds(),
                        conditions.stream()
                                .map(c -> {
                                    RuleCondition rc = r.conditions.get(c.position());
                                    return new ConditionEvidence(
                                            rc.indicator.code,
                                            rc.category,
                                            c.value(),
                                            rc.average == null ? null : c.average(),
                                            c.matched());
                                })
                                .toList()));
            });
            FlagQuery.Row head = unit.get(0);
            out.add(new FlagDto(
                    r.code,
                    r.name,
                    head.municipality(),
                    head.municipalityName(),
                    head.organization(),
                    head.organizationName(),
                    year,
                    years,
                    evidence));
        });
        return out;
    }
}
