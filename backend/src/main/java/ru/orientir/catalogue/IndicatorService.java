package ru.orientir.catalogue;

import static ru.orientir.common.Pages.blankToNull;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import ru.orientir.audit.AuditLog;
import ru.orientir.calendar.DeadlineRule;
import ru.orientir.calendar.Periodicity;
import ru.orientir.catalogue.CatalogueDtos.AreaDto;
import ru.orientir.catalogue.CatalogueDtos.IndicatorDto;
import ru.orientir.catalogue.CatalogueDtos.IndicatorInput;
import ru.orientir.common.Checks;
import ru.orientir.common.Decimals;
import ru.orientir.common.ETags;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Pages;
import ru.orientir.common.ProblemException;
import ru.orientir.common.Saved;
import ru.orientir.security.Caller;
import ru.orientir.targets.Target;
import ru.orientir.values.MeasuredValue;

/** The indicator catalogue shared by all municipalities: everyone reads it, administrators change it. */
@ApplicationScoped
public class IndicatorService {

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    /** Whose catalogue a list shows: every indicator, or the catalogue of the caller's municipalities. */
    public static final List<String> SCOPES = List.of("mine", "all");

    /**
     * The catalogue, filtered; {@code status}, {@code level} and {@code scope} are already parsed by the resource.
     * With {@code municipality}, the catalogue of that municipality ({@link IndicatorReach}); else with scope
     * {@code mine}, the catalogue of the caller's municipalities (every indicator for callers bound to none: admin,
     * ministry, integration). Each item tells how widely it is kept.
     */
    public PageResult<IndicatorDto> list(
            Caller caller,
            String area,
            String search,
            String status,
            String level,
            String scope,
            String municipality,
            PageParams p) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        List<Long> regions = regions(caller, scope, municipality);
        if (regions != null) {
            List<Long> ids = inCatalogueOf(regions);
            where.add(ids.isEmpty() ? "1 = 0" : "id in :ids");
            if (!ids.isEmpty()) {
                params.and("ids", ids);
            }
        }
        if (blankToNull(area) != null) {
            where.add("(area.nameRu = :area or area.nameEn = :area)");
            params.and("area", area.trim());
        }
        if (blankToNull(search) != null) {
            where.add("(lower(code) like :q or lower(nameRu) like :q or lower(nameEn) like :q)");
            params.and("q", "%" + search.trim().toLowerCase() + "%");
        }
        if (blankToNull(status) != null) {
            where.add("status = :status");
            params.and("status", status.trim());
        }
        if (blankToNull(level) != null) {
            where.add("level = :level");
            params.and("level", level.trim());
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        PageResult<Indicator> page = Pages.of(Indicator.find(query, Sort.by("code"), params), p);
        Map<Long, IndicatorReach.Usage> usage =
                usage(page.items().stream().map(i -> i.id).toList());
        return page.map(i -> IndicatorDto.of(i).with(usage.getOrDefault(i.id, IndicatorReach.Usage.NONE)));
    }

    /** One indicator as the API shows it, with how widely it is kept. */
    public IndicatorDto dto(Indicator i) {
        return IndicatorDto.of(i).with(usage(List.of(i.id)).getOrDefault(i.id, IndicatorReach.Usage.NONE));
    }

