package ru.orientir.rules;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of flags: who a rule flags in a year, in which years, and on what evidence. */
public final class FlagDtos {

    private FlagDtos() {}

    @Schema(
            name = "FlagConditionEvidence",
            requiredProperties = {"indicator", "category"},
            description = "One condition in one year: the value used, the municipal average where the condition "
                    + "compares with it, and whether it held (absent: the year was not reported)")
    public record ConditionEvidence(
            String indicator, String category, BigDecimal value, BigDecimal average, Boolean matched) {}

    @Schema(
            name = "FlagYearEvidence",
            requiredProperties = {"year", "yearLabel", "reported", "matched", "conditions"},
            description = "One year of the window: reported is false when the school (or municipality) gave no "
                    + "value of the rule's indicators that year, which never counts as a match")
    public record YearEvidence(
            int year, String yearLabel, boolean reported, boolean matched, List<ConditionEvidence> conditions) {}

    @Schema(
            name = "Flag",
            requiredProperties = {"rule", "ruleName", "municipality", "municipalityName", "year", "years", "evidence"})
    public record FlagDto(
            String rule,
            String ruleName,
            String municipality,
            String municipalityName,
            @Schema(description = "Absent for a rule of municipality level") String organization,
            String organizationName,
            @Schema(description = "The year judged") int year,
            @Schema(description = "The years of the window in which the conditions held") List<Integer> years,
            @Schema(description = "Every year of the window with each condition's value")
                    List<YearEvidence> evidence) {}
}
