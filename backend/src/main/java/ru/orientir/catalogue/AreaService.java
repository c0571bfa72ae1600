package ru.orientir.catalogue;

import static ru.orientir.common.Pages.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import ru.orientir.audit.AuditLog;
import ru.orientir.catalogue.AreaDtos.AreaDto;
import ru.orientir.catalogue.AreaDtos.AreaInput;
import ru.orientir.common.Checks;
import ru.orientir.common.Dependents;
import ru.orientir.common.ETags;
import ru.orientir.common.ProblemException;
import ru.orientir.common.Saved;
import ru.orientir.security.Caller;

/** The managed list of areas: everyone reads it, catalogue administrators keep it; every change is audited. */
@ApplicationScoped
public class AreaService {

    static final int MAX_POSITION = 1_000_000;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    /** Every area in the catalogue's order, with its number of indicators (one query). */
    public List<AreaDto> list() {
        return em.createQuery(
                        "select a, count(i) from IndicatorArea a left join Indicator i on i.area = a "
                                + "group by a order by a.position, a.nameRu",
                        Object[].class)
                .getResultStream()
                .map(r -> AreaDto.of((IndicatorArea) r[0], (Long) r[1]))
                .toList();
    }

    public IndicatorArea area(String code) {
        return IndicatorArea.byCode(code)
                .orElseThrow(() -> ProblemException.notFound("code", "Направление «" + code + "» не найдено"));
    }

    public AreaDto dto(IndicatorArea a) {
        return AreaDto.of(a, Indicator.count("area", a));
    }

    @Transactional
    public Saved<AreaDto> put(Caller caller, String code, AreaInput in, String ifMatch) {
        caller.requireCatalogueAdmin();
        IndicatorArea a = IndicatorArea.byCode(code).orElse(null);
        Checks c = new Checks();
        c.code("code", code);
        String name = in == null ? null : blankToNull(in.nameRu());
        if (c.required("nameRu", name)) {
            c.maxLength("nameRu", name.strip(), IndicatorRules.MAX_AREA);
            IndicatorArea other = IndicatorArea.byName(name.strip()).orElse(null);
            if (other != null && (a == null || !other.id.equals(a.id))) {
                c.add(
                        "nameRu",
                        "duplicate",
                        "Направление «" + name.strip() + "» уже есть в каталоге (код «" + other.code + "»)");
            }
        }
        if (in != null) {
            c.maxLength("nameEn", blankToNull(in.nameEn()), IndicatorRules.MAX_AREA);
            if (in.position() != null && (in.position() < 0 || in.position() > MAX_POSITION)) {
                c.add("position", "out_of_range", "Порядок должен быть от 0 до " + MAX_POSITION);
            }
        }
        c.throwIfAny();
        ETags.checkIfMatch(ifMatch, a == null ? null : a.version, "Направление «" + code + "»");
        boolean created = a == null;
        AreaDto old = created ? null : dto(a);
        if (created) {
            a = new IndicatorArea();
            a.code = code;
        }
        a.nameRu = name.strip();
        a.nameEn = blankToNull(in.nameEn()) == null ? null : in.nameEn().strip();
        if (in.position() != null) {
            a.position = in.position();
        } else if (created) {
            a.position = IndicatorArea.nextPosition();
        }
        a.persist();
        em.flush();
        AreaDto now = dto(a);
        if (!Objects.equals(old, now)) {
            audit.record(caller, created ? "create" : "update", subject(a), old, now);
        }
        return new Saved<>(now, a.version, created);
    }

    /** Deletes an area no indicator is in (409 with their number otherwise). */
    @Transactional
    public void delete(Caller caller, String code, String ifMatch) {
        caller.requireCatalogueAdmin();
        IndicatorArea a = area(code);
        ETags.checkIfMatch(ifMatch, a.version, "Направление «" + code + "»");
        new Dependents()
                .add("indicators", "показатели", Indicator.count("area", a))
                .throwIfAny(
                        "area-in-use",
                        "Направление «" + a.nameRu + "»",
                        "Перенесите показатели в другое направление сначала");
        audit.record(caller, "delete", subject(a), dto(a), null);
        a.delete();
        em.flush();
    }

    private static AuditLog.Subject subject(IndicatorArea a) {
        return new AuditLog.Subject("indicator_area", a.id, a.code, null, null);
    }
}
