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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import ru.orientir.audit.AuditLog;
import ru.orientir.common.Checks;
import ru.orientir.common.ETags;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Pages;
import ru.orientir.common.Params;
import ru.orientir.common.ProblemException;
import ru.orientir.common.Saved;
import ru.orientir.facts.ReadScope;
import ru.orientir.plans.PlanDtos.ActivityDto;
import ru.orientir.plans.PlanDtos.ActivityInput;
import ru.orientir.plans.PlanDtos.HistoryDto;
import ru.orientir.plans.PlanDtos.HistoryList;
import ru.orientir.plans.PlanDtos.StatusInput;
import ru.orientir.plans.PlanRules.SettledActivity;
import ru.orientir.security.Caller;
import ru.orientir.territory.TerritoryService;

/**
 * Activities of plans: written by the plan's keepers while the plan is a draft; their status (with a history) and
 * evidence change on approved plans too, by the keepers and by the users named responsible. Lists are filtered and
 * paged in the database, within what the caller sees.
 */
@ApplicationScoped
public class ActivityService {

    @Inject
    PlanService plans;

    @Inject
    TerritoryService territory;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    /** The filters of the activity lists, as given in the request (checked here). */
    public record Filter(
            String municipality,
            String plan,
            String node,
            String status,
            String overdue,
            String mine,
            String responsible,
            String dueFrom,
            String dueTo,
            String organization,
            String indicator) {}

    public Activity activity(Plan p, String code) {
        return Activity.byCode(p, code)
                .orElseThrow(() -> ProblemException.notFound(
                        "activity", "В плане «" + p.code + "» нет мероприятия «" + code + "»"));
    }

    /** Who may change an activity's status and evidence: the plan's keepers and the users named responsible. */
    public void requireExecutor(Caller caller, Plan p, Activity a) {
        if (a.responsibleUsers.contains(caller.username())) {
            return;
        }
        caller.requireKeeper(p.municipalityCode());
    }

    @Transactional
    public Saved<ActivityDto> put(Caller caller, String planCode, String code, ActivityInput in, String ifMatch) {
        Plan p = plans.kept(caller, planCode);
        PlanRules.requireDraft(p);
        Activity a = Activity.byCode(p, code).orElse(null);
        Checks c = new Checks();
        SettledActivity s = PlanRules.activity(c, p, code, in);
        c.throwIfAny();
        ETags.checkIfMatch(ifMatch, a == null ? null : a.version, "Мероприятие «" + code + "»");
        return write(caller, p, code, a, s, null);
    }

    /** Writes a checked activity (the API's and the import's write): audited, its creation and status in history. */
    public Saved<ActivityDto> write(Caller caller, Plan p, String code, Activity a, SettledActivity s, UUID job) {
        boolean created = a == null;
        ActivityDto old = created ? null : dto(a);
        String oldStatus = created ? null : a.status;
        if (created) {
            a = new Activity();
            a.plan = p;
            a.code = code;
        }
        a.title = s.title();
        a.node = s.node();
        setDue(a, s.due(), p);
        a.responsible = s.responsible();
        a.responsibleUsers.clear();
        a.responsibleUsers.addAll(s.responsibleUsers());
        a.result = s.result();
        a.resultIndicator = s.resultIndicator();
        a.resultTarget = ru.orientir.common.Decimals.keep(a.resultTarget, s.resultTarget());
        a.status = s.status();
        a.indicators.clear();
        a.indicators.addAll(s.indicators());
        a.organizations.clear();
        a.organizations.addAll(s.organizations());
        a.groups.clear();
        a.groups.addAll(s.groups());
        if (!created && same(dto(a), old)) {
            return new Saved<>(old, a.version, false);
        }
        a.updatedAt = OffsetDateTime.now();
        a.updatedBy = caller.username();
        a.persistAndFlush();
        if (!Objects.equals(oldStatus, a.status)) {
            history(caller, a, oldStatus, null);
        }
        ActivityDto now = dto(a);
        audit.record(caller, created ? "create" : "update", subject(a), old, now, job, null);
        return new Saved<>(now, a.version, created);
    }

    private static boolean same(ActivityDto a, ActivityDto b) {
        return a.equals(new ActivityDto(
                b.code(),
                b.plan(),
                b.municipality(),
                b.title(),
                b.node(),
                b.due(),
                b.recurrence(),
                b.month(),
                b.dueFrom(),
                b.dueTo(),
                b.dueLabel(),
                b.overdue(),
                b.responsible(),
                b.responsibleUsers(),
                b.result(),
                b.resultIndicator(),
                b.resultTarget(),
                b.status(),
                b.indicators(),
                b.organizations(),
                b.groups(),
                a.version(),
                a.updatedAt(),
                a.updatedBy(),
                a.evidenceCount()));
    }

