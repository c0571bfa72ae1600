package ru.orientir.plans;

import static ru.orientir.common.Pages.blankToNull;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.orientir.attainment.AttainmentDtos.SeriesDto;
import ru.orientir.attainment.AttainmentService;
import ru.orientir.audit.AuditLog;
import ru.orientir.catalogue.Indicator;
import ru.orientir.common.Checks;
import ru.orientir.common.ETags;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Pages;
import ru.orientir.common.ProblemException;
import ru.orientir.common.Saved;
import ru.orientir.facts.ReadScope;
import ru.orientir.plans.PlanDtos.ActivityDto;
import ru.orientir.plans.PlanDtos.IndicatorYearDto;
import ru.orientir.plans.PlanDtos.NodeDto;
import ru.orientir.plans.PlanDtos.NodeIndicatorDto;
import ru.orientir.plans.PlanDtos.NodeInput;
import ru.orientir.plans.PlanDtos.PlanDto;
import ru.orientir.plans.PlanDtos.PlanInput;
import ru.orientir.plans.PlanDtos.ProgressDto;
import ru.orientir.plans.PlanDtos.ReopenInput;
import ru.orientir.plans.PlanDtos.TreeDto;
import ru.orientir.plans.PlanDtos.TreeNodeDto;
import ru.orientir.security.Caller;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.TerritoryService;

/**
 * Plans and their trees: a municipality's kept by its editors, the region's by the ministry and the admin, read by
 * whoever sees the municipality (a regional plan by everyone). Every change audited; an approved plan's content is
 * locked (409) until it is reopened with a reason.
 */
@ApplicationScoped
public class PlanService {

    @Inject
    TerritoryService territory;

    @Inject
    AttainmentService attainment;

    @Inject
    ActivityService activities;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    // ---- reading ---------------------------------------------------------------------------

    /** The plan, if the caller may read it: 404 when there is none, 403 when its municipality is out of sight. */
    public Plan plan(Caller caller, String code) {
        Plan p =
                Plan.byCode(code).orElseThrow(() -> ProblemException.notFound("plan", "План «" + code + "» не найден"));
        if (p.municipality != null) {
            caller.requireSee(p.municipality.code);
        }
        return p;
    }

    /** The plan, if the caller keeps it (a municipality's editors; the region's: the ministry and the admin). */
    public Plan kept(Caller caller, String code) {
        Plan p = plan(caller, code);
        caller.requireKeeper(p.municipalityCode());
        return p;
    }

    public PageResult<PlanDto> list(Caller caller, String municipality, PageParams page) {
        StringBuilder q = new StringBuilder("select p from Plan p left join p.municipality m where 1 = 1");
        Parameters params = new Parameters();
        String code = blankToNull(municipality);
        if (code != null) {
            territory.visibleMunicipality(caller, code);
            q.append(" and m.code = :code");
            params.and("code", code);
        } else {
            ReadScope.Condition scope = ReadScope.visibleJpql(caller, "m.code");
            if (scope.restricts()) {
                q.append(" and (m is null or ").append(scope.clause()).append(")");
                scope.jpqlParams().forEach(params::and);
            }
        }
        PageResult<Plan> plans = Pages.of(Plan.find(q.toString(), Sort.by("p.code"), params), page);
        Map<Long, ProgressDto> progress =
                progress(plans.items().stream().map(p -> p.id).toList());
        return plans.map(p -> PlanDto.of(p, progress.getOrDefault(p.id, ProgressDto.NONE)));
    }

    public PlanDto dto(Plan p) {
        return PlanDto.of(p, progress(List.of(p.id)).getOrDefault(p.id, ProgressDto.NONE));
    }

