package ru.orientir.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import ru.orientir.attainment.AttainmentDtos.RowDto;
import ru.orientir.attainment.AttainmentService;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.ProblemException;
import ru.orientir.exports.Workbooks;
import ru.orientir.groups.GroupDtos.GroupDto;
import ru.orientir.groups.GroupService;
import ru.orientir.periods.PeriodGuard;
import ru.orientir.plans.ActivityService;
import ru.orientir.plans.PlanDtos.ActivityDto;
import ru.orientir.reports.AnnualReport.ActivityLine;
import ru.orientir.reports.AnnualReport.AreaSection;
import ru.orientir.reports.AnnualReport.FlagLine;
import ru.orientir.reports.AnnualReport.Line;
import ru.orientir.reports.AnnualReport.RegisterLine;
import ru.orientir.reports.AnnualReport.Subject;
import ru.orientir.rules.FlagDtos.FlagDto;
import ru.orientir.rules.FlagService;
import ru.orientir.security.Caller;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;
import ru.orientir.territory.Region;
import ru.orientir.territory.TerritoryService;

/**
 * Gathers an annual report from the services the API reads through (attainment, flags, registers,
 * activities, periods), so that the report shows exactly what the caller would see in the
 * application, and never more.
 */
@ApplicationScoped
public class AnnualReportBuilder {

    /** Lists longer than this are cut with a line saying how many more there are: bounded memory and pages. */
    static final int MAX_LIST = 1000;

    private static final Map<String, String> ACTIVITY_STATUSES = Map.of(
            "planned", "запланировано", "in_progress", "выполняется", "done", "выполнено", "cancelled", "отменено");

    @Inject
    AttainmentService attainment;

    @Inject
    FlagService flags;

    @Inject
    GroupService groups;

    @Inject
    ActivityService activities;

    @Inject
    TerritoryService territory;

    @Inject
    EntityManager em;

    /** Not one transaction: the flag queries take read-only connections of their own. */
    public AnnualReport build(Caller caller, ReportRequest r) {
        return switch (r.kind()) {
            case AnnualReport.ORGANIZATION -> organization(caller, r);
            case AnnualReport.REGION -> region(caller, r);
            default -> municipality(caller, r);
        };
    }

    private AnnualReport municipality(Caller caller, ReportRequest r) {
        Municipality m = territory.readableMunicipality(caller, r.municipality());
        Subject subject = new Subject(AnnualReport.MUNICIPALITY, m.code, m.name, m.code, m.name);
        String state = PeriodGuard.stateOf(m, r.year());
        return new AnnualReport(
                subject,
                r.year(),
                state,
                periodLabel(state),
                OffsetDateTime.now(),
                trendYears(r.year()),
                areas(trendRows(r.year(), y -> rows(caller, m.code, null, y))),
                flagLines(caller, m.code, null, r.year()),
                registers(caller, m.code, null, r.year()),
                activityLines(caller, m.code, null, r.year()),
                sources(List.of(m.id), null, r.year()));
    }

    private AnnualReport organization(Caller caller, ReportRequest r) {
        Organization o = territory.organization(caller, r.municipality(), r.organization());
        caller.requireReadRow(r.municipality(), o.code);
        Municipality m = o.municipality;
        Subject subject = new Subject(AnnualReport.ORGANIZATION, o.code, o.name, m.code, m.name);
        String state = PeriodGuard.stateOf(m, r.year());
        return new AnnualReport(
                subject,
                r.year(),
                state,
                periodLabel(state),
                OffsetDateTime.now(),
                trendYears(r.year()),
                areas(trendRows(r.year(), y -> rows(caller, m.code, o.code, y))),
                flagLines(caller, m.code, o.code, r.year()),
                registers(caller, m.code, o.code, r.year()),
                activityLines(caller, m.code, o.code, r.year()),
                sources(List.of(m.id), o.id, r.year()));
    }

