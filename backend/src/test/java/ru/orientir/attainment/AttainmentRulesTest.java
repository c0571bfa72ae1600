package ru.orientir.attainment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.orientir.attainment.AttainmentRules.Goal;
import ru.orientir.catalogue.Band;

/** Every comparator × polarity case of target against fact, without a database. */
class AttainmentRulesTest {

    @ParameterizedTest(name = "{0}: {1} {2}..{3}, fact {4} -> {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                // polarity, comparator, value, valueTo, fact, status
                "higher, ge, 70, -, 75, met",
                "higher, ge, 70, -, 70, met",
                "higher, ge, 70, -, 33, not_met",
                "lower,  ge, 70, -, 70, met",
                "lower,  ge, 70, -, 33, not_met",
                "lower,  le, 5, -, 3, met",
                "lower,  le, 5, -, 5, met",
                "lower,  le, 5, -, 7, not_met",
                "higher, le, 5, -, 3, met",
                "higher, le, 5, -, 7, not_met",
                "higher, eq, 10, -, 12, met",
                "higher, eq, 10, -, 10, met",
                "higher, eq, 10, -, 8, not_met",
                "lower,  eq, 10, -, 8, met",
                "lower,  eq, 10, -, 10, met",
                "lower,  eq, 10, -, 12, not_met",
                "higher, between, 40, 60, 50, met",
                "higher, between, 40, 60, 40, met",
                "higher, between, 40, 60, 60, met",
                "higher, between, 40, 60, 61, not_met",
                "higher, between, 40, 60, 39, not_met",
                "lower,  between, 40, 60, 50, met",
                "lower,  between, 40, 60, 61, not_met",
                "lower,  between, 40, 60, 39.999, not_met",
            })
    void statusHonoursComparatorAndPolarity(
            String polarity,
            String comparator,
            BigDecimal value,
            BigDecimal valueTo,
            BigDecimal fact,
            String expected) {
        assertEquals(
                expected,
                AttainmentRules.status(!"lower".equals(polarity), new Goal(comparator, value, valueTo), fact));
    }

    @Test
    void withoutTargetIsNoTargetEvenWithoutFact() {
        assertEquals("no_target", AttainmentRules.status(true, null, new BigDecimal("5")));
        assertEquals("no_target", AttainmentRules.status(true, null, null));
    }

    @Test
    void targetWithoutFactIsNoData() {
        assertEquals("no_data", AttainmentRules.status(false, goal("le", "5", null), null));
    }

    @ParameterizedTest(name = "{0} {1}..{2}, fact {3}: deviation {4}, {5} %")
    @CsvSource(
            nullValues = "-",
            value = {
                "ge, 70, -, 33, -37, -52.86",
                "le, 5, -, 3, -2, -40.00",
                "eq, 10, -, 8, -2, -20.00",
                "between, 40, 60, 50, 0, 0.00",
                "between, 40, 60, 61, 1, 1.67",
                "between, 40, 60, 30, -10, -25.00",
                "ge, 0, -, 3, 3, -",
                "ge, -4, -, -2, 2, 50.00",
            })
    void deviationIsFactMinusTheBoundItMisses(
            String comparator, String value, String valueTo, String fact, String deviation, String percent) {
        Goal goal = goal(comparator, value, valueTo);
        assertEquals(0, new BigDecimal(deviation).compareTo(AttainmentRules.deviation(goal, new BigDecimal(fact))));
        BigDecimal actualPercent = AttainmentRules.deviationPercent(goal, new BigDecimal(fact));
        if (percent == null) {
            assertNull(actualPercent);
        } else {
            assertEquals(new BigDecimal(percent), actualPercent);
        }
    }

    @Test
    void noDeviationWithoutTargetOrFact() {
        assertNull(AttainmentRules.deviation(null, BigDecimal.ONE));
        assertNull(AttainmentRules.deviationPercent(goal("ge", "1", null), null));
    }

    @Test
    void bandsScoreTheBandContainingTheFact() {
        List<Band> bands = List.of(
                new Band(null, new BigDecimal("0.8"), "очень плохо", new BigDecimal("0")),
                new Band(new BigDecimal("0.8"), new BigDecimal("1"), "плохо", new BigDecimal("1")),
                new Band(new BigDecimal("1"), null, "очень хорошо", new BigDecimal("3")));
        assertEquals(new BigDecimal("0"), AttainmentRules.score(true, bands, null, null, new BigDecimal("0.5")));
        assertEquals(new BigDecimal("1"), AttainmentRules.score(true, bands, null, null, new BigDecimal("0.8")));
        assertEquals(new BigDecimal("3"), AttainmentRules.score(true, bands, null, null, new BigDecimal("1")));
    }

    @Test
    void factOutsideEveryBandHasNoScore() {
        List<Band> bands = List.of(new Band(BigDecimal.ZERO, BigDecimal.ONE, "плохо", BigDecimal.ONE));
        assertNull(AttainmentRules.score(true, bands, null, null, new BigDecimal("2")));
    }

    @ParameterizedTest(name = "{0}: fact {1} on 0..50 -> {2}")
    @CsvSource({
        "higher, 25, 50.00",
        "higher, 50, 100.00",
        "higher, 60, 100.00",
        "higher, -5, 0.00",
        "lower, 10, 80.00",
        "lower, 0, 100.00",
        "lower, 70, 0.00",
    })
    void scaleScoresLinearlyInvertedForLowerIsBetterAndClamped(String polarity, String fact, String score) {
        assertEquals(
                new BigDecimal(score),
                AttainmentRules.score(
                        "higher".equals(polarity), null, BigDecimal.ZERO, new BigDecimal("50"), new BigDecimal(fact)));
    }

    @Test
    void withoutScaleOrFactThereIsNoScore() {
        assertNull(AttainmentRules.score(true, null, null, BigDecimal.TEN, BigDecimal.ONE));
        assertNull(AttainmentRules.score(true, null, BigDecimal.ZERO, BigDecimal.TEN, null));
    }

    private static Goal goal(String comparator, String value, String valueTo) {
        return new Goal(comparator, new BigDecimal(value), valueTo == null ? null : new BigDecimal(valueTo));
    }
}
