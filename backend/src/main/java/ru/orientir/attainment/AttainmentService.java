package ru.orientir.attainment;

import static ru.orientir.common.Pages.blankToNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import ru.orientir.attainment.AttainmentDtos.*;
import ru.orientir.attainment.AttainmentQuery.Filter;
import ru.orientir.attainment.AttainmentQuery.Raw;
import ru.orientir.attainment.AttainmentRules.Goal;
import ru.orientir.catalogue.Band;
import ru.orientir.catalogue.Indicator;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Params;
import ru.orientir.common.ProblemException;
import ru.orientir.facts.ReadScope;
import ru.orientir.security.Caller;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;
import ru.orientir.territory.TerritoryService;

/** Plan against fact: rows, roll-ups, ranking and series, always within the caller's scope. */
@ApplicationScoped
public class AttainmentService {

    private static final Logger LOG = Logger.getLogger(AttainmentService.class);

    /** The filters of the attainment list as given in the request (raw strings are checked here). */
    public record RowsRequest(
            String municipality, String year, String indicator, String area, String organization, String status) {}

    @Inject
    AttainmentQuery query;

    @Inject
    TerritoryService territory;

    @Inject
    ObjectMapper mapper;

    private ObjectReader bandsReader;

    @PostConstruct
    void init() {
        bandsReader = mapper.readerFor(new TypeReference<List<Band>>() {})
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public PageResult<RowDto> rows(Caller caller, RowsRequest r, PageParams page) {
        page.validated();
        Params p = new Params();
        int year = p.requiredYear("year", r.year());
        String status = p.oneOf("status", r.status(), AttainmentRules.STATUSES, null);
        p.throwIfAny();
        Filter filter = filter(caller, r.municipality(), r.indicator(), r.area(), r.organization(), false, status);
        if (status == null || status.equals(AttainmentRules.NO_TARGET) || status.equals(AttainmentRules.NO_DATA)) {
            List<RowDto> items = toRows(query.year(year, filter, page.size, page.page * page.size));
            return new PageResult<>(items, page.page, page.size, query.countYear(year, filter));
        }
        // met and not_met are decided by the rules, so the page is cut after them
        List<RowDto> all = toRows(query.year(year, filter, null, null)).stream()
                .filter(row -> row.status().equals(status))
                .toList();
        int from = Math.min(all.size(), page.page * page.size);
        return new PageResult<>(
                all.subList(from, Math.min(all.size(), from + page.size)), page.page, page.size, all.size());
    }

    /** Counts of the rows the list shows for the same municipality and year, in total and per area. */
    public SummaryDto summary(Caller caller, String municipality, String rawYear) {
        int year = Params.requireYear("year", rawYear);
        Filter filter = filter(caller, municipality, null, null, null, false, null);
        Map<String, int[]> byArea = new LinkedHashMap<>();
        int[] total = new int[4];
        for (RowDto row : toRows(query.year(year, filter, null, null))) {
            int slot = AttainmentRules.STATUSES.indexOf(row.status());
            total[slot]++;
            byArea.computeIfAbsent(row.area(), a -> new int[4])[slot]++;
        }
        List<AreaSummaryDto> areas = new ArrayList<>();
        byArea.forEach((area, n) -> areas.add(new AreaSummaryDto(area, n[0], n[1], n[2], n[3])));
        return new SummaryDto(blankToNull(municipality), year, total[0], total[1], total[2], total[3], areas);
    }

    /** Municipalities the caller may read, best fact first by polarity; those without a fact last, unranked. */
    public RankingDto ranking(Caller caller, String indicatorCode, String rawYear) {
        Params p = new Params();
        int year = p.requiredYear("year", rawYear);
        p.required("indicator", indicatorCode);
        p.throwIfAny();
        Indicator indicator = indicator(indicatorCode);
        boolean higher = indicator.higherIsBetter();
        Filter filter = filter(caller, null, indicatorCode, null, null, true, null);
        Comparator<BigDecimal> better = higher ? Comparator.reverseOrder() : Comparator.naturalOrder();
        List<RowDto> rows = new ArrayList<>(toRows(query.year(year, filter, null, null)));
        rows.sort(Comparator.comparing(RowDto::fact, Comparator.nullsLast(better))
                .thenComparing(RowDto::municipalityName));
        List<RankingItemDto> items = new ArrayList<>();
        for (int n = 0; n < rows.size(); n++) {
            RowDto row = rows.get(n);
            Integer rank = null;
            if (row.fact() != null) {
                boolean tie = n > 0
                        && rows.get(n - 1).fact() != null
                        && rows.get(n - 1).fact().compareTo(row.fact()) == 0;
                rank = tie ? items.get(n - 1).rank() : n + 1;
            }
            items.add(new RankingItemDto(
                    rank, row.municipality(), row.municipalityName(), row.fact(), row.target(), row.status()));
        }
        // every municipality in scope appears, so a comparison shows who has not reported at all
        java.util.Set<String> ranked = new java.util.HashSet<>();
        rows.forEach(r -> ranked.add(r.municipality()));
        ReadScope.Condition scope = ReadScope.jpql(caller, "code");
        List<Municipality> all = Municipality.list(scope.clause() + " order by name", scope.jpqlParams());
        all.stream()
                .filter(m -> !ranked.contains(m.code))
                .forEach(m ->
                        items.add(new RankingItemDto(null, m.code, m.name, null, null, AttainmentRules.NO_TARGET)));
        return new RankingDto(indicator.code, year, indicator.polarity, items);
    }

    public SeriesDto series(
            Caller caller,
            String indicatorCode,
            String municipalityCode,
            String organizationCode,
            String rawFrom,
            String rawTo) {
        Params p = new Params();
        p.required("indicator", indicatorCode);
        p.required("municipality", municipalityCode);
        Integer from = p.year("yearFrom", rawFrom);
        Integer to = p.year("yearTo", rawTo);
        p.yearRange("yearFrom", from, "yearTo", to);
        p.throwIfAny();
        Municipality m = territory.readableMunicipality(caller, municipalityCode);
        Indicator indicator = indicator(indicatorCode);
        Organization org = null;
        if (blankToNull(organizationCode) != null) {
            org = Organization.byCode(m, organizationCode)
                    .orElseThrow(() -> ProblemException.notFound(
                            "organization",
                            "Организация «" + organizationCode + "» муниципалитета «" + m.code + "» не найдена"));
        }
        List<SeriesPointDto> items =
                toRows(query.series(indicator.id, m.id, org == null ? null : org.id, from, to)).stream()
                        .map(r -> new SeriesPointDto(
                                r.year(), r.fact(), r.qualifier(), r.target(), r.baseline(), r.status()))
                        .toList();
        return new SeriesDto(indicator.code, m.code, org == null ? null : org.code, items);
    }

    // ---- helpers ------------------------------------------------------------------------

    /** Checks scope first (403 for a municipality out of scope), then existence (404 naming the parameter). */
    private Filter filter(
            Caller caller,
            String municipality,
            String indicator,
            String area,
            String organization,
            boolean municipalityLevelOnly,
            String status) {
        Long municipalityId = blankToNull(municipality) == null
                ? null
                : territory.readableMunicipality(caller, municipality.trim()).id;
        Long indicatorId = blankToNull(indicator) == null ? null : indicator(indicator).id;
        return new Filter(
                indicatorId,
                municipalityId,
                ReadScope.sql(caller, "code"),
                blankToNull(area),
                blankToNull(organization),
                municipalityLevelOnly,
                status);
    }

    private static Indicator indicator(String code) {
        return Indicator.byCode(code.trim())
                .orElseThrow(() -> ProblemException.notFound("indicator", "Показатель «" + code + "» не найден"));
    }

    private List<RowDto> toRows(List<Raw> raws) {
        Map<String, List<Band>> bands = new HashMap<>();
        return raws.stream()
                .map(r -> toRow(r, bands.computeIfAbsent(r.indicator(), code -> bands(r))))
                .toList();
    }

    private static RowDto toRow(Raw r, List<Band> bands) {
        boolean higher = !"lower".equals(r.polarity());
        BigDecimal fact = plain(r.fact());
        Goal goal = r.comparator() == null
                ? null
                : new Goal(r.comparator(), plain(r.targetValue()), plain(r.targetValueTo()));
        return new RowDto(
                r.indicator(),
                r.indicatorName(),
                r.area(),
                r.unit(),
                r.decimals(),
                r.polarity(),
                r.municipality(),
                r.municipalityName(),
                r.organization(),
                r.organizationName(),
                r.year(),
                fact,
                r.qualifier(),
                goal == null ? null : new TargetDto(goal.comparator(), goal.value(), goal.valueTo()),
                r.baselineYear() == null ? null : new BaselineDto(r.baselineYear(), plain(r.baselineValue())),
                AttainmentRules.status(higher, goal, fact),
                plain(AttainmentRules.deviation(goal, fact)),
                plain(AttainmentRules.deviationPercent(goal, fact)),
                plain(AttainmentRules.score(higher, bands, r.scaleMin(), r.scaleMax(), fact)),
                r.periodState());
    }

    private List<Band> bands(Raw r) {
        if (r.bandsJson() == null) {
            return List.of();
        }
        try {
            return bandsReader.readValue(r.bandsJson());
        } catch (IOException e) {
            // a malformed scale must not hide the plan and fact: report them without a score
            LOG.warnf("indicator %s has unreadable bands: %s", r.indicator(), e.getMessage());
            return List.of();
        }
    }

    /** Numbers as people wrote them: 3 rather than 3.000000 (NUMERIC(20,6) pads), never 1E+1. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