    /**
     * The regions whose catalogue a list shows, or null for the whole catalogue: the named municipality's region
     * (the caller must see it), or with scope {@code mine} the regions of the municipalities the caller is bound to.
     */
    private List<Long> regions(Caller caller, String scope, String municipality) {
        Collection<String> codes;
        if (municipality != null) {
            caller.requireSee(municipality);
            codes = List.of(municipality);
        } else if ("mine".equals(scope)
                && !caller.readsAll()
                && !caller.visible().isEmpty()) {
            codes = caller.visible();
        } else {
            return null;
        }
        List<Long> regions = jdbc(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT region_id FROM municipality WHERE code = ANY(CAST(? AS text[]))")) {
                ps.setArray(1, c.createArrayOf("text", codes.toArray(new String[0])));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
        if (municipality != null && regions.isEmpty()) {
            throw ProblemException.notFound("municipality", "Муниципалитет «" + municipality + "» не найден");
        }
        return regions;
    }

    private List<Long> inCatalogueOf(List<Long> regions) {
        return jdbc(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT i.id FROM indicator i WHERE " + IndicatorReach.inCatalogueOf("i.id", "i.code"))) {
                IndicatorReach.bind(c, ps, 1, regions);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    private Map<Long, IndicatorReach.Usage> usage(List<Long> ids) {
        return jdbc(c -> IndicatorReach.usage(c, ids));
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T jdbc(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Indicator indicator(String code) {
        return Indicator.byCode(code)
                .orElseThrow(() -> ProblemException.notFound("code", "Показатель «" + code + "» не найден в каталоге"));
    }

    public List<AreaDto> areas() {
        return em.createQuery(
                        "select a.nameRu, a.nameEn, count(i) from IndicatorArea a "
                                + "left join Indicator i on i.area = a group by a.id, a.nameRu, a.nameEn, a.position "
                                + "order by a.position, a.nameRu",
                        Object[].class)
                .getResultStream()
                .map(r -> new AreaDto((String) r[0], (String) r[1], (Long) r[2]))
                .toList();
    }

    @Transactional
    public Saved<IndicatorDto> put(Caller caller, String code, IndicatorInput in, String ifMatch) {
        caller.requireCatalogueAdmin();
        Indicator ind = Indicator.byCode(code).orElse(null);
        Checks c = new Checks();
        Indicator stored = ind;
        IndicatorRules.validate(c, code, in, stored, () -> hasData(stored));
        IndicatorRules.derived(
                c, in, this::ruleLevel, () -> stored != null && MeasuredValue.count("indicator", stored) > 0);
        c.throwIfAny();
        ETags.checkIfMatch(ifMatch, ind == null ? null : ind.version, "Показатель «" + code + "»");
        boolean created = ind == null;
        IndicatorDto old = created ? null : IndicatorDto.of(ind);
        if (created) {
            ind = new Indicator();
            ind.code = code;
        }
        apply(in, ind);
        ind.derivedRule = in.derived() == null ? null : in.derived().rule().trim();
        ind.derivedMeasure = in.derived() == null ? null : in.derived().measure();
        if (!created && IndicatorDto.of(ind).equals(old)) {
            return new Saved<>(old, ind.version, false);
        }
        ind.updatedAt = OffsetDateTime.now();
        ind.persistAndFlush();
        IndicatorDto now = IndicatorDto.of(ind);
        audit.record(caller, created ? "create" : "update", subject(ind), old, now);
        return new Saved<>(now, ind.version, created);
    }

    /**
     * Deletes an unused indicator; one that values or targets refer to is refused (409 with their counts):
     * archive it instead (PUT with status archived), which keeps its data and stops new entries.
     */
    @Transactional
    public void delete(Caller caller, String code, String ifMatch) {
        caller.requireCatalogueAdmin();
        Indicator ind = indicator(code);
        ETags.checkIfMatch(ifMatch, ind.version, "Показатель «" + code + "»");
        IndicatorDto old = IndicatorDto.of(ind);
        new ru.orientir.common.Dependents()
                .add("values", "фактические значения", MeasuredValue.count("indicator", ind))
                .add("targets", "целевые значения", Target.count("indicator", ind))
                .throwIfAny(
                        "indicator-in-use",
                        "Показатель «" + code + "»",
                        "Чтобы прекратить ввод и сохранить данные, переведите его в архив (status: archived)");
        audit.record(caller, "delete", subject(ind), old, null);
        ind.delete();
        em.flush();
    }

    /** A risk rule's level, null when there is no rule of that code. */
    private String ruleLevel(String code) {
        List<?> found = em.createNativeQuery("SELECT level FROM risk_rule WHERE code = ?1")
                .setParameter(1, code)
                .getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }

    public static boolean hasData(Indicator ind) {
        return Target.count("indicator", ind) > 0 || MeasuredValue.count("indicator", ind) > 0;
    }

    // ---- areas ---------------------------------------------------------------------

    /** An area by its Russian name, or 404. */
    private static IndicatorArea area(String name) {
        return IndicatorArea.byName(name == null ? "" : name.strip())
                .orElseThrow(
                        () -> ProblemException.notFound("area", "Направление «" + name + "» не найдено в каталоге"));
    }

    private static AuditLog.Subject subject(IndicatorArea a) {
        return new AuditLog.Subject("indicator_area", a.id, a.nameRu, null, null);
    }

    private AreaDto areaDto(IndicatorArea a) {
        return new AreaDto(a.nameRu, a.nameEn, Indicator.count("area", a));
    }

    /** Renames an area (its indicators follow: they refer to it, not to its name); admin, audited. */
    @Transactional
    public AreaDto renameArea(Caller caller, String name, AreaDto in) {
        caller.requireCatalogueAdmin();
        IndicatorArea a = area(name);
        Checks c = new Checks();
        if (c.required("area", in == null ? null : blankToNull(in.area()))) {
            c.maxLength("area", in.area().strip(), 300);
        }
        if (in != null && in.areaEn() != null) {
            c.maxLength("areaEn", in.areaEn().strip(), 300);
        }
        c.throwIfAny();
        String newName = in.area().strip();
        IndicatorArea other = IndicatorArea.byName(newName).orElse(null);
        if (other != null && !other.id.equals(a.id)) {
            throw new ProblemException(
                    409,
                    "area-exists",
                    "Конфликт",
                    "Направление «" + newName + "» уже есть в каталоге: выберите другое название",
                    List.of(new ru.orientir.common.FieldError(
                            "area", "duplicate", "Направление «" + newName + "» уже есть")));
        }
        AreaDto old = areaDto(a);
        a.nameRu = newName;
        a.nameEn = blankToNull(in.areaEn());
        AreaDto now = areaDto(a);
        if (!now.equals(old)) {
            audit.record(caller, "update", subject(a), old, now);
        }
        em.flush();
        return now;
    }

    /** Deletes an area no indicator belongs to (409 with the count otherwise); admin, audited. */
    @Transactional
    public void deleteArea(Caller caller, String name) {
        caller.requireCatalogueAdmin();
        IndicatorArea a = area(name);
        new ru.orientir.common.Dependents()
                .add("indicators", "показатели", Indicator.count("area", a))
                .throwIfAny(
                        "area-in-use",
                        "Направление «" + a.nameRu + "»",
                        "Перенесите показатели в другое направление сначала");
        audit.record(caller, "delete", subject(a), areaDto(a), null);
        a.delete();
        em.flush();
    }

    private static AuditLog.Subject subject(Indicator ind) {
        return new AuditLog.Subject("indicator", ind.id, ind.code, null, ind.code);
    }

    /** Writes a checked input onto the entity (also used by the indicators import, row by row). */
    public static void apply(IndicatorInput in, Indicator ind) {
        ind.nameRu = in.nameRu().trim();
        ind.nameEn = blankToNull(in.nameEn());
        ind.area = area(blankToNull(in.area()), blankToNull(in.areaEn()));
        ind.unit = in.unit();
        ind.decimals = in.decimals() == null ? 1 : in.decimals();
        ind.polarity = Optional.ofNullable(blankToNull(in.polarity())).orElse("higher");
        ind.scaleMin = Decimals.keep(ind.scaleMin, in.scaleMin());
        ind.scaleMax = Decimals.keep(ind.scaleMax, in.scaleMax());
        List<Band> bands = in.bands() == null || in.bands().isEmpty() ? null : List.copyOf(in.bands());
        if (!Objects.equals(IndicatorDto.exact(bands), IndicatorDto.exact(ind.bands))) {
            ind.bands = bands;
        }
        ind.level = Optional.ofNullable(blankToNull(in.level())).orElse("municipality");
        ind.periodicity =
                Optional.ofNullable(Periodicity.canonical(in.periodicity())).orElse(ind.periodicity);
        calendar(in, ind);
        List<String> categories = in.categories() == null || in.categories().isEmpty()
                ? null
                : in.categories().stream().map(String::trim).toList();
        if (!Objects.equals(categories, ind.categories)) {
            ind.categories = categories;
        }
        List<String> dimensions = in.dimensions() == null
                ? List.of()
                : in.dimensions().stream().map(String::trim).toList();
        if (!dimensions.equals(ind.dimensions.stream().map(d -> d.code).toList())) {
            ind.dimensions.clear();
            dimensions.forEach(d -> ind.dimensions.add(Dimension.byCode(d).orElseThrow()));
        }
        ind.description = blankToNull(in.description());
        ind.formula = blankToNull(in.formula());
        ind.numerator = blankToNull(in.numerator());
        ind.denominator = blankToNull(in.denominator());
        ind.source = blankToNull(in.source());
        ind.status = Optional.ofNullable(blankToNull(in.status())).orElse("active");
    }

    /**
     * The calendar fields of a checked input: a deadline or a responsible level left out (null) keeps the stored
     * one; a blank deadline (or «нет») removes it, a blank responsible level returns to the level's default.
     */
    private static void calendar(IndicatorInput in, Indicator ind) {
        if (in.deadline() != null) {
            boolean none = in.deadline().isBlank() || DeadlineRule.clears(in.deadline());
            ind.deadline(none ? null : DeadlineRule.parse(in.deadline()));
        }
        if (in.responsible() != null) {
            String given = blankToNull(in.responsible());
            // the level's default written out leaves the row as it is
            if (given == null || !given.equals(ind.responsible())) {
                ind.responsibleLevel = given;
            }
        }
    }

    /** Finds the direction by its Russian name or creates it; an English name given updates it. */
    static IndicatorArea area(String nameRu, String nameEn) {
        if (nameRu == null) {
            return null;
        }
        IndicatorArea a = IndicatorArea.byName(nameRu).orElseGet(() -> {
            IndicatorArea created = new IndicatorArea();
            created.nameRu = nameRu;
            created.code = IndicatorArea.freeCode();
            created.position = IndicatorArea.nextPosition();
            return created;
        });
        if (nameEn != null && !nameEn.equals(a.nameEn)) {
            a.nameEn = nameEn;
        }
        if (a.id == null) {
            a.persist();
        }
        return a;
    }
}
