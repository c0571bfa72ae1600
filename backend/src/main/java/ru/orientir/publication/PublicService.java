package ru.orientir.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.*;
import ru.orientir.attainment.AttainmentDtos.AreaSummaryDto;
import ru.orientir.attainment.AttainmentRules;
import ru.orientir.attainment.AttainmentService;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.ProblemException;
import ru.orientir.periods.ReportingPeriod;
import ru.orientir.publication.PublicDtos.*;
import ru.orientir.territory.Municipality;

/**
 * The public portal's reads: a reduced projection of the attainment rows of published indicators of years that are
 * approved now, computed live by {@link AttainmentService} (no copy of its rules, no cache that could outlive an
 * unpublish). Anything else answers 404, the same whether the year does not exist, is not approved or is not
 * published.
 */
@ApplicationScoped
public class PublicService {

    /** How many published years a trend shows (the year asked for and the published years before it). */
    static final int TREND_YEARS = 5;

    @Inject
    AttainmentService attainment;

    @Inject
    EntityManager em;

    /** The data version the public answers' ETags are made of. */
    public long dataVersion() {
        return attainment.dataVersion();
    }

    /** Municipalities with a publication in force, by name, paged in SQL. */
    public PageResult<MunicipalityDto> municipalities(PageParams page) {
        page.validated();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        """
                SELECT m.code, m.name, r.code AS region_code, r.name AS region_name,
                       string_agg(CAST(p.year AS text), ',' ORDER BY p.year DESC) AS years,
                       count(*) OVER () AS n_total
                FROM publication p
                JOIN reporting_period rp ON rp.id = p.period_id AND rp.state = ?1 AND rp.version = p.period_version
                JOIN municipality m ON m.id = p.municipality_id
                JOIN region r ON r.id = m.region_id
                WHERE EXISTS (SELECT 1 FROM publication_indicator pi WHERE pi.publication_id = p.id)
                GROUP BY m.id, m.code, m.name, r.code, r.name
                ORDER BY m.name, m.code
                LIMIT ?2 OFFSET ?3""")
                .setParameter(1, ReportingPeriod.APPROVED)
                .setParameter(2, page.size)
                .setParameter(3, (long) page.page * page.size)
                .getResultList();
        long total = rows.isEmpty() ? countMunicipalities() : ((Number) rows.get(0)[5]).longValue();
        List<MunicipalityDto> items = rows.stream()
                .map(r -> new MunicipalityDto(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        Arrays.stream(((String) r[4]).split(","))
                                .map(Integer::valueOf)
                                .toList()))
                .toList();
        return new PageResult<>(items, page.page, page.size, total);
    }

    /** A page past the end still says how many there are. */
    private long countMunicipalities() {
        return ((Number) em.createNativeQuery(
                                """
                SELECT count(DISTINCT p.municipality_id) FROM publication p
                JOIN reporting_period rp ON rp.id = p.period_id AND rp.state = ?1 AND rp.version = p.period_version
                WHERE EXISTS (SELECT 1 FROM publication_indicator pi WHERE pi.publication_id = p.id)""")
                        .setParameter(1, ReportingPeriod.APPROVED)
                        .getSingleResult())
                .longValue();
    }

    public MunicipalityYearsDto municipality(String code) {
        Municipality m = municipalityOf(code);
        List<YearDto> years = Publication.allInForce(m).stream()
                .filter(p -> !p.indicatorIds.isEmpty())
                .map(p -> new YearDto(p.year, p.publishedAt, p.indicatorIds.size()))
                .toList();
        if (years.isEmpty()) {
            throw nothingPublished(m);
        }
        return new MunicipalityYearsDto(m.code, m.name, m.region.code, m.region.name, years);
    }

    public AttainmentDto attainment(String code, int year) {
        Municipality m = municipalityOf(code);
        Publication pub = published(m, year);
        List<RowDto> items = rows(m, pub, pub.indicatorIds);
        return new AttainmentDto(m.code, m.name, year, pub.publishedAt, items.size(), items);
    }

    public SummaryDto summary(String code, int year) {
        Municipality m = municipalityOf(code);
        Publication pub = published(m, year);
        int[] total = new int[4];
        Map<String, int[]> byArea = new LinkedHashMap<>();
        for (RowDto row : rows(m, pub, pub.indicatorIds)) {
            int slot = AttainmentRules.STATUSES.indexOf(row.status());
            total[slot]++;
            byArea.computeIfAbsent(row.area(), a -> new int[4])[slot]++;
        }
        List<AreaSummaryDto> areas = new ArrayList<>();
        byArea.forEach((area, n) -> areas.add(new AreaSummaryDto(area, n[0], n[1], n[2], n[3])));
        return new SummaryDto(m.code, year, total[0], total[1], total[2], total[3], areas);
    }

    /**
     * The year's published indicators in up to {@link #TREND_YEARS} published years up to it: a point for a year
     * only where the indicator is published in that year (one attainment read per year).
     */
    public TrendsDto trends(String code, int year) {
        Municipality m = municipalityOf(code);
        Publication current = published(m, year);
        List<Publication> years = Publication.allInForce(m).stream()
                .filter(p -> p.year <= year)
                .limit(TREND_YEARS)
                .sorted(Comparator.comparingInt(p -> p.year))
                .toList();
        Map<String, TrendDto> byKey = new LinkedHashMap<>();
        for (RowDto row : rows(m, current, current.indicatorIds)) {
            byKey.put(key(row), new TrendDto(row.indicator(), row.category(), new ArrayList<>()));
        }
        for (Publication p : years) {
            Set<Long> both = new HashSet<>(p.indicatorIds);
            both.retainAll(current.indicatorIds);
            for (RowDto row : rows(m, p, both)) {
                TrendDto trend = byKey.get(key(row));
                if (trend != null) {
                    trend.points()
                            .add(new TrendPointDto(
                                    p.year, row.yearLabel(), row.fact(), row.qualifier(), row.target(), row.status()));
                }
            }
        }
        return new TrendsDto(m.code, year, years.stream().map(p -> p.year).toList(), List.copyOf(byKey.values()));
    }

    private static String key(RowDto row) {
        return row.indicator() + "\u0000" + row.category();
    }

    /** The attainment rows of the published indicators, reduced to what the public sees. */
    private List<RowDto> rows(Municipality m, Publication pub, Set<Long> indicators) {
        return attainment.municipalityRows(m.id, pub.year, indicators.toArray(Long[]::new)).stream()
                .filter(r -> indicators.contains(r.indicatorId()))
                .map(r -> new RowDto(
                        r.indicator(),
                        r.indicatorName(),
                        r.area(),
                        r.unit(),
                        r.decimals(),
                        r.polarity(),
                        r.category(),
                        r.categoryLabel(),
                        r.yearLabel(),
                        r.fact(),
                        r.qualifier(),
                        r.target(),
                        r.status(),
                        r.deviation(),
                        r.deviationPercent(),
                        r.score(),
                        r.schools()))
                .toList();
    }

    private static Municipality municipalityOf(String code) {
        return Municipality.byCode(code == null ? "" : code.trim())
                .orElseThrow(() -> ProblemException.notFound(
                        "municipality", "Муниципалитет «" + code + "» не найден среди опубликовавших данные"));
    }

    /** The year's publication in force with something published, else 404 (whatever the reason). */
    private static Publication published(Municipality m, int year) {
        return Publication.inForceOf(m, year)
                .filter(p -> !p.indicatorIds.isEmpty())
                .orElseThrow(() -> ProblemException.notFound(
                        "year",
                        "Данные муниципалитета «" + m.name + "» за " + year
                                + " год не опубликованы: публикуются только утверждённые данные, которые"
                                + " опубликовало министерство"));
    }

    private static ProblemException nothingPublished(Municipality m) {
        return ProblemException.notFound(
                "municipality", "Муниципалитет «" + m.name + "» пока не опубликовал ни одного года");
    }
}