    /** Activity counts by status (and overdue) of each plan, in one query. */
    @SuppressWarnings("unchecked")
    Map<Long, ProgressDto> progress(List<Long> planIds) {
        Map<Long, ProgressDto> out = new HashMap<>();
        if (planIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createNativeQuery("SELECT plan_id, count(*),"
                        + " count(*) FILTER (WHERE status = 'planned'), count(*) FILTER (WHERE status = 'in_progress'),"
                        + " count(*) FILTER (WHERE status = 'done'), count(*) FILTER (WHERE status = 'cancelled'),"
                        + " count(*) FILTER (WHERE status IN ('planned', 'in_progress') AND due_to < :today)"
                        + " FROM activity WHERE plan_id IN (:ids) GROUP BY plan_id")
                .setParameter("ids", planIds)
                .setParameter("today", LocalDate.now())
                .getResultList();
        for (Object[] r : rows) {
            out.put(((Number) r[0]).longValue(), new ProgressDto(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6])));
        }
        return out;
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    // ---- writing the plan -------------------------------------------------------------------

    @Transactional
    public Saved<PlanDto> put(Caller caller, String code, PlanInput in, String ifMatch) {
        String owner = in == null ? null : blankToNull(in.municipality());
        caller.requireKeeper(owner);
        Plan p = Plan.byCode(code).orElse(null);
        if (p != null) {
            caller.requireKeeper(p.municipalityCode());
        }
        Checks c = new Checks();
        PlanRules.plan(c, code, in);
        Municipality m = owner == null ? null : Municipality.byCode(owner).orElse(null);
        if (owner != null && m == null) {
            c.add("municipality", "unknown_municipality", "Муниципалитет «" + owner + "» не найден");
        }
        c.throwIfAny();
        ETags.checkIfMatch(ifMatch, p == null ? null : p.version, "План «" + code + "»");
        boolean created = p == null;
        if (!created) {
            PlanRules.requireDraft(p);
            if (!java.util.Objects.equals(p.municipalityCode(), owner)) {
                throw ProblemException.conflict(
                        "plan-municipality",
                        "План «" + code + "» относится к "
                                + (p.municipality == null ? "региону" : "муниципалитету «" + p.municipality.code + "»")
                                + ": его нельзя перенести; создайте новый план");
            }
        }
        PlanDto old = created ? null : dto(p);
        if (created) {
            p = new Plan();
            p.code = code;
            p.municipality = m;
        }
        p.name = in.name().trim();
        p.description = blankToNull(in.description());
        boolean yearsChanged = !created && (p.yearFrom != in.yearFrom() || p.yearTo != in.yearTo());
        p.yearFrom = in.yearFrom();
        p.yearTo = in.yearTo();
        if (!created && dto(p).equals(old)) {
            return new Saved<>(old, p.version, false);
        }
        p.updatedAt = OffsetDateTime.now();
        p.updatedBy = caller.username();
        p.persistAndFlush();
        if (yearsChanged) {
            activities.spanChanged(p);
        }
        PlanDto now = dto(p);
        audit.record(caller, created ? "create" : "update", subject(p), old, now);
        return new Saved<>(now, p.version, created);
    }

    @Transactional
    public void delete(Caller caller, String code, String ifMatch) {
        Plan p = kept(caller, code);
        ETags.checkIfMatch(ifMatch, p.version, "План «" + code + "»");
        if (p.approved()) {
            throw ProblemException.conflict(
                    "plan-approved", "План «" + code + "» утверждён: удалить можно только черновик");
        }
        audit.record(caller, "delete", subject(p), dto(p), null);
        em.createNativeQuery("DELETE FROM plan WHERE id = :id")
                .setParameter("id", p.id)
                .executeUpdate();
    }

    @Transactional
    public PlanDto approve(Caller caller, String code) {
        Plan p = kept(caller, code);
        if (p.approved()) {
            throw ProblemException.conflict(
                    "plan-approved", "План «" + code + "» уже утверждён (" + p.approvedBy + ", " + p.approvedAt + ")");
        }
        PlanDto old = dto(p);
        p.state = Plan.APPROVED;
        p.approvedBy = caller.username();
        p.approvedAt = OffsetDateTime.now();
        touch(caller, p);
        PlanDto now = dto(p);
        audit.record(caller, "approve", subject(p), old, now);
        return now;
    }

