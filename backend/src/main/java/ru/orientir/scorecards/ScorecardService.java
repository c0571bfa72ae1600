package ru.orientir.scorecards;

import static ru.orientir.common.Pages.blankToNull;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import ru.orientir.audit.AuditLog;
import ru.orientir.common.Checks;
import ru.orientir.common.ETags;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Pages;
import ru.orientir.common.ProblemException;
import ru.orientir.common.Saved;
import ru.orientir.scorecards.ScorecardDtos.ScorecardDto;
import ru.orientir.scorecards.ScorecardDtos.ScorecardInput;
import ru.orientir.security.Caller;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.TerritoryService;

/** Scorecards: the region's (the ministry's) and each department's own; every change audited. */
@ApplicationScoped
public class ScorecardService {

    @Inject
    TerritoryService territory;

    @Inject
    AuditLog audit;

    public PageResult<ScorecardDto> list(Caller caller, String municipality, PageParams p) {
        StringBuilder q = new StringBuilder("select s from Scorecard s left join s.municipality m where 1 = 1");
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
        return Pages.<Scorecard>of(Scorecard.find(q.toString(), Sort.by("s.code"), params), p)
                .map(ScorecardDto::of);
    }

    public Scorecard scorecard(Caller caller, String code) {
        Scorecard s = Scorecard.byCode(code)
                .orElseThrow(() -> ProblemException.notFound("scorecard", "Рейтинг «" + code + "» не найден"));
        if (s.municipality != null) {
            caller.requireSee(s.municipality.code);
        }
        return s;
    }

    @Transactional
    public Saved<ScorecardDto> put(Caller caller, String code, ScorecardInput in, String ifMatch) {
        String owner = in == null ? null : blankToNull(in.municipality());
        caller.requireKeeper(owner);
        Scorecard s = Scorecard.byCode(code).orElse(null);
        if (s != null) {
            caller.requireKeeper(s.municipality == null ? null : s.municipality.code);
        }
        Checks c = new Checks();
        List<ScorecardItem> items = ScorecardRules.check(c, code, in);
        Municipality m = owner == null ? null : Municipality.byCode(owner).orElse(null);
        if (owner != null && m == null) {
            c.add("municipality", "unknown_municipality", "Муниципалитет «" + owner + "» не найден");
        }
        c.throwIfAny();
        ETags.checkIfMatch(ifMatch, s == null ? null : s.version, "Рейтинг «" + code + "»");
        boolean created = s == null;
        ScorecardDto old = created ? null : ScorecardDto.of(s);
        if (created) {
            s = new Scorecard();
            s.code = code;
        }
        s.name = in.name().trim();
        s.description = blankToNull(in.description());
        s.level = in.level();
        s.municipality = m;
        s.areaWeights = in.areaWeights() == null || in.areaWeights().isEmpty() ? null : in.areaWeights();
        s.items.clear();
        s.items.addAll(items);
        if (!created && ScorecardDto.of(s).equals(old)) {
            return new Saved<>(old, s.version, false);
        }
        s.updatedAt = OffsetDateTime.now();
        s.updatedBy = caller.username();
        s.persistAndFlush();
        ScorecardDto now = ScorecardDto.of(s);
        audit.record(caller, created ? "create" : "update", subject(s), old, now);
        return new Saved<>(now, s.version, created);
    }

    @Transactional
    public void delete(Caller caller, String code, String ifMatch) {
        Scorecard s = scorecard(caller, code);
        caller.requireKeeper(s.municipality == null ? null : s.municipality.code);
        ETags.checkIfMatch(ifMatch, s.version, "Рейтинг «" + code + "»");
        audit.record(caller, "delete", subject(s), ScorecardDto.of(s), null);
        s.delete();
    }

    private static AuditLog.Subject subject(Scorecard s) {
        return new AuditLog.Subject(
                "scorecard", s.id, s.code, s.municipality == null ? null : s.municipality.code, null);
    }
}
