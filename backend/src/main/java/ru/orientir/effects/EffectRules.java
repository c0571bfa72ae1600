package ru.orientir.effects;

import java.math.BigDecimal;
import java.util.List;
import ru.orientir.common.Decimals;
import ru.orientir.effects.EffectDtos.Item;
import ru.orientir.effects.EffectDtos.Summary;

/** Before against after, direction-aware: pure functions, tested case by case without a database. */
public final class EffectRules {

    private EffectRules() {}

    /** after − before; null when either year is missing. */
    public static BigDecimal change(BigDecimal before, BigDecimal after) {
        return before == null || after == null ? null : Decimals.exact(after.subtract(before));
    }

    /**
     * True when the change goes the indicator's better way (up for higher-is-better, down for
     * lower-is-better), false when it goes the other way or not at all, null without a change.
     */
    public static Boolean improved(boolean higherIsBetter, BigDecimal change) {
        if (change == null) {
            return null;
        }
        return higherIsBetter ? change.signum() > 0 : change.signum() < 0;
    }

    /** Counts of the items: improved, worsened, unchanged (a change of 0), missing (a year without a value). */
    public static Summary summary(List<Item> items) {
        int improved = 0;
        int worsened = 0;
        int unchanged = 0;
        int missing = 0;
        for (Item i : items) {
            if (i.change() == null) {
                missing++;
            } else if (i.change().signum() == 0) {
                unchanged++;
            } else if (Boolean.TRUE.equals(i.improved())) {
                improved++;
            } else {
                worsened++;
            }
        }
        return new Summary(improved, worsened, unchanged, missing);
    }
}
