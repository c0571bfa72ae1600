package ru.orientir.catalogue;

import java.math.BigDecimal;
import ru.orientir.common.Checks;

/**
 * The checks every figure of an indicator must pass, the same in the API, the imports and the
 * SPA's messages: unit bounds (percent 0–100, yes/no 0 or 1, counts whole and not negative) and
 * the indicator's own scale.
 */
public final class ValueChecks {

    /** The longest disaggregation category a value may carry (the column's size). */
    public static final int MAX_CATEGORY = 200;

    private ValueChecks() {}

    /** Checks one figure (a fact, a target or its upper bound) against its indicator. */
    public static void figure(Checks c, String field, Indicator indicator, BigDecimal value) {
        if (value == null || indicator == null) {
            return;
        }
        c.finite(field, value);
        switch (indicator.unit) {
            case "percent" -> {
                if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                    c.add(
                            field,
                            "percent_out_of_range",
                            "Процент " + shown(value) + " вне диапазона 0–100 (показатель " + indicator.code + ")");
                }
            }
            case "yes_no" -> {
                if (value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0) {
                    c.add(
                            field,
                            "not_yes_no",
                            "Для показателя «да/нет» допустимы только 1 (да) и 0 (нет), получено " + shown(value));
                }
            }
            case "persons", "count", "places" -> {
                if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
                    c.add(
                            field,
                            "not_a_count",
                            "Количество должно быть целым неотрицательным числом, получено " + shown(value));
                }
            }
            case "rubles", "thousand_rubles", "million_rubles", "years", "rank" -> {
                if (value.signum() < 0) {
                    c.add(field, "negative", "Значение не может быть отрицательным, получено " + shown(value));
                }
            }
            default -> {}
        }
        if (indicator.scaleMin != null && value.compareTo(indicator.scaleMin) < 0
                || indicator.scaleMax != null && value.compareTo(indicator.scaleMax) > 0) {
            c.add(
                    field,
                    "outside_scale",
                    "Значение " + shown(value) + " вне шкалы показателя " + indicator.code + " ("
                            + bound(indicator.scaleMin) + " – " + bound(indicator.scaleMax) + ")");
        }
    }

    /**
     * Checks what a measured value adds to its figure: category, numerator and denominator (its period is
     * {@link ru.orientir.calendar.Periodicity#settle}'s).
     * Returns the category as stored: for an indicator with dimensions its canonical form ({@link Categories}),
     * otherwise as given.
     */
    public static String fact(
            Checks c, Indicator indicator, String category, BigDecimal numerator, BigDecimal denominator) {
        if (indicator == null) {
            return category;
        }
        if (indicator.derived()) {
            c.add(
                    "indicator",
                    "derived_indicator",
                    "Показатель " + indicator.code + " вычисляется по правилу «" + indicator.derivedRule
                            + "» из значений школ: его значения не вводятся");
        }
        String stored = category(c, indicator, category);
        c.finite("numerator", numerator);
        c.finite("denominator", denominator);
        if (numerator != null && numerator.signum() < 0) {
            c.add("numerator", "negative", "Числитель не может быть отрицательным");
        }
        if (denominator != null && denominator.signum() <= 0) {
            c.add("denominator", "not_positive", "Знаменатель должен быть больше нуля");
        }
        return stored;
    }

    /**
     * A category of {@code indicator}: '' (the total) always; for an indicator with dimensions a combination of
     * their members' codes, returned in canonical form; otherwise one of its free-text categories (any when it
     * has none). A category refused is reported with what is allowed.
     */
    public static String category(Checks c, Indicator indicator, String category) {
        if (category == null || category.isEmpty()) {
            return category;
        }
        if (indicator.dimensions != null && !indicator.dimensions.isEmpty()) {
            Categories.Parsed p = Categories.parse(indicator.dimensions, category);
            if (!p.ok()) {
                c.add(
                        "category",
                        "unknown_category",
                        "Категория «" + category + "» не предусмотрена показателем " + indicator.code + " (" + p.error()
                                + "); допустимы: " + Categories.allowed(indicator.dimensions));
                return category;
            }
            return p.canonical();
        }
        if (indicator.categories != null && !indicator.categories.contains(category)) {
            c.add(
                    "category",
                    "unknown_category",
                    "Категория «" + category + "» не предусмотрена показателем " + indicator.code + "; допустимы: "
                            + String.join(", ", indicator.categories));
        }
        return category;
    }

    /** Facts and targets may only be written for active indicators. */
    public static void active(Checks c, String field, Indicator indicator) {
        if (indicator != null && !"active".equals(indicator.status)) {
            c.add(
                    field,
                    "archived_indicator",
                    "Показатель " + indicator.code + " в архиве: новые данные по нему не принимаются");
        }
    }

    /** The figure as shown in a message (only built when there is one: imports check millions). */
    private static String shown(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String bound(BigDecimal b) {
        return b == null ? "…" : b.stripTrailingZeros().toPlainString();
    }
}
