package ru.orientir.plans;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.orientir.catalogue.Indicator;
import ru.orientir.common.Checks;
import ru.orientir.common.Pages;
import ru.orientir.common.ProblemException;
import ru.orientir.groups.OrganizationGroup;
import ru.orientir.plans.PlanDtos.ActivityInput;
import ru.orientir.plans.PlanDtos.NodeInput;
import ru.orientir.plans.PlanDtos.PlanInput;
import ru.orientir.territory.Organization;

/**
 * The one check of a plan, a node and an activity, for the API ({@link PlanService}, {@link ActivityService}) and
 * the file import ({@code imports/ActivitiesImporter}) alike: the same fields, codes and Russian messages.
 */
public final class PlanRules {

    public static final int MAX_TITLE = 2000;
    public static final int MAX_LIST = 200;

    private PlanRules() {}

    /** What a checked activity input settles to: its references resolved, its deadline read. */
    public record SettledActivity(
            String title,
            PlanNode node,
            Due due,
            String responsible,
            List<String> responsibleUsers,
            String result,
            Indicator resultIndicator,
            BigDecimal resultTarget,
            String status,
            List<Indicator> indicators,
            List<Organization> organizations,
            List<OrganizationGroup> groups) {}

    /** 409 for a content edit of an approved plan: execution (statuses, evidence) goes on, the content is locked. */
    public static void requireDraft(Plan p) {
        if (p.approved()) {
            throw ProblemException.conflict("plan-approved", locked(p));
        }
    }

    public static String locked(Plan p) {
        return "План «" + p.code + "» утверждён" + (p.approvedBy == null ? "" : " (" + p.approvedBy + ")")
                + "; чтобы изменить, откройте его заново с указанием причины (POST /plans/" + p.code + "/reopen)";
    }

    public static void plan(Checks c, String code, PlanInput in) {
        c.code("code", code);
        if (in == null) {
            c.required("name", null);
            c.required("yearFrom", null);
            c.required("yearTo", null);
            return;
        }
        c.sameCode("code", in.code(), code);
        if (c.required("name", in.name())) {
            c.maxLength("name", in.name(), 500);
        }
        c.maxLength("description", in.description(), 20000);
        c.year("yearFrom", in.yearFrom());
        c.year("yearTo", in.yearTo());
        if (in.yearFrom() != null && in.yearTo() != null && in.yearTo() < in.yearFrom()) {
            c.add(
                    "yearTo",
                    "years_inverted",
                    "Последний год плана (" + in.yearTo() + ") раньше первого (" + in.yearFrom() + ")");
        }
    }

    /** A node's fields; the parent resolved in the plan (never the node itself or one of its descendants). */
    public static PlanNode node(Checks c, Plan plan, String code, NodeInput in, PlanNode self) {
        c.code("code", code);
        if (in == null) {
            c.required("kind", null);
            c.required("title", null);
            return null;
        }
        if (c.required("kind", in.kind())) {
            c.oneOf("kind", in.kind(), PlanNode.KINDS);
        }
        title(c, in.title());
        String parentCode = Pages.blankToNull(in.parent());
        PlanNode parent = null;
        if (parentCode != null) {
            parent = PlanNode.byCode(plan, parentCode).orElse(null);
            if (parent == null) {
                unknownNode(c, "parent", plan, parentCode);
            } else if (self != null && descends(parent, self)) {
                c.add("parent", "cycle", "Узел «" + code + "» не может входить в самого себя или в свой подузел");
            }
        }
        return parent;
    }

    private static boolean descends(PlanNode node, PlanNode ancestor) {
        for (PlanNode n = node; n != null; n = n.parent) {
            if (n.id.equals(ancestor.id)) {
                return true;
            }
        }
        return false;
    }

