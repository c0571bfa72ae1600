package ru.orientir.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.orientir.catalogue.Indicator;
import ru.orientir.common.Checks;
import ru.orientir.common.FieldError;
import ru.orientir.common.ProblemException;
import ru.orientir.files.Row;
import ru.orientir.files.RowSource;
import ru.orientir.plans.Activity;
import ru.orientir.plans.ActivityService;
import ru.orientir.plans.Plan;
import ru.orientir.plans.PlanDtos.ActivityInput;
import ru.orientir.plans.PlanDtos.NodeInput;
import ru.orientir.plans.PlanNode;
import ru.orientir.plans.PlanRules;
import ru.orientir.plans.PlanService;

/**
 * Plans' activities by file (type=activities): one row per activity of an existing draft plan, or (kind goal,
 * project, task) per node of its tree. The checks are the API's ({@link PlanRules}, the keeper's right, the lock of
 * an approved plan) and so are the writes, audited with the job. Rows are written in file order inside the job's
 * transaction, so that an activity may name a node created rows above; a dry run or a rejected atomic job rolls the
 * whole transaction back.
 */
@ApplicationScoped
public class ActivitiesImporter implements Importer {

    static final List<String> KINDS = List.of("goal", "project", "task", "activity");

    @Inject
    PlanService plans;

    @Inject
    ActivityService activities;

    @Override
    public long run(JobContext job, RowSource rows) throws Exception {
        try {
            return QuarkusTransaction.requiringNew().timeout(3600).call(() -> checkAndWrite(job, rows));
        } catch (NothingToCommit e) {
            return e.good;
        }
    }

    private long checkAndWrite(JobContext job, RowSource rows) throws Exception {
        Map<String, Plan> byCode = new HashMap<>();
        Map<String, String[]> refusals = new HashMap<>();
        Map<String, Long> seen = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        long good = 0;
        for (Row r = rows.next(); r != null; r = rows.next()) {
            RowCheck rc = job.check(r);
            String kind = rc.keyword("kind") == null ? "activity" : rc.keyword("kind");
            if (!KINDS.contains(kind)) {
                rc.error("kind", "not_allowed", "допустимы: " + String.join(", ", KINDS));
            }
            Plan plan = plan(job, rc, byCode, refusals);
            String code = rc.text("code");
            if (plan != null && code != null) {
                String key = plan.code + "/" + ("activity".equals(kind) ? "a/" : "n/") + code;
                Long first = seen.putIfAbsent(key, r.number());
                if (first != null) {
                    rc.error("code", "duplicate", "повторяется в файле (" + job.rowWord() + " " + first + ")");
                }
            }
            if (plan == null || !rc.ok()) {
                continue;
            }
            boolean written = "activity".equals(kind)
                    ? activity(job, rc, plan, code)
                    : node(job, rc, plan, code, kind, positions.merge(plan.code, 1, Integer::sum) - 1);
            if (written) {
                good++;
            }
        }
        if (!job.commits()) {
            throw new NothingToCommit(good);
        }
        return good;
    }

    /** The row's plan: it must exist, be kept by the caller and be a draft (an error on «plan» otherwise). */
    private static Plan plan(JobContext job, RowCheck rc, Map<String, Plan> byCode, Map<String, String[]> refusals) {
        String code = rc.text("plan");
        if (code == null) {
            rc.error("plan", "required", "укажите код плана");
            return null;
        }
        Plan p = byCode.computeIfAbsent(code, c -> Plan.byCode(c).orElse(null));
        if (p == null) {
            rc.error("plan", "unknown_plan", "план не найден: создайте его (PUT /api/v1/plans/" + code + ")");
            return null;
        }
        String[] refused = refusals.computeIfAbsent(code, c -> refusal(job, p));
        if (refused != null) {
            rc.error("plan", refused[0], refused[1]);
            return null;
        }
        return p;
    }

    /** Why the caller may not write into the plan (the API's refusals: the keeper's right, the approval lock). */
    private static String[] refusal(JobContext job, Plan p) {
        try {
            job.caller().requireKeeper(p.municipalityCode());
        } catch (ProblemException e) {
            return new String[] {"forbidden", e.getMessage()};
        }
        return p.approved() ? new String[] {"plan_approved", PlanRules.locked(p)} : null;
    }

    private boolean activity(JobContext job, RowCheck rc, Plan plan, String code) {
        Activity existing = Activity.byCode(plan, code).orElse(null);
        ActivityInput in = new ActivityInput(
                null,
                rc.text("title"),
                rc.text("parent"),
                rc.text("due"),
                rc.keyword("recurrence"),
                rc.text("responsible"),
                existing == null ? List.of() : List.copyOf(existing.responsibleUsers),
                rc.text("result"),
                rc.text("result_indicator"),
                rc.decimal("result_target"),
                rc.keyword("status"),
                rc.list("indicators"),
                rc.list("organizations"),
                rc.list("groups"));
        Checks c = new Checks();
        PlanRules.SettledActivity s = PlanRules.activity(c, plan, code, in);
        rc.absorb(inColumns(c));
        if (!rc.ok()) {
            return false;
        }
        activities.write(job.caller(), plan, code, existing, s, job.jobId());
        return true;
    }

    private boolean node(JobContext job, RowCheck rc, Plan plan, String code, String kind, int position) {
        PlanNode existing = PlanNode.byCode(plan, code).orElse(null);
        NodeInput in = new NodeInput(kind, rc.text("title"), rc.text("parent"), rc.list("indicators"), position);
        Checks c = new Checks();
        PlanNode parent = PlanRules.node(c, plan, code, in, existing);
        List<Indicator> indicators = PlanRules.indicators(c, "indicators", in.indicators());
        rc.absorb(inColumns(c));
        if (!rc.ok()) {
            return false;
        }
        plans.writeNode(job.caller(), plan, code, existing, in, parent, indicators, job.jobId());
        return true;
    }

    /** The API's field names as the file's columns: an activity's node is the row's parent. */
    private static Checks inColumns(Checks c) {
        Checks out = new Checks();
        for (FieldError e : c.errors()) {
            out.add("node".equals(e.field()) ? "parent" : e.field(), e.code(), e.message());
        }
        return out;
    }

    /** Ends a dry run or a rejected atomic job: the transaction rolls back, the count of good rows survives. */
    private static final class NothingToCommit extends RuntimeException {
        final long good;

        NothingToCommit(long good) {
            super(null, null, false, false);
            this.good = good;
        }
    }
}