    /**
     * The region's report counts municipalities: a line per indicator says how many of the region's
     * municipalities (that the caller reads) met their target, and its status is «достигнуто» only when
     * every municipality with a target met it.
     */
    private AnnualReport region(Caller caller, ReportRequest r) {
        Region region = Region.byCode(r.region())
                .orElseThrow(() -> ProblemException.notFound("region", "Регион «" + r.region() + "» не найден"));
        List<Municipality> members =
                Municipality.<Municipality>list("region.code = ?1 order by code", region.code).stream()
                        .filter(m -> caller.canRead(m.code))
                        .toList();
        if (members.isEmpty()) {
            throw ProblemException.forbidden("Нет доступа ни к одному муниципалитету региона «" + region.name + "»");
        }
        long approved = members.stream()
                .filter(m -> "approved".equals(PeriodGuard.stateOf(m, r.year())))
                .count();
        String state = approved == members.size() ? "approved" : "open";
        String label = "утверждено " + approved + " из " + members.size() + " муниципалитетов";
        Subject subject = new Subject(AnnualReport.REGION, region.code, region.name, null, null);
        Map<Integer, List<RowDto>> byYear = new TreeMap<>();
        for (int y : trendYears(r.year())) {
            List<RowDto> all = new ArrayList<>();
            members.forEach(m -> all.addAll(rows(caller, m.code, null, y)));
            byYear.put(y, all);
        }
        return new AnnualReport(
                subject,
                r.year(),
                state,
                label,
                OffsetDateTime.now(),
                trendYears(r.year()),
                RegionLines.areas(byYear, r.year()),
                regionFlags(caller, members, r.year()),
                List.of(),
                List.of(),
                sources(members.stream().map(m -> m.id).toList(), null, r.year()));
    }

    static List<Integer> trendYears(int year) {
        List<Integer> out = new ArrayList<>();
        for (int y = year - AnnualReport.TREND_YEARS + 1; y <= year; y++) {
            out.add(y);
        }
        return out;
    }

    private static String periodLabel(String state) {
        return switch (state) {
            case "approved" -> "утверждён";
            case "submitted" -> "представлен на утверждение (черновик)";
            case "returned" -> "возвращён на доработку (черновик)";
            default -> "открыт (черновик)";
        };
    }

    /** The rows of each trend year, keyed by year. */
    private static Map<Integer, List<RowDto>> trendRows(int year, IntFunction<List<RowDto>> read) {
        Map<Integer, List<RowDto>> out = new TreeMap<>();
        trendYears(year).forEach(y -> out.put(y, read.apply(y)));
        return out;
    }

    /** The attainment rows of the municipality as a whole (organization null) or of one organization. */
    private List<RowDto> rows(Caller caller, String municipality, String organization, int year) {
        List<RowDto> out = new ArrayList<>();
        pages(
                page -> attainment.rows(
                        caller,
                        new AttainmentService.RowsRequest(
                                municipality, String.valueOf(year), null, null, organization, null),
                        page),
                row -> {
                    boolean wanted =
                            organization == null ? row.organization() == null : organization.equals(row.organization());
                    if (wanted) {
                        out.add(row);
                    }
                },
                Integer.MAX_VALUE);
        return out;
    }

    /** The report year's rows by area (in the catalogue's order of areas, then indicators), each with its trend. */
    static List<AreaSection> areas(Map<Integer, List<RowDto>> byYear) {
        int year = byYear.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        Map<String, Map<Integer, BigDecimal>> trend = new HashMap<>();
        byYear.forEach((y, list) -> list.forEach(
                row -> trend.computeIfAbsent(key(row), k -> new HashMap<>()).put(y, row.fact())));
        Map<String, List<Line>> byArea = new LinkedHashMap<>();
        byYear.get(year).stream().sorted((a, b) -> area(a).compareTo(area(b))).forEach(row -> byArea.computeIfAbsent(
                        area(row), k -> new ArrayList<>())
                .add(line(row, trendOf(trend.get(key(row)), byYear.keySet()))));
        return byArea.entrySet().stream()
                .map(e -> new AreaSection(e.getKey(), e.getValue()))
                .toList();
    }

    private static List<BigDecimal> trendOf(Map<Integer, BigDecimal> facts, Iterable<Integer> years) {
        List<BigDecimal> out = new ArrayList<>();
        years.forEach(y -> out.add(facts == null ? null : facts.get(y)));
        return out;
    }

    private static Line line(RowDto row, List<BigDecimal> trend) {
        return new Line(
                row.indicator(),
                row.indicatorName(),
                row.categoryLabel(),
                Workbooks.unit(row.unit()),
                row.decimals(),
                row.target() == null
                        ? ""
                        : Workbooks.target(
                                row.target().comparator(),
                                row.target().value(),
                                row.target().valueTo()),
                row.fact(),
                row.deviation(),
                row.status(),
                row.schools() == null
                        ? null
                        : schools(row.schools().met(), row.schools().total()),
                trend);
    }

    /** «5 из 8 школ достигли цели». */
    static String schools(int met, int of) {
        return met + " из " + of + " школ достигли цели";
    }

    static String key(RowDto r) {
        return r.indicator() + "|" + r.category();
    }

    static String area(RowDto r) {
        return r.area() == null || r.area().isBlank() ? "Без направления" : r.area();
    }

