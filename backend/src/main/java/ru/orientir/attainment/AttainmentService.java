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
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import ru.orientir.attainment.AttainmentDtos.*;
import ru.orientir.attainment.AttainmentQuery.Filter;
import ru.orientir.attainment.AttainmentQuery.Raw;
import ru.orientir.attainment.AttainmentRules.Goal;
import ru.orientir.catalogue.Band;
import ru.orientir.catalogue.Categories;
import ru.orientir.catalogue.Dimension;
import ru.orientir.catalogue.Indicator;
import ru.orientir.catalogue.SchoolYear;
import ru.orientir.catalogue.ValueChecks;
import ru.orientir.common.Checks;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Params;
import ru.orientir.common.ProblemException;
import ru.orientir.common.VersionedCache;
import ru.orientir.facts.ReadScope;
import ru.orientir.groups.GroupService;
import ru.orientir.security.Caller;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;
import ru.orientir.territory.TerritoryService;

/** Plan against fact: rows, roll-ups, ranking and series, always within the caller's scope. */
@ApplicationScoped
public class AttainmentService {

    private static final Logger LOG = Logger.getLogger(AttainmentService.class);

    /**
     * Pages, summaries and rankings at the current data version, per caller and request: the ministry's views are
     * read far more often than the figures change, and each costs one statement over the year's keys. Bounded in
     * rows (about 2 KB of heap each).
     */
    private final VersionedCache<Object> answers = new VersionedCache<>(
            ConfigProvider.getConfig()
                    .getOptionalValue("orientir.attainment.cache-rows", Long.class)
                    .orElse(20_000L),
            AttainmentService::rowsOf);

    private static int rowsOf(Object answer) {
        if (answer instanceof CountedRows c) {
            return c.page().items().size();
        }
        if (answer instanceof SummaryDto s) {
            return s.byArea().size() + s.byIndicator().size();
        }
        return answer instanceof RankingDto r ? r.items().size() : 1;
    }

    /** What the answer depends on: the caller's scope (as in {@link DataVersionTag}) and the request. */
    private static String key(Caller caller, Object... request) {
        return new java.util.TreeSet<>(caller.roles()) + "|" + caller.readsAll() + "|" + caller.username() + "|"
                + java.util.Arrays.deepToString(request);
    }

    /** The filters of the attainment list as given in the request (raw strings are checked here). */
    public record RowsRequest(
            String municipality,
            String year,
            String indicator,
            String area,
            String organization,
            String status,
            String category,
            String group) {

        public RowsRequest(
                String municipality, String year, String indicator, String area, String organization, String status) {
            this(municipality, year, indicator, area, organization, status, null, null);
        }
    }

    @Inject
    AttainmentQuery query;

    @Inject
    TerritoryService territory;

    @Inject
    ObjectMapper mapper;

    @Inject
    GroupService groups;

    private ObjectReader bandsReader;