    @Transactional
    public PlanDto reopen(Caller caller, String code, ReopenInput in) {
        Plan p = kept(caller, code);
        Checks c = new Checks();
        String reason = in == null ? null : blankToNull(in.reason());
        if (c.required("reason", reason)) {
            c.maxLength("reason", reason, 5000);
        }
        c.throwIfAny();
        if (!p.approved()) {
            throw ProblemException.conflict("plan-draft", "План «" + code + "» не утверждён: открывать заново нечего");
        }
        PlanDto old = dto(p);
        p.state = Plan.DRAFT;
        p.reopenedBy = caller.username();
        p.reopenedAt = OffsetDateTime.now();
        p.reopenReason = reason;
        touch(caller, p);
        PlanDto now = dto(p);
        audit.record(caller, "reopen", subject(p), old, now, null, reason);
        return now;
    }

    private static void touch(Caller caller, Plan p) {
        p.updatedAt = OffsetDateTime.now();
        p.updatedBy = caller.username();
        p.persistAndFlush();
    }

    static AuditLog.Subject subject(Plan p) {
        return new AuditLog.Subject("plan", p.id, p.code, p.municipalityCode(), null);
    }

    // ---- the tree ----------------------------------------------------------------------------

    @Transactional
    public Saved<NodeDto> putNode(Caller caller, String planCode, String code, NodeInput in) {
        Plan p = kept(caller, planCode);
        PlanRules.requireDraft(p);
        PlanNode n = PlanNode.byCode(p, code).orElse(null);
        Checks c = new Checks();
        PlanNode parent = PlanRules.node(c, p, code, in, n);
        List<Indicator> indicators = in == null ? List.of() : PlanRules.indicators(c, "indicators", in.indicators());
        c.throwIfAny();
        return writeNode(caller, p, code, n, in, parent, indicators, null);
    }

    /** Writes a checked node (the API's and the import's write), audited with the job when there is one. */
    public Saved<NodeDto> writeNode(
            Caller caller,
            Plan p,
            String code,
            PlanNode n,
            NodeInput in,
            PlanNode parent,
            List<Indicator> indicators,
            java.util.UUID job) {
        boolean created = n == null;
        NodeDto old = created ? null : NodeDto.of(n);
        if (created) {
            n = new PlanNode();
            n.plan = p;
            n.code = code;
        }
        n.kind = in.kind();
        n.title = in.title().trim();
        n.parent = parent;
        n.position = in.position() == null ? (created ? 0 : n.position) : in.position();
        n.indicators.clear();
        n.indicators.addAll(indicators);
        NodeDto now = NodeDto.of(n);
        if (!created && now.equals(old)) {
            return new Saved<>(old, p.version, false);
        }
        n.persistAndFlush();
        audit.record(caller, created ? "create" : "update", nodeSubject(p, n), old, now, job, null);
        return new Saved<>(now, p.version, created);
    }

    @Transactional
    public void deleteNode(Caller caller, String planCode, String code) {
        Plan p = kept(caller, planCode);
        PlanRules.requireDraft(p);
        PlanNode n = PlanNode.byCode(p, code)
                .orElseThrow(() -> ProblemException.notFound(
                        "node", "В плане «" + planCode + "» нет цели, проекта или задачи «" + code + "»"));
        long children = PlanNode.count("parent", n);
        long acts = Activity.count("node", n);
        if (children > 0 || acts > 0) {
            throw ProblemException.conflict(
                    "node-in-use",
                    "Узел «" + code + "» не пуст (подузлов: " + children + ", мероприятий: " + acts
                            + "): сначала удалите или перенесите их");
        }
        audit.record(caller, "delete", nodeSubject(p, n), NodeDto.of(n), null);
        n.delete();
    }

