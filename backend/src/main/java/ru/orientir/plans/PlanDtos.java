package ru.orientir.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of plans, their trees and activities. */
public final class PlanDtos {

    private PlanDtos() {}

    @Schema(
            name = "PlanInput",
            requiredProperties = {"name", "yearFrom", "yearTo"})
    public record PlanInput(
            @Schema(description = "Optional; must equal the code in the path") String code,
            String name,
            @Schema(description = "The municipality's code; absent or null for a regional plan (kept by the ministry)")
                    String municipality,
            Integer yearFrom,
            Integer yearTo,
            String description) {}

    @Schema(
            name = "PlanProgress",
            description = "Counts of activities by status; overdue counts those past their deadline and not done",
            requiredProperties = {"total", "planned", "inProgress", "done", "cancelled", "overdue"})
    public record ProgressDto(long total, long planned, long inProgress, long done, long cancelled, long overdue) {

        public static final ProgressDto NONE = new ProgressDto(0, 0, 0, 0, 0, 0);

        public ProgressDto plus(ProgressDto o) {
            return new ProgressDto(
                    total + o.total,
                    planned + o.planned,
                    inProgress + o.inProgress,
                    done + o.done,
                    cancelled + o.cancelled,
                    overdue + o.overdue);
        }

        static ProgressDto of(String status, boolean overdue) {
            return new ProgressDto(
                    1,
                    Activity.PLANNED.equals(status) ? 1 : 0,
                    Activity.IN_PROGRESS.equals(status) ? 1 : 0,
                    Activity.DONE.equals(status) ? 1 : 0,
                    Activity.CANCELLED.equals(status) ? 1 : 0,
                    overdue ? 1 : 0);
        }
    }

    @Schema(
            name = "Plan",
            requiredProperties = {"code", "name", "yearFrom", "yearTo", "state", "version", "progress"})
    public record PlanDto(
            String code,
            String name,
            @Schema(description = "Null for a regional plan") String municipality,
            String municipalityName,
            int yearFrom,
            int yearTo,
            String description,
            @Schema(enumeration = {"draft", "approved"}) String state,
            String approvedBy,
            OffsetDateTime approvedAt,
            String reopenedBy,
            OffsetDateTime reopenedAt,
            String reopenReason,
            int version,
            OffsetDateTime updatedAt,
            ProgressDto progress) {

        static PlanDto of(Plan p, ProgressDto progress) {
            return new PlanDto(
                    p.code,
                    p.name,
                    p.municipalityCode(),
                    p.municipality == null ? null : p.municipality.name,
                    p.yearFrom,
                    p.yearTo,
                    p.description,
                    p.state,
                    p.approvedBy,
                    p.approvedAt,
                    p.reopenedBy,
                    p.reopenedAt,
                    p.reopenReason,
                    p.version,
                    p.updatedAt,
                    progress);
        }
    }

    @Schema(
            name = "PlanReopenInput",
            requiredProperties = {"reason"})
    public record ReopenInput(@Schema(description = "Why the approved plan is changed (required)") String reason) {}

    @Schema(
            name = "PlanNodeInput",
            requiredProperties = {"kind", "title"})
    public record NodeInput(
            @Schema(enumeration = {"goal", "project", "task"}) String kind,
            String title,
            @Schema(description = "The parent node's code; absent for a top-level node") String parent,
            @Schema(description = "Codes of the indicators that measure the node") List<String> indicators,
            @Schema(description = "Order among its siblings (0 when absent)") Integer position) {}

    @Schema(
            name = "PlanNode",
            requiredProperties = {"code", "kind", "title", "position", "indicators"})
    public record NodeDto(
            String code, String kind, String title, String parent, int position, List<String> indicators) {

        static NodeDto of(PlanNode n) {
            return new NodeDto(
                    n.code,
                    n.kind,
                    n.title,
                    n.parent == null ? null : n.parent.code,
                    n.position,
                    n.indicators.stream().map(i -> i.code).toList());
        }
    }

    @Schema(
            name = "PlanIndicatorYear",
            description = "Plan against fact of the plan's municipality for one year (from the attainment rules)",
            requiredProperties = {"year", "status"})
    public record IndicatorYearDto(
            int year,
            @Schema(description = "The target's value (the lower bound of a between target)") BigDecimal target,
            @Schema(description = "The annual value") BigDecimal value,
            @Schema(enumeration = {"met", "not_met", "no_data", "no_target"}) String status) {}

    @Schema(
            name = "PlanNodeIndicator",
            requiredProperties = {"indicator", "name", "years"})
    public record NodeIndicatorDto(String indicator, String name, String unit, List<IndicatorYearDto> years) {}

