package ru.orientir.catalogue;

import static ru.orientir.common.Pages.blankToNull;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.orientir.audit.AuditLog;
import ru.orientir.catalogue.DimensionDtos.DimensionDto;
import ru.orientir.catalogue.DimensionDtos.DimensionInput;
import ru.orientir.common.Checks;
import ru.orientir.common.ETags;
import ru.orientir.common.ProblemException;
import ru.orientir.common.Saved;
import ru.orientir.security.Caller;

/** The catalogue's dimensions: everyone reads them, catalogue administrators change them. */
@ApplicationScoped
public class DimensionService {

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    public List<DimensionDto> list() {
        return Dimension.<Dimension>listAll(Sort.by("code")).stream()
                .map(DimensionDto::of)
                .toList();
    }

    public Dimension dimension(String code) {
        return Dimension.byCode(code)
                .orElseThrow(() -> ProblemException.notFound("code", "Измерение «" + code + "» не найдено в каталоге"));
    }

    @Transactional
    public Saved<DimensionDto> put(Caller caller, String code, DimensionInput in, String ifMatch) {
        caller.requireCatalogueAdmin();
        Checks c = new Checks();
        DimensionRules.validate(c, code, in);
        c.throwIfAny();
        Dimension d = Dimension.byCode(code).orElse(null);
        ETags.checkIfMatch(ifMatch, d == null ? null : d.version, "Измерение «" + code + "»");
        boolean created = d == null;
        DimensionDto old = created ? null : DimensionDto.of(d);
        List<DimensionMember> members = in.members().stream()
                .map(m -> new DimensionMember(
                        m.code(),
                        m.nameRu().trim(),
                        blankToNull(m.nameEn()) == null ? null : m.nameEn().trim()))
                .toList();
        if (created) {
            d = new Dimension();
            d.code = code;
        } else {
            Set<String> kept = members.stream().map(DimensionMember::code).collect(Collectors.toSet());
            List<String> inUse = new ArrayList<>();
            for (DimensionMember m : d.members) {
                if (!kept.contains(m.code())) {
                    List<String> indicators = usedBy(d, m.code());
                    if (!indicators.isEmpty()) {
                        inUse.add(
                                m.code() + " «" + m.nameRu() + "» (показатели: " + String.join(", ", indicators) + ")");
                    }
                }
            }
            if (!inUse.isEmpty()) {
                throw ProblemException.conflict(
                        "member-in-use",
                        "Нельзя убрать из измерения «" + d.nameRu + "» элементы, по которым есть фактические значения: "
                                + String.join("; ", inUse));
            }
        }
        d.nameRu = in.nameRu().trim();
        d.nameEn = blankToNull(in.nameEn()) == null ? null : in.nameEn().trim();
        if (!members.equals(d.members)) {
            d.members = new ArrayList<>(members);
        }
        if (!created && DimensionDto.of(d).equals(old)) {
            return new Saved<>(old, d.version, false);
        }
        d.updatedAt = OffsetDateTime.now();
        d.persistAndFlush();
        DimensionDto now = DimensionDto.of(d);
        audit.record(caller, created ? "create" : "update", subject(d), old, now);
        return new Saved<>(now, d.version, created);
    }

    /** Deletes a dimension no indicator is disaggregated by (409 otherwise, with those indicators). */
    @Transactional
    public void delete(Caller caller, String code, String ifMatch) {
        caller.requireCatalogueAdmin();
        Dimension d = dimension(code);
        ETags.checkIfMatch(ifMatch, d.version, "Измерение «" + code + "»");
        List<String> indicators = em.createQuery(
                        "select i.code from Indicator i join i.dimensions d where d = :d " + "order by i.code",
                        String.class)
                .setParameter("d", d)
                .getResultList();
        if (!indicators.isEmpty()) {
            throw ProblemException.conflict(
                    "dimension-in-use",
                    "Измерение «" + d.nameRu + "» нельзя удалить: по нему разбиты показатели "
                            + String.join(", ", indicators));
        }
        audit.record(caller, "delete", subject(d), DimensionDto.of(d), null);
        d.delete();
    }

    /** Codes of the indicators with values whose category names this member. */
    @SuppressWarnings("unchecked")
    private List<String> usedBy(Dimension d, String member) {
        return em.createNativeQuery("SELECT DISTINCT i.code FROM measured_value v"
                        + " JOIN indicator_dimension x ON x.indicator_id = v.indicator_id"
                        + " JOIN indicator i ON i.id = v.indicator_id"
                        + " WHERE x.dimension_id = ?1 AND strpos(';' || v.category || ';', ?2) > 0 ORDER BY i.code")
                .setParameter(1, d.id)
                .setParameter(
                        2,
                        Categories.PAIR_SEPARATOR
                                + d.code
                                + Categories.CODE_SEPARATOR
                                + member
                                + Categories.PAIR_SEPARATOR)
                .getResultList();
    }

    private static AuditLog.Subject subject(Dimension d) {
        return new AuditLog.Subject("dimension", d.id, d.code, null, null);
    }
}
