package ru.orientir.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import ru.orientir.catalogue.Categories;
import ru.orientir.catalogue.SchoolYear;
import ru.orientir.common.Decimals;
import ru.orientir.rules.FlagDtos.ConditionEvidence;
import ru.orientir.rules.FlagDtos.FlagDto;
import ru.orientir.rules.FlagDtos.YearEvidence;

/** A flag in words, for the people it is sent to: why the rule flagged the school (e.g. a recommendation's reason). */
public final class FlagReasons {

    private FlagReasons() {}

    /**
     * «Правило «…»: признак в 2021/22, 2023/24 (нужно не менее 2 из 3 лет). «Доля «2»» (4 класс) ≥ 20:
     * 2021/22 — 25; 2023/24 — 20.» Each condition with its values in the years it matched.
     */
    public static String of(RiskRule rule, FlagDto flag) {
        String periodicity = rule.conditions.get(0).indicator.periodicity;
        StringBuilder out = new StringBuilder("Правило «" + rule.name + "»: признак в ");
        out.append(
                flag.years().stream().map(y -> SchoolYear.label(periodicity, y)).collect(Collectors.joining(", ")));
        out.append(" (нужно не менее ")
                .append(rule.minYears)
                .append(" из ")
                .append(rule.window)
                .append(rule.window == 1 ? " года)." : " лет).");
        for (int i = 0; i < rule.conditions.size(); i++) {
            RuleCondition c = rule.conditions.get(i);
            String label = c.category == null || c.category.isEmpty()
                    ? null
                    : Categories.label(c.indicator.dimensions, c.category);
            List<String> values = matched(flag, i, periodicity);
            if (!values.isEmpty()) {
                out.append(' ')
                        .append(RuleRules.describe(c, label))
                        .append(": ")
                        .append(String.join("; ", values))
                        .append('.');
            }
        }
        return out.toString();
    }

    /** «2021/22 — 25» for each held year in which the condition at {@code position} matched. */
    private static List<String> matched(FlagDto flag, int position, String periodicity) {
        List<String> out = new ArrayList<>();
        for (YearEvidence y : flag.evidence()) {
            if (!y.matched() || position >= y.conditions().size()) {
                continue;
            }
            ConditionEvidence c = y.conditions().get(position);
            if (Boolean.TRUE.equals(c.matched())) {
                out.add(SchoolYear.label(periodicity, y.year()) + " — "
                        + (c.value() == null ? "нет значения" : Decimals.ru(c.value())));
            }
        }
        return out;
    }
}
