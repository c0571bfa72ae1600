package ru.orientir.rules;

import static ru.orientir.common.Pages.blankToNull;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import ru.orientir.audit.AuditLog;
import ru.orientir.catalogue.Indicator;
import ru.orientir.common.Checks;
import ru.orientir.common.ETags;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Pages;
import ru.orientir.common.ProblemException;
import ru.orientir.common.Saved;
import ru.orientir.rules.RuleDtos.RuleDto;
import ru.orientir.rules.RuleDtos.RuleInput;
import ru.orientir.security.Caller;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.TerritoryService;

/**
 * Risk rules: the region's (kept by the ministry) and each department's own (kept by its editors);
 * everyone who sees a municipality sees the rules that apply to it. Every change audited.
 */
@ApplicationScoped
public class RuleService {

    @Inject
    TerritoryService territory;

    @Inject
    AuditLog audit;

    /** The rules the caller sees; with a municipality, those that apply to it (the region's and its own). */
    public PageResult<RuleDto> list(Caller caller, String municipality, PageParams p) {
        // a left join: a rule of the region has no municipality
        StringBuilder q = new StringBuilder("select r from RiskRule r left join r.municipality m where 1 = 1");
        Parameters params = new Parameters();
        String code = blankToNull(municipality);
        if (code != null) {
            territory.visibleMunicipality(caller, code);
            q.append(" and (m is null or m.code = :code)");
            params.and("code", code);
        } else if (!caller.readsAll()) {
            q.append(" and (m is null or m.code in :scope)");
            params.and("scope", caller.visible().isEmpty() ? List.of("") : List.copyOf(caller.visible()));
        }
        return Pages.<RiskRule>of(RiskRule.find(q.toString(), Sort.by("r.code"), params), p)
                .map(RuleDto::of);
    }

    public RiskRule rule(Caller caller, String code) {
        RiskRule r = RiskRule.byCode(code)
                .orElseThrow(() -> ProblemException.notFound("rule", "Правило «" + code + "» не найдено"));
        if (r.municipality != null) {
            caller.requireSee(r.municipality.code);
        }
        return r;
    }

    @Transactional
    public Saved<RuleDto> put(Caller caller, String code, RuleInput in, String ifMatch) {
        String owner = in == null ? null : blankToNull(in.municipality());
        caller.requireKeeper(owner);
        RiskRule r = RiskRule.byCode(code).orElse(null);
        if (r != null && r.municipality != null) {
            caller.requireKeeper(r.municipality.code);
        } else if (r != null) {
            caller.requireKeeper(null);
        }
        Checks c = new Checks();
        List<RuleCondition> conditions = RuleRules.check(c, code, in);
        Municipality m = owner == null ? null : Municipality.byCode(owner).orElse(null);
        if (owner != null && m == null) {
            c.add("municipality", "unknown_municipality", "Муниципалитет «" + owner + "» не найден");
        }
        c.throwIfAny();
        ETags.checkIfMatch(ifMatch, r == null ? null : r.version, "Правило «" + code + "»");
        boolean created = r == null;
        RuleDto old = created ? null : RuleDto.of(r);
        if (created) {
            r = new RiskRule();
            r.code = code;
        }
        r.name = in.name().trim();
        r.description = blankToNull(in.description());
        r.level = in.level();
        r.combine = blankToNull(in.combine()) == null ? "any" : in.combine().trim();
        r.window = in.window();
        r.minYears = in.minYears();
        r.preceding = Boolean.TRUE.equals(in.preceding());
        r.municipality = m;
        r.conditions.clear();
        r.conditions.addAll(conditions);
        if (!created && RuleDto.of(r).equals(old)) {
            return new Saved<>(old, r.version, false);
        }
        r.updatedAt = OffsetDateTime.now();
        r.updatedBy = caller.username();
        r.persistAndFlush();
        RuleDto now = RuleDto.of(r);
        audit.record(caller, created ? "create" : "update", subject(r), old, now);
        return new Saved<>(now, r.version, created);
    }

    @Transactional
    public void delete(Caller caller, String code, String ifMatch) {
        RiskRule r = rule(caller, code);
        caller.requireKeeper(r.municipality == null ? null : r.municipality.code);
        ETags.checkIfMatch(ifMatch, r.version, "Правило «" + code + "»");
        new ru.orientir.common.Dependents()
                .add("indicators", "производные показатели", Indicator.count("derivedRule", r.code))
                .throwIfAny(
                        "rule-in-use",
                        "Правило «" + code + "»",
                        "По нему вычисляются производные показатели: сначала уберите у них derived");
        audit.record(caller, "delete", subject(r), RuleDto.of(r), null);
        r.delete();
    }

    private static AuditLog.Subject subject(RiskRule r) {
        return new AuditLog.Subject("rule", r.id, r.code, r.municipality == null ? null : r.municipality.code, null);
    }
}