    @Schema(
            name = "PlanTreeNode",
            requiredProperties = {
                "code",
                "kind",
                "title",
                "position",
                "indicators",
                "progress",
                "children",
                "activities"
            })
    public record TreeNodeDto(
            String code,
            String kind,
            String title,
            String parent,
            int position,
            @Schema(
                            description =
                                    "The linked indicators' plan against fact over the plan's span (empty years for a"
                                            + " regional plan)")
                    List<NodeIndicatorDto> indicators,
            @Schema(description = "Of the activities in the node's subtree") ProgressDto progress,
            List<TreeNodeDto> children,
            List<ActivityDto> activities) {}

    @Schema(
            name = "PlanTree",
            requiredProperties = {"plan", "nodes", "activities"})
    public record TreeDto(
            PlanDto plan,
            List<TreeNodeDto> nodes,
            @Schema(description = "Activities attached to no node") List<ActivityDto> activities) {}

    @Schema(
            name = "ActivityInput",
            requiredProperties = {"title", "due"})
    public record ActivityInput(
            @Schema(description = "Optional; must equal the code in the path") String code,
            String title,
            @Schema(description = "The code of the plan's node (goal, project or task) it belongs to") String node,
            @Schema(
                            description = "Deadline: YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY, or the documents' forms («до"
                                    + " 01.09.2022», «декабрь 2022», «II квартал 2023», «2022–2024», «ежегодно, август»,"
                                    + " «в течение года» — the plan's last year)",
                            example = "2023-Q2")
                    String due,
            @Schema(enumeration = {"weekly", "monthly", "quarterly", "yearly"}) String recurrence,
            @Schema(description = "A unit or a position, as text") String responsible,
            @Schema(description = "Usernames of the responsible people") List<String> responsibleUsers,
            @Schema(description = "The planned result, as text") String result,
            @Schema(description = "An indicator whose value measures the planned result") String resultIndicator,
            @Schema(description = "The target value of resultIndicator") BigDecimal resultTarget,
            @Schema(
                            enumeration = {"planned", "in_progress", "done", "cancelled"},
                            defaultValue = "planned")
                    String status,
            List<String> indicators,
            @Schema(description = "Codes of the plan's municipality's organizations") List<String> organizations,
            @Schema(description = "Codes of the plan's municipality's registers of schools") List<String> groups) {}

    @Schema(
            name = "Activity",
            requiredProperties = {
                "code",
                "plan",
                "title",
                "status",
                "overdue",
                "indicators",
                "organizations",
                "groups",
                "responsibleUsers",
                "version",
                "evidenceCount"
            })
    public record ActivityDto(
            String code,
            String plan,
            String municipality,
            String title,
            String node,
            @Schema(description = "Canonical deadline: YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY") String due,
            @Schema(enumeration = {"weekly", "monthly", "quarterly", "yearly"}) String recurrence,
            @Schema(description = "The month of a yearly recurrence (1–12)") Integer month,
            @Schema(description = "The first day of the deadline's span") LocalDate dueFrom,
            @Schema(description = "The last day of the deadline's span") LocalDate dueTo,
            @Schema(description = "The deadline in Russian", example = "II квартал 2023") String dueLabel,
            @Schema(description = "Not done or cancelled and past dueTo") boolean overdue,
            String responsible,
            List<String> responsibleUsers,
            String result,
            String resultIndicator,
            BigDecimal resultTarget,
            @Schema(enumeration = {"planned", "in_progress", "done", "cancelled"}) String status,
            List<String> indicators,
            List<String> organizations,
            List<String> groups,
            int version,
            OffsetDateTime updatedAt,
            String updatedBy,
            long evidenceCount) {}

    @Schema(
            name = "ActivityStatusInput",
            requiredProperties = {"status"})
    public record StatusInput(
            @Schema(enumeration = {"planned", "in_progress", "done", "cancelled"}) String status, String comment) {}

    @Schema(
            name = "ActivityHistoryEntry",
            requiredProperties = {"at", "to"})
    public record HistoryDto(
            OffsetDateTime at,
            String by,
            @Schema(description = "Null for the creation") String from,
            String to,
            String comment) {}

    @Schema(
            name = "ActivityHistory",
            requiredProperties = {"items"})
    public record HistoryList(List<HistoryDto> items) {}

    @Schema(name = "EvidenceInput")
    public record EvidenceInput(String note, @Schema(description = "http(s) address") String link) {}

    @Schema(
            name = "Evidence",
            requiredProperties = {"id", "kind", "uploadedAt"})
    public record EvidenceDto(
            long id,
            @Schema(enumeration = {"file", "link", "note"}) String kind,
            String name,
            String contentType,
            Long size,
            String sha256,
            String note,
            String link,
            String uploadedBy,
            OffsetDateTime uploadedAt) {

        static EvidenceDto of(Evidence e) {
            return new EvidenceDto(
                    e.id, e.kind, e.name, e.contentType, e.size, e.sha256, e.note, e.link, e.uploadedBy, e.uploadedAt);
        }
    }

    @Schema(
            name = "EvidenceList",
            requiredProperties = {"items"})
    public record EvidenceList(List<EvidenceDto> items) {}
}
