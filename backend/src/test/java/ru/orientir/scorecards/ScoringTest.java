package ru.orientir.scorecards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How an «above the municipal average» item words the average it compared with. */
class ScoringTest {

    private static ScorecardItem aboveAverage(int points) {
        ScorecardItem item = new ScorecardItem();
        item.code = "no-certificate-above-average";
        item.method = "above_average";
        item.points = BigDecimal.valueOf(points);
        return item;
    }

    @Test
    void anAverageWithManyDecimalsIsShownRoundedButComparedExactly() {
        BigDecimal average = new BigDecimal("1.188889");
        Scoring.Points below = Scoring.of(aboveAverage(-2), BigDecimal.ONE, BigDecimal.ZERO, average);
        assertEquals(0, below.points().signum());
        assertEquals("0 не выше среднего по муниципалитету (≈ 1,19) → 0 баллов", below.why());
        // 1.19 is above 1.188889 although both read 1,19: the exact average decides
        Scoring.Points above = Scoring.of(aboveAverage(-2), BigDecimal.ONE, new BigDecimal("1.19"), average);
        assertEquals(0, above.points().compareTo(BigDecimal.valueOf(-2)));
        assertEquals(true, above.why().startsWith("1,19 выше среднего по муниципалитету (≈ 1,19) → "), above.why());
    }

    @Test
    void anAverageOfTwoDecimalsOrFewerIsShownAsItIs() {
        assertEquals("60", Scoring.shown(new BigDecimal("60.000000")));
        assertEquals("12,5", Scoring.shown(new BigDecimal("12.500000")));
        assertEquals("≈ 0,44", Scoring.shown(new BigDecimal("0.444444")));
    }
}
