package ru.orientir.rules;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.orientir.catalogue.Categories;
import ru.orientir.common.Decimals;

/** The JSON shapes of risk rules. */
public final class RuleDtos {

    private RuleDtos() {}

    @Schema(
            name = "RuleConditionInput",
            description = "An indicator (and category) and one test: comparator with value, missingOrZero, or average")
    public record ConditionInput(
            @Schema(required = true) String indicator,
            @Schema(
                            description =
                                    "Canonical category of the indicator's dimensions, e.g. subject=math;grade=4; '' total")
                    String category,
            @Schema(enumeration = {"gt", "ge", "lt", "le", "eq"}) String comparator,
            @Schema(description = "The threshold of the comparator") BigDecimal value,
            @Schema(description = "Holds when the value is zero or absent in a year the school reported")
                    Boolean missingOrZero,
            @Schema(
                            enumeration = {"above", "below"},
                            description = "Against the municipal average of the same indicator, category and year")
                    String average) {}

    @Schema(
            name = "RuleInput",
            example = "{\"name\": \"ВПР 4 класс: «2» у 20 % и более или нет «5»\", \"level\": \"organization\", "
                    + "\"combine\": \"any\", \"window\": 3, \"minYears\": 2, \"preceding\": true, \"conditions\": "
                    + "[{\"indicator\": \"tula-vpr-2\", \"category\": \"grade=4\", \"comparator\": \"ge\", \"value\": 20}, "
                    + "{\"indicator\": \"tula-vpr-5\", \"category\": \"grade=4\", \"missingOrZero\": true}]}")
    public record RuleInput(
            @Schema(description = "Must equal the code in the path when given") String code,
            @Schema(required = true, maxLength = 300) String name,
            String description,
            @Schema(
                            required = true,
                            enumeration = {"organization", "municipality"})
                    String level,
            @Schema(
                            enumeration = {"any", "all"},
                            description = "How the conditions combine in a year; default any")
                    String combine,
            @Schema(required = true, minimum = "1", maximum = "20", description = "How many years the rule looks at")
                    Integer window,
            @Schema(
                            required = true,
                            minimum = "1",
                            maximum = "20",
                            description = "In how many of the window's years the conditions must hold")
                    Integer minYears,
            @Schema(description = "false (default): the window ends with the year; true: the year before it")
                    Boolean preceding,
            @Schema(
                            description = "The municipality whose department keeps the rule (its editors change it); "
                                    + "absent: a rule of the region, kept by the ministry")
                    String municipality,
            @Schema(required = true) List<ConditionInput> conditions) {}

    @Schema(
            name = "RuleCondition",
            requiredProperties = {"indicator", "indicatorName", "category", "text"})
    public record ConditionDto(
            String indicator,
            String indicatorName,
            String category,
            String categoryLabel,
            @Schema(enumeration = {"gt", "ge", "lt", "le", "eq"}) String comparator,
            BigDecimal value,
            boolean missingOrZero,
            @Schema(enumeration = {"above", "below"}) String average,
            @Schema(description = "The condition in words, e.g. «Доля «2» (4 класс) ≥ 20»") String text) {

        static ConditionDto of(RuleCondition c) {
            String label = c.category == null || c.category.isEmpty()
                    ? null
                    : Categories.label(c.indicator.dimensions, c.category);
            return new ConditionDto(
                    c.indicator.code,
                    c.indicator.nameRu,
                    c.category,
                    label,
                    c.comparator,
                    Decimals.exact(c.threshold),
                    c.missingOrZero,
                    c.average,
                    RuleRules.describe(c, label));
        }
    }

    @Schema(
            name = "Rule",
            requiredProperties = {
                "code",
                "name",
                "level",
                "combine",
                "window",
                "minYears",
                "preceding",
                "conditions",
                "version"
            })
    public record RuleDto(
            String code,
            String name,
            String description,
            @Schema(enumeration = {"organization", "municipality"}) String level,
            @Schema(enumeration = {"any", "all"}) String combine,
            int window,
            int minYears,
            boolean preceding,
            @Schema(description = "The municipality that keeps the rule; absent for the region's rules")
                    String municipality,
            List<ConditionDto> conditions,
            int version,
            OffsetDateTime updatedAt,
            String updatedBy) {

        static RuleDto of(RiskRule r) {
            return new RuleDto(
                    r.code,
                    r.name,
                    r.description,
                    r.level,
                    r.combine,
                    r.window,
                    r.minYears,
                    r.preceding,
                    r.municipality == null ? null : r.municipality.code,
                    r.conditions.stream().map(ConditionDto::of).toList(),
                    r.version,
                    r.updatedAt,
                    r.updatedBy);
        }
    }
}
