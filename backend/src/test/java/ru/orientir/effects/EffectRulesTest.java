package ru.orientir.effects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.orientir.effects.EffectDtos.Item;
import ru.orientir.effects.EffectDtos.Summary;

class EffectRulesTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void changeIsAfterMinusBeforeWithoutPaddedZeros() {
        assertEquals(d("6.5"), EffectRules.change(d("40.000000"), d("46.500000")));
        assertEquals(d("-2"), EffectRules.change(d("12"), d("10")));
        assertNull(EffectRules.change(null, d("10")));
        assertNull(EffectRules.change(d("10"), null));
    }

    @Test
    void improvedFollowsTheIndicatorsDirection() {
        assertEquals(true, EffectRules.improved(true, d("6")));
        assertEquals(false, EffectRules.improved(true, d("-1")));
        // fewer «2» marks is better for a lower-is-better indicator
        assertEquals(true, EffectRules.improved(false, d("-3")));
        assertEquals(false, EffectRules.improved(false, d("2")));
        assertEquals(false, EffectRules.improved(true, BigDecimal.ZERO));
        assertNull(EffectRules.improved(true, null));
    }

    @Test
    void summaryCountsEachItemOnce() {
        List<Item> items = List.of(
                item(d("6"), true),
                item(d("2"), false),
                item(d("-1"), true),
                item(BigDecimal.ZERO, false),
                item(null, null));
        assertEquals(new Summary(2, 1, 1, 1), EffectRules.summary(items));
    }

    private static Item item(BigDecimal change, Boolean improved) {
        return new Item("i", "I", "percent", "higher", "m", null, null, null, null, null, null, change, improved);
    }
}
