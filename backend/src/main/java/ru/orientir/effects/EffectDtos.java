package ru.orientir.effects;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shape of an effect: the indicators of a measure the year before its deadline and the year after. */
public final class EffectDtos {

    private EffectDtos() {}

    @Schema(
            name = "EffectItem",
            requiredProperties = {"indicator", "name", "unit", "direction", "municipality"},
            description = "One indicator of one unit (a school, or the municipality as a whole) in one category")
    public record Item(
            String indicator,
            String name,
            String unit,
            @Schema(description = "Which way is better: higher or lower (the indicator's polarity)") String direction,
            String municipality,
            @Schema(description = "Absent for the municipality as a whole") String organization,
            String organizationName,
            @Schema(description = "Absent for the total") String category,
            String categoryLabel,
            @Schema(description = "The annual value of the year before; absent when not reported") BigDecimal before,
            @Schema(description = "The annual value of the year after; absent when not reported") BigDecimal after,
            @Schema(description = "after − before; absent when a year is missing") BigDecimal change,
            @Schema(description = "By the indicator's direction; absent when a year is missing, false when unchanged")
                    Boolean improved) {}

    @Schema(
            name = "EffectSummary",
            requiredProperties = {"improved", "worsened", "unchanged", "missing"})
    public record Summary(int improved, int worsened, int unchanged, int missing) {}

    @Schema(
            name = "Effect",
            requiredProperties = {"year", "before", "after", "items", "summary"},
            description = "The indicators before (year − 1) and after (year + 1) the year of the deadline")
    public record Effect(int year, int before, int after, List<Item> items, Summary summary) {}
}