    /** A recurring deadline runs over the plan's whole span: from its first year to its last. */
    private static void setDue(Activity a, Due d, Plan p) {
        a.due = d.due();
        a.recurrence = d.recurrence();
        a.dueMonth = d.month();
        a.dueLabel = d.label();
        a.dueFrom = d.recurrence() != null && d.from() != null ? LocalDate.of(p.yearFrom, 1, 1) : d.from();
        a.dueTo = d.to();
    }

    /** The plan's span changed: its recurring activities are due when the new span ends. */
    void spanChanged(Plan p) {
        em.createNativeQuery("UPDATE activity SET due = :due, due_from = :from, due_to = :to"
                        + " WHERE plan_id = :plan AND recurrence IS NOT NULL")
                .setParameter("due", String.valueOf(p.yearTo))
                .setParameter("from", LocalDate.of(p.yearFrom, 1, 1))
                .setParameter("to", LocalDate.of(p.yearTo, 12, 31))
                .setParameter("plan", p.id)
                .executeUpdate();
    }

    @Transactional
    public void delete(Caller caller, String planCode, String code, String ifMatch) {
        Plan p = plans.kept(caller, planCode);
        PlanRules.requireDraft(p);
        Activity a = activity(p, code);
        ETags.checkIfMatch(ifMatch, a.version, "Мероприятие «" + code + "»");
        audit.record(caller, "delete", subject(a), dto(a), null);
        em.createNativeQuery("DELETE FROM activity WHERE id = :id")
                .setParameter("id", a.id)
                .executeUpdate();
    }

    @Transactional
    public ActivityDto status(Caller caller, String planCode, String code, StatusInput in) {
        Plan p = plans.plan(caller, planCode);
        Activity a = activity(p, code);
        requireExecutor(caller, p, a);
        Checks c = new Checks();
        String status = in == null ? null : blankToNull(in.status());
        PlanRules.status(c, status);
        String comment = in == null ? null : blankToNull(in.comment());
        c.maxLength("comment", comment, 5000);
        c.throwIfAny();
        if (status.equals(a.status) && comment == null) {
            return dto(a);
        }
        ActivityDto old = dto(a);
        String from = a.status;
        a.status = status;
        a.updatedAt = OffsetDateTime.now();
        a.updatedBy = caller.username();
        a.persistAndFlush();
        history(caller, a, from, comment);
        ActivityDto now = dto(a);
        audit.record(caller, "status", subject(a), old, now, null, comment);
        return now;
    }

    private static void history(Caller caller, Activity a, String from, String comment) {
        ActivityHistory h = new ActivityHistory();
        h.activity = a;
        h.by = caller.username();
        h.fromStatus = from;
        h.toStatus = a.status;
        h.comment = comment;
        h.persist();
    }

    public HistoryList history(Caller caller, String planCode, String code) {
        Plan p = plans.plan(caller, planCode);
        Activity a = activity(p, code);
        List<ActivityHistory> items = ActivityHistory.list("activity", Sort.by("id"), a);
        return new HistoryList(items.stream()
                .map(h -> new HistoryDto(h.at, h.by, h.fromStatus, h.toStatus, h.comment))
                .toList());
    }

    @Transactional
    public ActivityDto get(Caller caller, String planCode, String code) {
        return dto(activity(plans.plan(caller, planCode), code));
    }

    static AuditLog.Subject subject(Activity a) {
        return new AuditLog.Subject("activity", a.id, a.plan.code + "/" + a.code, a.plan.municipalityCode(), null);
    }

    // ---- lists ---------------------------------------------------------------------------------

