package ru.orientir.attainment;

import static ru.orientir.common.Pages.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.orientir.attainment.AttainmentDtos.SchoolsDto;
import ru.orientir.attainment.AttainmentDtos.TargetDto;
import ru.orientir.attainment.AttainmentRules.Goal;
import ru.orientir.attainment.TrendDtos.*;
import ru.orientir.catalogue.SchoolYear;
import ru.orientir.common.Checks;
import ru.orientir.common.Params;
import ru.orientir.common.ProblemException;
import ru.orientir.facts.ReadScope;
import ru.orientir.groups.GroupService;
import ru.orientir.rules.DerivedFacts;
import ru.orientir.security.Caller;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;
import ru.orientir.territory.TerritoryService;

/** The dashboard's first load: every row's trend in one response, and the years with data. */
@ApplicationScoped
public class TrendService {

    /** The reporting period's state that closes a year (the periods feature's own word, read from SQL). */
    private static final String APPROVED = "approved";

    @Inject
    TrendQuery query;

    @Inject
    TerritoryService territory;

    @Inject
    GroupService groups;

    @Inject
    DerivedFacts derived;

    public TrendsDto trends(
            Caller caller, String municipality, String organization, String group, String rawFrom, String rawTo) {
        Params p = new Params();
        String code = p.required("municipality", municipality);
        Integer from = p.year("yearFrom", rawFrom);
        Integer to = p.year("yearTo", rawTo);
        p.yearRange("yearFrom", from, "yearTo", to);
        p.throwIfAny();
        Municipality m = territory.visibleMunicipality(caller, code.trim());
        Organization org = organization(caller, m, organization);
        Long groupId = blankToNull(group) == null || org != null ? null : groups.group(caller, m.code, group.trim()).id;
        int first = from == null ? Checks.MIN_YEAR : from;
        int last = to == null ? Checks.MAX_YEAR : to;
        List<DerivedFacts.Fact> facts =
                org == null ? derived.facts(null, new Long[] {m.id}, null, from, to) : List.of();
        Map<String, int[]> schools = org == null ? schoolCounts(m.id, groupId, first, last) : Map.of();
        Map<String, List<TrendPointDto>> byRow = new LinkedHashMap<>();
        for (TrendQuery.Point r : query.points(m.id, org == null ? null : org.id, first, last, facts)) {
            BigDecimal fact = AttainmentService.plain(r.fact());
            Goal goal = r.comparator() == null
                    ? null
                    : new Goal(
                            r.comparator(),
                            AttainmentService.plain(r.targetValue()),
                            AttainmentService.plain(r.targetValueTo()));
            int[] n = schools.get(key(r.indicator(), r.category(), r.year()));
            byRow.computeIfAbsent(r.indicator() + "\u0000" + r.category(), k -> new ArrayList<>())
                    .add(new TrendPointDto(
                            r.year(),
                            SchoolYear.label(r.periodicity(), r.year()),
                            fact,
                            r.qualifier(),
                            goal == null ? null : new TargetDto(goal.comparator(), goal.value(), goal.valueTo()),
                            AttainmentRules.status(!"lower".equals(r.polarity()), goal, fact),
                            n == null ? null : new SchoolsDto(n[0], n[1], n[2], n[0] + n[1] + n[2]),
                            AttainmentService.plain(r.municipalAverage()),
                            r.municipalAverageCount()));
        }
        List<TrendDto> items = new ArrayList<>();
        byRow.forEach((k, points) -> {
            int cut = k.indexOf('\u0000');
            items.add(new TrendDto(k.substring(0, cut), k.substring(cut + 1), points));
        });
        return new TrendsDto(
                m.code, org == null ? null : org.code, groupId == null ? null : group.trim(), from, to, items);
    }

    /** Per indicator, category and year: how many schools met, missed and have no value for their target. */
    private Map<String, int[]> schoolCounts(long municipalityId, Long groupId, int from, int to) {
        Map<String, int[]> out = new HashMap<>();
        for (TrendQuery.Schools s : query.schools(municipalityId, groupId, from, to)) {
            Goal goal = new Goal(
                    s.comparator(),
                    AttainmentService.plain(s.targetValue()),
                    AttainmentService.plain(s.targetValueTo()));
            String status = AttainmentRules.status(!"lower".equals(s.polarity()), goal, s.fact());
            int slot = AttainmentRules.STATUSES.indexOf(status);
            out.computeIfAbsent(key(s.indicator(), s.category(), s.year()), k -> new int[3])[slot] += s.count();
        }
        return out;
    }

    private static String key(String indicator, String category, int year) {
        return indicator + "\u0000" + category + "\u0000" + year;
    }

    public DataYearsDto years(Caller caller, String municipality, String organization) {
        Params p = new Params();
        String code = p.required("municipality", municipality);
        p.throwIfAny();
        Municipality m = territory.visibleMunicipality(caller, code.trim());
        Organization org = organization(caller, m, organization);
        List<DataYearDto> years = query
                .years(m.id, org == null ? null : org.id, ReadScope.keys(caller, "municipality_id", "organization_id"))
                .stream()
                .map(y -> new DataYearDto(y.year(), y.values(), y.targets(), y.state()))
                .toList();
        Integer open = null;
        Integer latest = null;
        for (DataYearDto y : years) { // newest first
            if (y.values() == 0) {
                continue;
            }
            if (latest == null) {
                latest = y.year();
            }
            if (open == null && !APPROVED.equals(y.state())) {
                open = y.year();
            }
        }
        Integer suggested = open != null ? open : latest;
        String because = suggested == null ? null : open != null ? "last_open" : "last_with_data";
        return new DataYearsDto(m.code, org == null ? null : org.code, years, suggested, because);
    }

    /** The organization of the request (null without one), if the caller may read its rows. */
    private static Organization organization(Caller caller, Municipality m, String code) {
        String org = blankToNull(code);
        caller.requireReadRow(m.code, org == null ? null : org.trim());
        if (org == null) {
            return null;
        }
        return Organization.byCode(m, org.trim())
                .orElseThrow(() -> ProblemException.notFound(
                        "organization", "Организация «" + org.trim() + "» муниципалитета «" + m.code + "» не найдена"));
    }
}