    /** Indicator codes resolved (field {@code indicators}, or {@code indicators[i]}); unknown ones reported. */
    public static List<Indicator> indicators(Checks c, String field, List<String> codes) {
        List<Indicator> out = new ArrayList<>();
        if (codes == null) {
            return out;
        }
        if (codes.size() > MAX_LIST) {
            c.add(field, "too_many", "Не больше " + MAX_LIST + " показателей");
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (String raw : codes) {
            String code = Pages.blankToNull(raw);
            if (code == null || !seen.add(code)) {
                continue;
            }
            Indicator ind = Indicator.byCode(code).orElse(null);
            if (ind == null) {
                c.add(field, "unknown_indicator", "Показатель «" + code + "» не найден в каталоге");
            } else {
                out.add(ind);
            }
        }
        return out;
    }

    public static SettledActivity activity(Checks c, Plan plan, String code, ActivityInput in) {
        c.code("code", code);
        if (in == null) {
            c.required("title", null);
            c.required("due", null);
            return null;
        }
        c.sameCode("code", in.code(), code);
        title(c, in.title());
        PlanNode node = null;
        String nodeCode = Pages.blankToNull(in.node());
        if (nodeCode != null) {
            node = PlanNode.byCode(plan, nodeCode).orElse(null);
            if (node == null) {
                unknownNode(c, "node", plan, nodeCode);
            }
        }
        Due due = Due.check(c, "due", in.due(), in.recurrence(), plan.yearTo);
        c.maxLength("responsible", in.responsible(), 1000);
        List<String> users = users(c, in.responsibleUsers());
        c.maxLength("result", in.result(), 20000);
        Indicator resultIndicator = null;
        String ri = Pages.blankToNull(in.resultIndicator());
        if (ri != null) {
            List<Indicator> found = indicators(c, "resultIndicator", List.of(ri));
            resultIndicator = found.isEmpty() ? null : found.get(0);
        }
        if (in.resultTarget() != null) {
            c.finite("resultTarget", in.resultTarget());
            if (ri == null) {
                c.add(
                        "resultTarget",
                        "requires_indicator",
                        "Целевое значение результата задаётся вместе с показателем (resultIndicator)");
            }
        }
        String status = Pages.blankToNull(in.status()) == null
                ? Activity.PLANNED
                : in.status().trim();
        c.oneOf("status", status, Activity.STATUSES);
        List<Indicator> indicators = indicators(c, "indicators", in.indicators());
        List<Organization> organizations = organizations(c, plan, in.organizations());
        List<OrganizationGroup> groups = groups(c, plan, in.groups());
        return new SettledActivity(
                in.title() == null ? null : in.title().trim(),
                node,
                due,
                Pages.blankToNull(in.responsible()),
                users,
                Pages.blankToNull(in.result()),
                resultIndicator,
                in.resultTarget(),
                status,
                indicators,
                organizations,
                groups);
    }

    public static void status(Checks c, String status) {
        if (c.required("status", status)) {
            c.oneOf("status", status, Activity.STATUSES);
        }
    }

    private static void title(Checks c, String title) {
        if (c.required("title", title)) {
            c.maxLength("title", title, MAX_TITLE);
        }
    }

    private static void unknownNode(Checks c, String field, Plan plan, String code) {
        c.add(field, "unknown_node", "В плане «" + plan.code + "» нет цели, проекта или задачи «" + code + "»");
    }

    private static List<String> users(Checks c, List<String> names) {
        List<String> out = new ArrayList<>();
        if (names == null) {
            return out;
        }
        if (names.size() > 50) {
            c.add("responsibleUsers", "too_many", "Не больше 50 ответственных пользователей");
            return out;
        }
        for (String raw : names) {
            String name = Pages.blankToNull(raw);
            if (name == null || out.contains(name)) {
                continue;
            }
            if (name.length() > 200) {
                c.add("responsibleUsers", "too_long", "Имя пользователя длиннее 200 символов");
            } else {
                out.add(name);
            }
        }
        return out;
    }

    private static List<Organization> organizations(Checks c, Plan plan, List<String> codes) {
        List<Organization> out = new ArrayList<>();
        List<String> wanted = distinct(codes);
        if (wanted.isEmpty()) {
            return out;
        }
        if (plan.municipality == null) {
            c.add(
                    "organizations",
                    "regional_plan",
                    "Мероприятие регионального плана не адресуется организациям: укажите их в плане муниципалитета");
            return out;
        }
        List<String> unknown = new ArrayList<>();
        for (String code : wanted) {
            Organization.byCode(plan.municipality, code).ifPresentOrElse(out::add, () -> unknown.add(code));
        }
        if (!unknown.isEmpty()) {
            c.add(
                    "organizations",
                    "unknown_organization",
                    "В муниципалитете «" + plan.municipality.code + "» нет организаций: " + String.join(", ", unknown));
        }
        return out;
    }

    private static List<OrganizationGroup> groups(Checks c, Plan plan, List<String> codes) {
        List<OrganizationGroup> out = new ArrayList<>();
        List<String> wanted = distinct(codes);
        if (wanted.isEmpty()) {
            return out;
        }
        if (plan.municipality == null) {
            c.add(
                    "groups",
                    "regional_plan",
                    "Мероприятие регионального плана не адресуется реестрам: укажите их в плане муниципалитета");
            return out;
        }
        List<String> unknown = new ArrayList<>();
        for (String code : wanted) {
            OrganizationGroup.byCode(plan.municipality, code).ifPresentOrElse(out::add, () -> unknown.add(code));
        }
        if (!unknown.isEmpty()) {
            c.add(
                    "groups",
                    "unknown_group",
                    "В муниципалитете «" + plan.municipality.code + "» нет реестров: " + String.join(", ", unknown));
        }
        return out;
    }

    private static List<String> distinct(List<String> codes) {
        List<String> out = new ArrayList<>();
        if (codes != null) {
            for (String raw : codes) {
                String code = Pages.blankToNull(raw);
                if (code != null && !out.contains(code)) {
                    out.add(code);
                }
            }
        }
        return out;
    }
}