    private static AuditLog.Subject nodeSubject(Plan p, PlanNode n) {
        return new AuditLog.Subject("plan_node", n.id, p.code + "/" + n.code, p.municipalityCode(), null);
    }

    @Transactional
    public TreeDto tree(Caller caller, String code) {
        Plan p = plan(caller, code);
        List<PlanNode> nodes = PlanNode.list("plan", Sort.by("position").and("code"), p);
        List<Activity> all = Activity.list("plan", Sort.by("code"), p);
        List<ActivityDto> dtos = activities.dtos(all);
        Map<Long, List<ActivityDto>> byNode = new HashMap<>();
        List<ActivityDto> loose = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Activity a = all.get(i);
            if (a.node == null) {
                loose.add(dtos.get(i));
            } else {
                byNode.computeIfAbsent(a.node.id, k -> new ArrayList<>()).add(dtos.get(i));
            }
        }
        Map<String, NodeIndicatorDto> indicators = indicators(caller, p, nodes);
        Map<Long, List<PlanNode>> children = new LinkedHashMap<>();
        List<PlanNode> roots = new ArrayList<>();
        for (PlanNode n : nodes) {
            if (n.parent == null) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.parent.id, k -> new ArrayList<>()).add(n);
            }
        }
        List<TreeNodeDto> top = roots.stream()
                .map(n -> treeNode(n, children, byNode, indicators))
                .toList();
        return new TreeDto(dto(p), top, loose);
    }

    private static TreeNodeDto treeNode(
            PlanNode n,
            Map<Long, List<PlanNode>> children,
            Map<Long, List<ActivityDto>> byNode,
            Map<String, NodeIndicatorDto> indicators) {
        List<TreeNodeDto> kids = children.getOrDefault(n.id, List.of()).stream()
                .sorted(Comparator.comparingInt((PlanNode k) -> k.position).thenComparing(k -> k.code))
                .map(k -> treeNode(k, children, byNode, indicators))
                .toList();
        List<ActivityDto> own = byNode.getOrDefault(n.id, List.of());
        ProgressDto progress = ProgressDto.NONE;
        for (ActivityDto a : own) {
            progress = progress.plus(ProgressDto.of(a.status(), a.overdue()));
        }
        for (TreeNodeDto k : kids) {
            progress = progress.plus(k.progress());
        }
        return new TreeNodeDto(
                n.code,
                n.kind,
                n.title,
                n.parent == null ? null : n.parent.code,
                n.position,
                n.indicators.stream().map(i -> indicators.get(i.code)).toList(),
                progress,
                kids,
                own);
    }

    /**
     * Plan against fact of each linked indicator for the plan's municipality over its span, from the attainment
     * series (the attainment rules, not a copy); a regional plan's indicators have no municipality to measure.
     */
    private Map<String, NodeIndicatorDto> indicators(Caller caller, Plan p, List<PlanNode> nodes) {
        Map<String, NodeIndicatorDto> out = new HashMap<>();
        for (PlanNode n : nodes) {
            for (Indicator i : n.indicators) {
                out.computeIfAbsent(i.code, k -> indicator(caller, p, i));
            }
        }
        return out;
    }

    private NodeIndicatorDto indicator(Caller caller, Plan p, Indicator i) {
        List<IndicatorYearDto> years = List.of();
        if (p.municipality != null) {
            SeriesDto s = attainment.series(
                    caller,
                    i.code,
                    p.municipality.code,
                    null,
                    null,
                    String.valueOf(p.yearFrom),
                    String.valueOf(p.yearTo));
            years = s.items().stream()
                    .map(y -> new IndicatorYearDto(
                            y.year(), y.target() == null ? null : y.target().value(), y.fact(), y.status()))
                    .toList();
        }
        return new NodeIndicatorDto(i.code, i.nameRu, i.unit, years);
    }
}
