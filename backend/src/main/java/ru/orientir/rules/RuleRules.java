package ru.orientir.rules;

import static ru.orientir.common.Pages.blankToNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.orientir.catalogue.Indicator;
import ru.orientir.catalogue.ValueChecks;
import ru.orientir.common.Checks;
import ru.orientir.common.Decimals;
import ru.orientir.rules.RuleDtos.ConditionInput;
import ru.orientir.rules.RuleDtos.RuleInput;

/** The one check of a rule's definition, for the API and any file of rules. */
public final class RuleRules {

    public static final int MAX_WINDOW = 20;
    public static final int MAX_CONDITIONS = 20;

    private static final Map<String, String> SYMBOLS = Map.of("gt", ">", "ge", "≥", "lt", "<", "le", "≤", "eq", "=");

    private RuleRules() {}

    /** Every field error of the rule at once; the conditions resolved (indicators looked up, categories canonical). */
    public static List<RuleCondition> check(Checks c, String code, RuleInput in) {
        c.code("code", code);
        if (in == null) {
            c.required("name", null);
            c.required("level", null);
            c.required("window", null);
            c.required("minYears", null);
            c.required("conditions", null);
            return List.of();
        }
        c.sameCode("code", in.code(), code);
        if (c.required("name", in.name())) {
            c.maxLength("name", in.name(), 300);
        }
        c.maxLength("description", in.description(), 5000);
        if (c.required("level", in.level())) {
            c.oneOf("level", in.level(), RiskRule.LEVELS);
        }
        c.oneOf("combine", blankToNull(in.combine()), RiskRule.COMBINES);
        years(c, in.window(), in.minYears());
        return conditions(c, in.level(), in.conditions());
    }

    private static void years(Checks c, Integer window, Integer minYears) {
        boolean windowOk = c.required("window", window) && within(c, "window", window);
        boolean minOk = c.required("minYears", minYears) && within(c, "minYears", minYears);
        if (windowOk && minOk && minYears > window) {
            c.add(
                    "minYears",
                    "min_years_over_window",
                    "Число лет с признаком (" + minYears + ") больше числа лет, которые правило рассматривает ("
                            + window + ")");
        }
    }

    private static boolean within(Checks c, String field, int years) {
        if (years < 1 || years > MAX_WINDOW) {
            c.add(field, "out_of_range", "Поле «" + field + "»: от 1 до " + MAX_WINDOW + " лет");
            return false;
        }
        return true;
    }

    private static List<RuleCondition> conditions(Checks c, String level, List<ConditionInput> in) {
        if (in == null || in.isEmpty()) {
            c.add("conditions", "required", "У правила должно быть хотя бы одно условие");
            return List.of();
        }
        if (in.size() > MAX_CONDITIONS) {
            c.add("conditions", "too_many", "У правила не может быть больше " + MAX_CONDITIONS + " условий");
            return List.of();
        }
        List<RuleCondition> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Checks part = new Checks();
            RuleCondition rc = condition(part, level, in.get(i));
            c.nested("conditions[" + i + "]", part);
            if (rc != null) {
                out.add(rc);
            }
        }
        return out;
    }

    private static RuleCondition condition(Checks c, String level, ConditionInput in) {
        if (in == null) {
            c.required("indicator", null);
            return null;
        }
        Indicator ind = null;
        if (c.required("indicator", in.indicator())) {
            ind = Indicator.byCode(in.indicator().trim()).orElse(null);
            if (ind == null) {
                c.add("indicator", "unknown_indicator", "Показатель «" + in.indicator() + "» не найден в каталоге");
            } else if ("organization".equals(level) && !"organization".equals(ind.level)) {
                c.add(
                        "indicator",
                        "level_mismatch",
                        "Показатель «" + ind.code
                                + "» ведётся по муниципалитету в целом, а правило отбирает организации");
            }
        }
        RuleCondition rc = new RuleCondition();
        rc.indicator = ind;
        String category = in.category() == null ? "" : in.category().trim();
        rc.category = ind == null || category.isEmpty() ? category : ValueChecks.category(c, ind, category);
        test(c, in, rc);
        return ind == null ? null : rc;
    }

    /** Exactly one test: a comparator with a value, «none or zero», or the municipal average. */
    private static void test(Checks c, ConditionInput in, RuleCondition rc) {
        boolean compares = blankToNull(in.comparator()) != null || in.value() != null;
        boolean none = Boolean.TRUE.equals(in.missingOrZero());
        boolean average = blankToNull(in.average()) != null;
        int kinds = (compares ? 1 : 0) + (none ? 1 : 0) + (average ? 1 : 0);
        if (kinds != 1) {
            c.add(
                    "comparator",
                    kinds == 0 ? "test_required" : "tests_conflict",
                    kinds == 0
                            ? "Укажите проверку условия: сравнение с порогом (comparator и value), «нет или ноль» "
                                    + "(missingOrZero) или сравнение со средним (average)"
                            : "У условия может быть только одна проверка: сравнение с порогом, «нет или ноль» или "
                                    + "сравнение со средним");
            return;
        }
        if (compares) {
            if (c.required("comparator", blankToNull(in.comparator()))) {
                c.oneOf("comparator", in.comparator().trim(), RiskRule.COMPARATORS);
            }
            if (c.required("value", in.value())) {
                c.finite("value", in.value());
            }
            rc.comparator = blankToNull(in.comparator());
            rc.threshold = in.value();
        } else if (average) {
            c.oneOf("average", in.average().trim(), RiskRule.AVERAGES);
            rc.average = in.average().trim();
        } else {
            rc.missingOrZero = true;
        }
    }

    /** The condition in words for the people who explain a flag: «Доля «2» (4 класс) ≥ 20». */
    static String describe(RuleCondition c, String categoryLabel) {
        String what = "«" + c.indicator.nameRu + "»" + (categoryLabel == null ? "" : " (" + categoryLabel + ")");
        if (c.missingOrZero) {
            return what + ": нет значения или 0";
        }
        if (c.average != null) {
            return what + ("above".equals(c.average) ? " выше" : " ниже") + " среднего по муниципалитету";
        }
        return what + " " + SYMBOLS.getOrDefault(c.comparator, c.comparator) + " " + Decimals.ru(c.threshold);
    }
}
