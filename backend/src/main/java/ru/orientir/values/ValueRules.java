package ru.orientir.values;

import static ru.orientir.common.Pages.blankToNull;

import java.util.Optional;
import ru.orientir.calendar.Periodicity;
import ru.orientir.catalogue.Indicator;
import ru.orientir.catalogue.ValueChecks;
import ru.orientir.common.Checks;

/**
 * The rules of a measured value, the same for PUT /values and every row of a values file: year,
 * period (read and fitted to the indicator's periodicity by {@link Periodicity#settle}), category, qualifier, the figure against its indicator, numerator and denominator. Field
 * names are those of {@link ValueInput}; the natural key's codes are resolved (and checked) before.
 */
public final class ValueRules {

    /** What the checks settle: period, category and qualifier with their defaults applied. */
    public record Settled(String period, String category, String qualifier) {}

    private ValueRules() {}

    /** Checks a value of {@code indicator} (null when it could not be resolved: its figures are then not checked). */
    public static Settled validate(Checks c, Indicator indicator, ValueInput in) {
        c.year("year", in.year());
        String category = Optional.ofNullable(blankToNull(in.category())).orElse("");
        c.maxLength("category", category, ValueChecks.MAX_CATEGORY);
        String qualifier = Optional.ofNullable(blankToNull(in.qualifier())).orElse("exact");
        c.oneOf("qualifier", qualifier, MeasuredValue.QUALIFIERS);
        if (c.required("value", in.value())) {
            ValueChecks.figure(c, "value", indicator, in.value());
        }
        String period = Periodicity.settle(
                c,
                "period",
                indicator == null ? null : indicator.code,
                indicator == null ? null : indicator.periodicity,
                in.year() == null || !Checks.inYearRange(in.year()) ? null : in.year(),
                in.period());
        String stored = ValueChecks.fact(c, indicator, category, in.numerator(), in.denominator());
        return new Settled(period == null ? "" : period, stored, qualifier);
    }
}
