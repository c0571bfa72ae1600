package ru.orientir.recommendations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.orientir.plans.Due;

/** The JSON shapes of targeted recommendations. */
public final class RecommendationDtos {

    private RecommendationDtos() {}

    @Schema(name = "RecommendationFromFlags", description = "Every school the rule flags in the year")
    public record FromFlags(String rule, Integer year) {}

    @Schema(
            name = "RecommendationInput",
            requiredProperties = {"municipality", "title", "text", "due"},
            description = "Exactly one of the addressees: organizations, group (a register) or fromFlags")
    public record RecommendationInput(
            String municipality,
            String title,
            String text,
            @Schema(description = "The deadline: YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY") String due,
            @Schema(description = "Codes of the indicators whose effect is followed") List<String> indicators,
            @Schema(description = "Codes of the municipality's organizations") List<String> organizations,
            @Schema(description = "A register of the municipality: every school in it for the year of the due")
                    String group,
            FromFlags fromFlags) {}

    @Schema(
            name = "RecommendationResponseInput",
            requiredProperties = {"text"})
    public record ResponseInput(String text) {}

    @Schema(
            name = "RecommendationVerdictInput",
            requiredProperties = {"outcome"})
    public record VerdictInput(
            @Schema(enumeration = {"effective", "partly", "not_effective"}) String outcome, String text) {}

    @Schema(
            name = "RecommendationResponse",
            requiredProperties = {"text", "at", "by"})
    public record ResponseDto(String text, OffsetDateTime at, String by) {}

    @Schema(
            name = "RecommendationVerdict",
            requiredProperties = {"outcome", "at", "by"})
    public record VerdictDto(
            @Schema(enumeration = {"effective", "partly", "not_effective"}) String outcome,
            String text,
            OffsetDateTime at,
            String by) {}

    @Schema(
            name = "Recommendation",
            requiredProperties = {
                "id",
                "batch",
                "municipality",
                "organization",
                "organizationName",
                "title",
                "text",
                "due",
                "dueLabel",
                "dueTo",
                "overdue",
                "status",
                "year",
                "indicators",
                "createdBy",
                "createdAt",
                "version"
            })
    public record RecommendationDto(
            long id,
            UUID batch,
            String municipality,
            String organization,
            String organizationName,
            String title,
            String text,
            @Schema(description = "Why the school: the flag's evidence when made from a rule's flags") String reason,
            String due,
            String dueLabel,
            @Schema(description = "The deadline's last day") LocalDate dueTo,
            @Schema(description = "Still open (unanswered) after the deadline's last day") boolean overdue,
            @Schema(enumeration = {"open", "answered", "closed"}) String status,
            @Schema(description = "The rule whose flag it answers") String rule,
            @Schema(description = "The flags' year; else the deadline's year") int year,
            @Schema(description = "The register it was addressed to") String group,
            List<String> indicators,
            String createdBy,
            OffsetDateTime createdAt,
            ResponseDto response,
            VerdictDto verdict,
            int version) {

        /** The stored canonical deadline as people read it («IV квартал 2026»). */
        private static String label(String due) {
            try {
                return Due.parse(due, null).label();
            } catch (Due.Invalid e) {
                return due;
            }
        }

        static RecommendationDto of(Recommendation r, LocalDate today) {
            return new RecommendationDto(
                    r.id,
                    r.batch,
                    r.municipality.code,
                    r.organization.code,
                    r.organization.name,
                    r.title,
                    r.text,
                    r.reason,
                    r.due,
                    label(r.due),
                    r.dueTo,
                    r.overdue(today),
                    r.status,
                    r.rule,
                    r.year,
                    r.group,
                    List.copyOf(r.indicators),
                    r.createdBy,
                    r.createdAt,
                    r.responseAt == null ? null : new ResponseDto(r.responseText, r.responseAt, r.responseBy),
                    r.verdictAt == null
                            ? null
                            : new VerdictDto(r.verdictOutcome, r.verdictText, r.verdictAt, r.verdictBy),
                    r.version);
        }
    }

    @Schema(
            name = "RecommendationBatch",
            requiredProperties = {"batch", "items"})
    public record BatchDto(UUID batch, List<RecommendationDto> items) {}
}