    @PostConstruct
    void init() {
        bandsReader = mapper.readerFor(new TypeReference<List<Band>>() {})
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public PageResult<RowDto> rows(Caller caller, RowsRequest r, PageParams page) {
        return counted(caller, r, page).page();
    }

    /** A page of rows and whether its total is exact (else estimated: see {@link AttainmentQuery#yearPage}). */
    public record CountedRows(PageResult<RowDto> page, boolean exact) {}

    /** Status, filter, paging and count in the database: one statement per page (per indicator of a country page). */
    public CountedRows counted(Caller caller, RowsRequest r, PageParams page) {
        page.validated();
        return answers.get(
                query.dataVersion(),
                key(caller, "rows", r, page.page, page.size),
                () -> computeCounted(caller, r, page));
    }

    private CountedRows computeCounted(Caller caller, RowsRequest r, PageParams page) {
        Params p = new Params();
        int year = p.requiredYear("year", r.year());
        String status = p.oneOf("status", r.status(), AttainmentRules.STATUSES, null);
        p.throwIfAny();
        Filter filter = filter(
                caller,
                r.municipality(),
                r.indicator(),
                r.area(),
                r.organization(),
                false,
                status,
                r.category(),
                r.group());
        AttainmentQuery.Page rows = query.yearPage(year, filter, page.size, (long) page.page * page.size);
        List<RowDto> items = withSchools(year, filter, toRows(rows.rows()));
        return new CountedRows(new PageResult<>(items, page.page, page.size, rows.total()), rows.exact());
    }

    /**
     * The rows of one municipality as a whole (no organization rows) for one year and the given indicators (every
     * indicator when null), with the count of schools that met their targets, read without a caller's scope: for a
     * projection whose service decides itself what may be shown (the public portal: published, approved figures).
     */
    public List<RowDto> municipalityRows(long municipalityId, int year, Long[] indicatorIds) {
        if (indicatorIds != null && indicatorIds.length == 0) {
            return List.of();
        }
        Filter filter = new Filter(
                null, municipalityId, null, null, null, true, null, null, null, false, indicatorIds, null, false);
        return withSchools(year, filter, toRows(query.year(year, filter)));
    }

    /**
     * The municipality rows of organization-level indicators get the count of their organizations that met
     * their targets: one more query for the whole page (the organization rows behind it), never one per row.
     */
    private List<RowDto> withSchools(int year, Filter filter, List<RowDto> rows) {
        List<RowDto> summaries =
                rows.stream().filter(AttainmentService::summarizesSchools).toList();
        if (summaries.isEmpty()) {
            return rows;
        }
        Map<String, SchoolsDto> counts = schoolCounts(year, filter, summaries);
        return rows.stream()
                .map(row -> summarizesSchools(row)
                        ? row.withSchools(counts.getOrDefault(schoolKey(row), new SchoolsDto(0, 0, 0, 0)))
                        : row)
                .toList();
    }

    private Map<String, SchoolsDto> schoolCounts(int year, Filter filter, List<RowDto> summaries) {
        Long[] indicators =
                summaries.stream().map(RowDto::indicatorId).distinct().toArray(Long[]::new);
        Long[] municipalities =
                summaries.stream().map(RowDto::municipalityId).distinct().toArray(Long[]::new);
        Map<String, int[]> n = new HashMap<>();
        for (RowDto school : toRows(query.year(year, filter.schoolsOf(indicators, municipalities)))) {
            int slot = AttainmentRules.STATUSES.indexOf(school.status());
            if (slot < 3) { // met, not_met, no_data: the organizations with a target
                n.computeIfAbsent(schoolKey(school), k -> new int[3])[slot]++;
            }
        }
        Map<String, SchoolsDto> out = new HashMap<>();
        n.forEach((key, c) -> out.put(key, new SchoolsDto(c[0], c[1], c[2], c[0] + c[1] + c[2])));
        return out;
    }

    private static boolean summarizesSchools(RowDto row) {
        return row.organization() == null && ORGANIZATION_LEVEL.equals(row.level());
    }

    private static String schoolKey(RowDto row) {
        return row.indicatorId() + "/" + row.municipalityId() + "/" + row.category();
    }

    private static final String ORGANIZATION_LEVEL = "organization";

    /** Counts of the rows the list shows for the same municipality and year, in total and per area. */
    public SummaryDto summary(Caller caller, String municipality, String rawYear, String group) {
        return answers.get(
                query.dataVersion(),
                key(caller, "summary", municipality, rawYear, group),
                () -> computeSummary(caller, municipality, rawYear, group));
    }

    private SummaryDto computeSummary(Caller caller, String municipality, String rawYear, String group) {
        int year = Params.requireYear("year", rawYear);
        Filter filter = filter(caller, municipality, null, null, null, false, null, null, group);
        Map<String, int[]> byArea = new LinkedHashMap<>();
        int[] total = new int[4];
        List<RowDto> rows = toRows(query.year(year, filter));
        for (RowDto row : rows) {
            int slot = AttainmentRules.STATUSES.indexOf(row.status());
            total[slot]++;
            byArea.computeIfAbsent(row.area(), a -> new int[4])[slot]++;
        }
        List<AreaSummaryDto> areas = new ArrayList<>();
        byArea.forEach((area, n) -> areas.add(new AreaSummaryDto(area, n[0], n[1], n[2], n[3])));
        // the organization rows are all here already: count them without another query
        Map<String, int[]> n = new HashMap<>();
        for (RowDto row : rows) {
            int slot = AttainmentRules.STATUSES.indexOf(row.status());
            if (row.organization() != null && ORGANIZATION_LEVEL.equals(row.level()) && slot < 3) {
                n.computeIfAbsent(schoolKey(row), k -> new int[3])[slot]++;
            }
        }
        List<IndicatorSchoolsDto> byIndicator = rows.stream()
                .filter(AttainmentService::summarizesSchools)
                .filter(row -> n.containsKey(schoolKey(row)))
                .map(row -> {
                    int[] c = n.get(schoolKey(row));
                    return new IndicatorSchoolsDto(
                            row.indicator(),
                            row.indicatorName(),
                            row.area(),
                            row.municipality(),
                            row.category(),
                            row.categoryLabel(),
                            new SchoolsDto(c[0], c[1], c[2], c[0] + c[1] + c[2]));
                })
                .toList();
        return new SummaryDto(
                blankToNull(municipality), year, total[0], total[1], total[2], total[3], areas, byIndicator);
    }

    /**
     * A municipality's organizations (or a register's) ranked on one organization-level indicator, year
     * and category: best value first by polarity, equal values share a rank, those without a value last.
     */
    public SchoolRankingDto schoolRanking(
            Caller caller,
            String municipalityCode,
            String indicatorCode,
            String rawYear,
            String category,
            String group) {
        Params p = new Params();
        String mCode = p.required("municipality", municipalityCode);
        String iCode = p.required("indicator", indicatorCode);
        int year = p.requiredYear("year", rawYear);
        p.throwIfAny();
        Municipality m = territory.readableMunicipality(caller, mCode);
        Indicator indicator = indicator(iCode);
        if (!ORGANIZATION_LEVEL.equals(indicator.level)) {
            Checks c = new Checks();
            c.add(
                    "indicator",
                    "not_organization_level",
                    "Показатель " + indicator.code + " задаётся для муниципалитета в целом: рейтинг организаций"
                            + " строится только по показателям уровня организаций");
            c.throwIfAny();
        }
        String canonical = category(indicator, category);
        Long groupId = groupId(caller, mCode, group);
        List<RowDto> rows =
                new ArrayList<>(toRows(query.organizations(indicator.id, m.id, year, canonical, groupId, false)));
        Comparator<BigDecimal> better =
                indicator.higherIsBetter() ? Comparator.reverseOrder() : Comparator.naturalOrder();
        rows.sort(Comparator.comparing(RowDto::fact, Comparator.nullsLast(better))
                .thenComparing(RowDto::organizationName, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(RowDto::organization));
        List<SchoolRankingItemDto> items = new ArrayList<>();
        Integer rank = null;
        for (int n = 0; n < rows.size(); n++) {
            RowDto row = rows.get(n);
            if (row.fact() == null) {
                rank = null;
            } else if (n == 0
                    || rows.get(n - 1).fact() == null
                    || rows.get(n - 1).fact().compareTo(row.fact()) != 0) {
                rank = n + 1;
            }
            items.add(new SchoolRankingItemDto(
                    rank, row.organization(), row.organizationName(), row.fact(), row.difference(), row.status()));
        }
        BigDecimal average = rows.stream()
                .map(RowDto::municipalAverage)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        return new SchoolRankingDto(
                indicator.code,
                indicator.nameRu,
                indicator.unit,
                indicator.polarity,
                m.code,
                groupId == null ? null : group.trim(),
                year,
                SchoolYear.label(indicator.periodicity, year),
                canonical,
                Categories.label(indicator.dimensions, canonical),
                average,
                items.size(),
                items);
    }

    /**
     * Municipalities the caller may see, best fact first by polarity; those without a fact last, unranked. Ranked in
     * SQL from one year's target and fact per municipality: codes, names and the figures shown only.
     */
    public RankingDto ranking(Caller caller, String indicatorCode, String rawYear) {
        return answers.get(
                query.dataVersion(),
                key(caller, "ranking", indicatorCode, rawYear),
                () -> computeRanking(caller, indicatorCode, rawYear));
    }

    private RankingDto computeRanking(Caller caller, String indicatorCode, String rawYear) {
        Params p = new Params();
        int year = p.requiredYear("year", rawYear);
        p.required("indicator", indicatorCode);
        p.throwIfAny();
        Indicator indicator = indicator(indicatorCode);
        boolean active = "active".equals(indicator.status);
        List<ru.orientir.rules.DerivedFacts.Fact> facts = active ? query.derivedFacts(indicator.id, year) : List.of();
        List<RankingItemDto> items = query
                .ranking(
                        indicator.id,
                        year,
                        indicator.higherIsBetter(),
                        active,
                        ReadScope.visibleSql(caller, "m.code"),
                        facts)
                .stream()
                .map(r -> new RankingItemDto(
                        r.rank(),
                        r.municipality(),
                        r.municipalityName(),
                        plain(r.fact()),
                        r.comparator() == null
                                ? null
                                : new TargetDto(r.comparator(), plain(r.value()), plain(r.valueTo())),
                        r.status()))
                .toList();
        return new RankingDto(indicator.code, year, indicator.polarity, items);
    }

    /** The data version the ETags of the ranking views are made of (it grows with every committed change). */
    public long dataVersion() {
        return query.dataVersion();
    }

    public SeriesDto series(
            Caller caller,
            String indicatorCode,
            String municipalityCode,
            String organizationCode,
            String category,
            String rawFrom,
            String rawTo) {
        Params p = new Params();
        p.required("indicator", indicatorCode);
        p.required("municipality", municipalityCode);
        Integer from = p.year("yearFrom", rawFrom);
        Integer to = p.year("yearTo", rawTo);
        p.yearRange("yearFrom", from, "yearTo", to);
        p.throwIfAny();
        Municipality m = territory.visibleMunicipality(caller, municipalityCode);
        caller.requireReadRow(m.code, blankToNull(organizationCode));
        Indicator indicator = indicator(indicatorCode);
        Organization org = null;
        if (blankToNull(organizationCode) != null) {
            org = Organization.byCode(m, organizationCode)
                    .orElseThrow(() -> ProblemException.notFound(
                            "organization",
                            "Организация «" + organizationCode + "» муниципалитета «" + m.code + "» не найдена"));
        }
        String canonical = category(indicator, category);
        List<SeriesPointDto> items =
                toRows(query.series(indicator.id, m.id, org == null ? null : org.id, canonical, from, to)).stream()
                        .map(r -> new SeriesPointDto(
                                r.year(),
                                r.yearLabel(),
                                r.fact(),
                                r.qualifier(),
                                r.target(),
                                r.baseline(),
                                r.status(),
                                r.municipalAverage()))
                        .toList();
        return new SeriesDto(indicator.code, m.code, org == null ? null : org.code, canonical, items);
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
        return filter(caller, municipality, indicator, area, organization, municipalityLevelOnly, status, null, null);
    }

    private Filter filter(
            Caller caller,
            String municipality,
            String indicator,
            String area,
            String organization,
            boolean municipalityLevelOnly,
            String status,
            String category,
            String group) {
        if (blankToNull(group) != null && blankToNull(municipality) == null) {
            Params p = new Params();
            p.required("municipality", municipality);
            p.throwIfAny();
        }
        Long municipalityId = blankToNull(municipality) == null
                ? null
                : territory.visibleMunicipality(caller, municipality.trim()).id;
        if (municipalityId != null && blankToNull(organization) != null) {
            caller.requireReadRow(municipality.trim(), organization.trim());
        }
        Indicator ind = blankToNull(indicator) == null ? null : indicator(indicator);
        String canonical = blankToNull(category) == null
                ? (category == null ? null : "")
                : ind == null ? category.trim() : category(ind, category);
        return new Filter(
                ind == null ? null : ind.id,
                municipalityId,
                ReadScope.keys(caller, "municipality_id", "organization_id"),
                blankToNull(area),
                blankToNull(organization),
                municipalityLevelOnly,
                status,
                canonical,
                municipalityId == null ? null : groupId(caller, municipality.trim(), group),
                false,
                null,
                null,
                caller.readsAll());
    }

    /** The register's id, or null without group=; 404 (field group) for a register the municipality has not. */
    private Long groupId(Caller caller, String municipality, String group) {
        return blankToNull(group) == null ? null : groups.group(caller, municipality, group.trim()).id;
    }

    /**
     * A category parameter in the canonical form ('' without one): typed as values accept it (pairs in any
     * order, the bare member for one dimension); one the indicator does not have is a 400 naming category.
     */
    private static String category(Indicator indicator, String typed) {
        if (blankToNull(typed) == null) {
            return "";
        }
        Checks c = new Checks();
        String canonical = ValueChecks.category(c, indicator, typed.trim());
        if (!c.ok()) {
            throw new ProblemException(
                    400, "bad-request", "Неверный запрос", c.errors().get(0).message(), c.errors());
        }
        return canonical;
    }

    private static Indicator indicator(String code) {
        return Indicator.byCode(code.trim())
                .orElseThrow(() -> ProblemException.notFound("indicator", "Показатель «" + code + "» не найден"));
    }

    private List<RowDto> toRows(List<Raw> raws) {
        Map<String, List<Band>> bands = new HashMap<>();
        Map<String, List<Dimension>> dimensions = new HashMap<>();
        return raws.stream()
                .map(r -> toRow(
                        r,
                        bands.computeIfAbsent(r.indicator(), code -> bands(r)),
                        r.category().isEmpty()
                                ? ""
                                : Categories.label(
                                        dimensions.computeIfAbsent(r.indicator(), AttainmentService::dimensions),
                                        r.category())))
                .toList();
    }

    /** The dimensions of an indicator, read once per indicator of a page (only for rows with a category). */
    private static List<Dimension> dimensions(String indicatorCode) {
        return Indicator.byCode(indicatorCode).map(i -> i.dimensions).orElse(List.of());
    }

    private static RowDto toRow(Raw r, List<Band> bands, String categoryLabel) {
        boolean higher = !"lower".equals(r.polarity());
        BigDecimal fact = plain(r.fact());
        Goal goal = r.comparator() == null
                ? null
                : new Goal(r.comparator(), plain(r.targetValue()), plain(r.targetValueTo()));
        BigDecimal average = plain(r.municipalAverage());
        return new RowDto(
                r.indicator(),
                r.indicatorName(),
                r.area(),
                r.unit(),
                r.decimals(),
                r.polarity(),
                r.level(),
                r.municipality(),
                r.municipalityName(),
                r.organization(),
                r.organizationName(),
                r.category(),
                categoryLabel,
                r.year(),
                SchoolYear.label(r.periodicity(), r.year()),
                fact,
                r.qualifier(),
                goal == null ? null : new TargetDto(goal.comparator(), goal.value(), goal.valueTo()),
                r.targetScope(),
                r.baselineYear() == null ? null : new BaselineDto(r.baselineYear(), plain(r.baselineValue())),
                r.status(),
                plain(AttainmentRules.deviation(goal, fact)),
                plain(AttainmentRules.deviationPercent(goal, fact)),
                plain(AttainmentRules.score(higher, bands, r.scaleMin(), r.scaleMax(), fact)),
                r.periodState(),
                null,
                average,
                r.municipalAverageCount(),
                plain(r.regionalAverage()),
                fact == null || average == null ? null : plain(fact.subtract(average)),
                r.indicatorId(),
                r.municipalityId());
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