    private List<FlagLine> flagLines(Caller caller, String municipality, String organization, int year) {
        List<FlagLine> out = new ArrayList<>();
        pages(
                page -> flags.flags(caller, municipality, String.valueOf(year), null, organization, page),
                f -> out.add(new FlagLine(f.ruleName(), flagSubject(f), years(f))),
                MAX_LIST);
        return out;
    }

    private static String flagSubject(FlagDto f) {
        return f.organization() == null ? f.municipalityName() : f.organizationName();
    }

    private static String years(FlagDto f) {
        return f.years().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The region's flags counted per rule: «12 школ в 3 муниципалитетах». */
    private List<FlagLine> regionFlags(Caller caller, List<Municipality> members, int year) {
        Map<String, Map<String, Integer>> perRule = new TreeMap<>();
        for (Municipality m : members) {
            pages(
                    page -> flags.flags(caller, m.code, String.valueOf(year), null, null, page),
                    f -> perRule.computeIfAbsent(f.ruleName(), k -> new TreeMap<>())
                            .merge(m.name, 1, Integer::sum),
                    Integer.MAX_VALUE);
        }
        List<FlagLine> out = new ArrayList<>();
        perRule.forEach((rule, byMunicipality) -> out.add(new FlagLine(
                rule,
                byMunicipality.values().stream().mapToInt(Integer::intValue).sum() + " в " + byMunicipality.size()
                        + " муниципалитетах",
                "")));
        return out;
    }

    /** The registers in force in the year (of one organization: those it belongs to). */
    private List<RegisterLine> registers(Caller caller, String municipality, String organization, int year) {
        List<RegisterLine> out = new ArrayList<>();
        if (!caller.canRead(municipality)) {
            // a school's coordinator does not read the municipality's registers
            return out;
        }
        Consumer<GroupDto> add = g -> {
            if (g.yearFrom() <= year
                    && year <= g.yearTo()
                    && (organization == null || g.organizations().contains(organization))) {
                out.add(new RegisterLine(
                        g.code(),
                        g.name(),
                        g.organizations().size(),
                        g.yearFrom() == g.yearTo() ? String.valueOf(g.yearFrom()) : g.yearFrom() + "–" + g.yearTo()));
            }
        };
        pages(page -> groups.list(caller, municipality, page), add, MAX_LIST);
        return out;
    }

    /** The plan activities whose deadline falls in the year (of one organization: those naming it). */
    private List<ActivityLine> activityLines(Caller caller, String municipality, String organization, int year) {
        List<ActivityLine> out = new ArrayList<>();
        ActivityService.Filter filter = new ActivityService.Filter(
                municipality, null, null, null, null, null, null, year + "-01-01", year + "-12-31", organization, null);
        pages(page -> activities.list(caller, filter, page), a -> out.add(activity(a)), MAX_LIST);
        return out;
    }

    private static ActivityLine activity(ActivityDto a) {
        return new ActivityLine(
                a.plan(),
                a.code(),
                a.title(),
                a.dueLabel(),
                ACTIVITY_STATUSES.getOrDefault(a.status(), a.status()),
                a.overdue(),
                a.responsible());
    }

    /** The sources named by the year's values (and by their indicators), most used first. */
    @SuppressWarnings("unchecked")
    private List<String> sources(List<Long> municipalities, Long organization, int year) {
        List<Object> found = em.createNativeQuery(
                        "select s from (select coalesce(nullif(trim(v.source), ''), nullif(trim(i.source), '')) s,"
                                + " count(*) n from measured_value v join indicator i on i.id = v.indicator_id"
                                + " where v.year = :year and v.municipality_id in (:municipalities)"
                                + " and (cast(:organization as bigint) is null or v.organization_id = :organization)"
                                + " group by 1) t where s is not null order by n desc, s limit 50")
                .setParameter("year", year)
                .setParameter("municipalities", municipalities)
                .setParameter("organization", organization)
                .getResultList();
        return found.stream().map(String::valueOf).toList();
    }

    /** Reads page after page into {@code sink}, at most {@code limit} items. */
    static <T> void pages(java.util.function.Function<PageParams, PageResult<T>> read, Consumer<T> sink, int limit) {
        int seen = 0;
        for (int page = 0; ; page++) {
            PageResult<T> r = read.apply(
                    PageParams.of(String.valueOf(page), String.valueOf(PageParams.MAX_SIZE), PageParams.MAX_SIZE));
            for (T item : r.items()) {
                if (seen++ >= limit) {
                    return;
                }
                sink.accept(item);
            }
            if ((long) (page + 1) * PageParams.MAX_SIZE >= r.total()) {
                return;
            }
        }
    }
}