    @Transactional
    public PageResult<ActivityDto> list(Caller caller, Filter f, PageParams page) {
        page.validated();
        Params params = new Params();
        String status = params.oneOf("status", f.status(), Activity.STATUSES, null);
        boolean overdueGiven = blankToNull(f.overdue()) != null;
        boolean overdue = params.bool("overdue", f.overdue(), false);
        boolean mine = params.bool("mine", f.mine(), false);
        LocalDate dueFrom = date(params, "dueFrom", f.dueFrom());
        LocalDate dueTo = date(params, "dueTo", f.dueTo());
        params.throwIfAny();
        StringBuilder q = new StringBuilder(
                "select a from Activity a join a.plan p left join p.municipality m left join a.node n where 1 = 1");
        Parameters ps = new Parameters();
        String plan = blankToNull(f.plan());
        if (plan != null) {
            plans.plan(caller, plan);
            q.append(" and p.code = :plan");
            ps.and("plan", plan);
        }
        String municipality = blankToNull(f.municipality());
        if (municipality != null) {
            territory.visibleMunicipality(caller, municipality);
            q.append(" and m.code = :municipality");
            ps.and("municipality", municipality);
        } else if (plan == null) {
            ReadScope.Condition scope = ReadScope.visibleJpql(caller, "m.code");
            if (scope.restricts()) {
                q.append(" and (m is null or ").append(scope.clause()).append(")");
                scope.jpqlParams().forEach(ps::and);
            }
        }
        condition(q, ps, " and n.code = :node", "node", blankToNull(f.node()));
        condition(q, ps, " and a.status = :status", "status", status);
        if (overdueGiven) {
            q.append(overdue ? " and" : " and not")
                    .append(" (a.status in ('planned', 'in_progress') and a.dueTo < :today)");
            ps.and("today", LocalDate.now());
        }
        if (mine) {
            q.append(" and :me member of a.responsibleUsers");
            ps.and("me", caller.username());
        }
        String responsible = blankToNull(f.responsible());
        if (responsible != null) {
            q.append(" and lower(a.responsible) like :responsible escape '\\'");
            ps.and("responsible", "%" + like(responsible.toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        condition(q, ps, " and a.dueTo >= :dueFrom", "dueFrom", dueFrom);
        condition(q, ps, " and a.dueFrom <= :dueTo", "dueTo", dueTo);
        condition(
                q,
                ps,
                " and exists (select 1 from Activity a2 join a2.organizations o where a2 = a and o.code = :organization)",
                "organization",
                blankToNull(f.organization()));
        condition(
                q,
                ps,
                " and exists (select 1 from Activity a3 join a3.indicators i where a3 = a and i.code = :indicator)",
                "indicator",
                blankToNull(f.indicator()));
        q.append(" order by a.dueTo nulls last, p.code, a.code");
        PageResult<Activity> found = Pages.of(Activity.find(q.toString(), ps), page);
        return new PageResult<>(dtos(found.items()), found.page(), found.size(), found.total());
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void condition(StringBuilder q, Parameters ps, String clause, String name, Object value) {
        if (value != null) {
            q.append(clause);
            ps.and(name, value);
        }
    }

    private static LocalDate date(Params params, String name, String raw) {
        String v = blankToNull(raw);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badRequest(
                    name, "invalid_date", "Параметр «" + name + "»: «" + v + "» — не дата (ожидается ГГГГ-ММ-ДД)");
        }
    }

    // ---- export --------------------------------------------------------------------------------

    /**
     * The rows of the activities file for the plans the caller sees (of one municipality or one plan when given):
     * each plan's nodes (parents first), then its activities, each row in the given columns.
     */
    @Transactional
    public List<List<String>> exportRows(Caller caller, String municipality, String plan, List<String> columns) {
        StringBuilder q = new StringBuilder("select p from Plan p left join p.municipality m where 1 = 1");
        Parameters ps = new Parameters();
        String planCode = blankToNull(plan);
        if (planCode != null) {
            plans.plan(caller, planCode);
            q.append(" and p.code = :plan");
            ps.and("plan", planCode);
        }
        String m = blankToNull(municipality);
        if (m != null) {
            territory.visibleMunicipality(caller, m);
            q.append(" and m.code = :municipality");
            ps.and("municipality", m);
        } else {
            ReadScope.Condition scope = ReadScope.visibleJpql(caller, "m.code");
            if (scope.restricts()) {
                q.append(" and (m is null or ").append(scope.clause()).append(")");
                scope.jpqlParams().forEach(ps::and);
            }
        }
        List<Plan> found =
                Plan.find(q.append(" order by p.code").toString(), ps).list();
        List<List<String>> rows = new java.util.ArrayList<>();
        for (Plan p : found) {
            List<PlanNode> nodes = PlanNode.list("plan", Sort.by("position").and("code"), p);
            for (PlanNode n : parentsFirst(nodes)) {
                Map<String, String> row = new HashMap<>();
                row.put("plan", p.code);
                row.put("code", n.code);
                row.put("title", n.title);
                row.put("kind", n.kind);
                row.put("parent", n.parent == null ? null : n.parent.code);
                row.put(
                        "indicators",
                        String.join("|", n.indicators.stream().map(i -> i.code).toList()));
                rows.add(columns.stream().map(row::get).toList());
            }
            for (Activity a : Activity.<Activity>list("plan", Sort.by("code"), p)) {
                Map<String, String> row = new HashMap<>();
                row.put("plan", p.code);
                row.put("code", a.code);
                row.put("title", a.title);
                row.put("due", a.recurrence == null ? a.due : a.dueLabel);
                row.put("responsible", a.responsible);
                row.put("result", a.result);
                row.put("status", a.status);
                row.put(
                        "indicators",
                        String.join("|", a.indicators.stream().map(i -> i.code).toList()));
                row.put(
                        "organizations",
                        String.join(
                                "|", a.organizations.stream().map(o -> o.code).toList()));
                row.put("kind", "activity");
                row.put("parent", a.node == null ? null : a.node.code);
                row.put("recurrence", a.recurrence);
                row.put("result_indicator", a.resultIndicator == null ? null : a.resultIndicator.code);
                row.put(
                        "result_target",
                        a.resultTarget == null
                                ? null
                                : ru.orientir.common.Decimals.exact(a.resultTarget)
                                        .toPlainString());
                row.put(
                        "groups",
                        String.join("|", a.groups.stream().map(g -> g.code).toList()));
                rows.add(columns.stream().map(row::get).toList());
            }
        }
        return rows;
    }

    /** The nodes in tree order (depth first), so that a re-import meets every parent before its children. */
    private static List<PlanNode> parentsFirst(List<PlanNode> nodes) {
        Map<Long, List<PlanNode>> children = new HashMap<>();
        List<PlanNode> out = new java.util.ArrayList<>();
        java.util.Deque<PlanNode> stack = new java.util.ArrayDeque<>();
        for (PlanNode n : nodes) {
            if (n.parent == null) {
                out.add(n);
            } else {
                children.computeIfAbsent(n.parent.id, k -> new java.util.ArrayList<>())
                        .add(n);
            }
        }
        List<PlanNode> ordered = new java.util.ArrayList<>();
        for (PlanNode root : out) {
            stack.push(root);
            while (!stack.isEmpty()) {
                PlanNode n = stack.pop();
                ordered.add(n);
                List<PlanNode> kids = children.getOrDefault(n.id, List.of());
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.push(kids.get(i));
                }
            }
        }
        return ordered;
    }

    // ---- representation ----------------------------------------------------------------------

    public ActivityDto dto(Activity a) {
        return dtos(List.of(a)).get(0);
    }

    /** The activities as read back, with their evidence counted in one query. */
    @SuppressWarnings("unchecked")
    public List<ActivityDto> dtos(List<Activity> list) {
        Map<Long, Long> evidence = new HashMap<>();
        List<Long> ids = list.stream().map(a -> a.id).filter(Objects::nonNull).toList();
        if (!ids.isEmpty()) {
            List<Object[]> rows = em.createQuery(
                            "select e.activity.id, count(e) from Evidence e where e.activity.id in :ids"
                                    + " group by e.activity.id")
                    .setParameter("ids", ids)
                    .getResultList();
            rows.forEach(r -> evidence.put((Long) r[0], (Long) r[1]));
        }
        LocalDate today = LocalDate.now();
        return list.stream()
                .map(a -> dto(a, evidence.getOrDefault(a.id, 0L), today))
                .toList();
    }

    private static ActivityDto dto(Activity a, long evidence, LocalDate today) {
        return new ActivityDto(
                a.code,
                a.plan.code,
                a.plan.municipalityCode(),
                a.title,
                a.node == null ? null : a.node.code,
                a.due,
                a.recurrence,
                a.dueMonth,
                a.dueFrom,
                a.dueTo,
                a.dueLabel,
                a.overdue(today),
                a.responsible,
                List.copyOf(a.responsibleUsers),
                a.result,
                a.resultIndicator == null ? null : a.resultIndicator.code,
                ru.orientir.common.Decimals.exact(a.resultTarget),
                a.status,
                a.indicators.stream().map(i -> i.code).toList(),
                a.organizations.stream().map(o -> o.code).toList(),
                a.groups.stream().map(g -> g.code).toList(),
                a.version,
                a.updatedAt,
                a.updatedBy,
                evidence);
    }
}
