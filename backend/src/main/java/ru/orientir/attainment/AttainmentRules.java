package ru.orientir.attainment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import ru.orientir.catalogue.Band;

/**
 * Target against fact, direction-aware: the one place that says whether a target is met, by how
 * much a fact misses it and what the indicator's evaluation scale scores it. Pure functions, so the
 * rules are tested case by case without a database.
 */
public final class AttainmentRules {

    public static final String MET = "met";
    public static final String NOT_MET = "not_met";
    public static final String NO_DATA = "no_data";
    public static final String NO_TARGET = "no_target";
    public static final List<String> STATUSES = List.of(MET, NOT_MET, NO_DATA, NO_TARGET);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A target's comparator and bounds (valueTo only for between). */
    public record Goal(String comparator, BigDecimal value, BigDecimal valueTo) {}

    private AttainmentRules() {}

    /** no_target without a target, no_data without a fact, else met or not_met. */
    public static String status(boolean higherIsBetter, Goal goal, BigDecimal fact) {
        if (goal == null) {
            return NO_TARGET;
        }
        if (fact == null) {
            return NO_DATA;
        }
        return met(higherIsBetter, goal, fact) ? MET : NOT_MET;
    }

    /**
     * ge: fact ≥ value; le: fact ≤ value; between: value ≤ fact ≤ valueTo; eq reads as "at least"
     * for higher-is-better and "at most" for lower-is-better indicators, because a target of 10 %
     * early school leavers is met by 8 %, and a target of 70 % graduates by 75 %.
     */
    static boolean met(boolean higherIsBetter, Goal goal, BigDecimal fact) {
        int vsValue = fact.compareTo(goal.value());
        return switch (goal.comparator()) {
            case "ge" -> vsValue >= 0;
            case "le" -> vsValue <= 0;
            case "between" -> vsValue >= 0 && fact.compareTo(upper(goal)) <= 0;
            default -> higherIsBetter ? vsValue >= 0 : vsValue <= 0;
        };
    }

    /**
     * {@link #status} as a SQL expression, so that the database filters, counts and pages by status (issue 17): the
     * same cases in the same order. The arguments are SQL expressions: whether a target exists, the fact, the
     * comparator, its bounds and the indicator's polarity ('higher' | 'lower'). {@code AttainmentStatusSqlTest}
     * evaluates both on every comparator, polarity, bound and fact case and proves they agree.
     */
    static String statusSql(
            String hasTarget, String fact, String comparator, String value, String valueTo, String polarity) {
        String met = ("CASE %3$s WHEN 'ge' THEN %2$s >= %4$s WHEN 'le' THEN %2$s <= %4$s"
                        + " WHEN 'between' THEN %2$s >= %4$s AND %2$s <= COALESCE(%5$s, %4$s)"
                        + " ELSE CASE WHEN %6$s = 'lower' THEN %2$s <= %4$s ELSE %2$s >= %4$s END END")
                .formatted(hasTarget, fact, comparator, value, valueTo, polarity);
        return ("CASE WHEN NOT (%1$s) THEN '" + NO_TARGET + "' WHEN %2$s IS NULL THEN '" + NO_DATA + "' WHEN " + met
                        + " THEN '" + MET + "' ELSE '" + NOT_MET + "' END")
                .formatted(hasTarget, fact);
    }

    /** fact − target; for between 0 inside the range, else the signed distance to the nearest bound. */
    public static BigDecimal deviation(Goal goal, BigDecimal fact) {
        if (goal == null || fact == null) {
            return null;
        }
        BigDecimal bound = missedBound(goal, fact);
        return bound == null ? BigDecimal.ZERO : fact.subtract(bound);
    }

    /** The deviation as a percentage of the bound it is measured from; null when that bound is 0. */
    public static BigDecimal deviationPercent(Goal goal, BigDecimal fact) {
        if (goal == null || fact == null) {
            return null;
        }
        BigDecimal bound = missedBound(goal, fact);
        if (bound == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (bound.signum() == 0) {
            return null;
        }
        return fact.subtract(bound)
                .multiply(HUNDRED)
                .divide(bound.abs(), MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The evaluation scale's score of a fact: the band containing it when the indicator has bands
     * (from inclusive, to exclusive, open ends null), else 0–100 linear between scaleMin and scaleMax
     * (100 at scaleMin for lower-is-better), clamped; null without a scale.
     */
    public static BigDecimal score(
            boolean higherIsBetter, List<Band> bands, BigDecimal scaleMin, BigDecimal scaleMax, BigDecimal fact) {
        if (fact == null) {
            return null;
        }
        if (bands != null && !bands.isEmpty()) {
            return bands.stream()
                    .filter(b -> contains(b, fact))
                    .map(Band::score)
                    .findFirst()
                    .orElse(null);
        }
        if (scaleMin == null || scaleMax == null || scaleMax.compareTo(scaleMin) <= 0) {
            return null;
        }
        BigDecimal fromBottom = (higherIsBetter ? fact.subtract(scaleMin) : scaleMax.subtract(fact));
        BigDecimal score = fromBottom.multiply(HUNDRED).divide(scaleMax.subtract(scaleMin), MathContext.DECIMAL64);
        return score.max(BigDecimal.ZERO).min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    private static boolean contains(Band band, BigDecimal fact) {
        return (band.from() == null || fact.compareTo(band.from()) >= 0)
                && (band.to() == null || fact.compareTo(band.to()) < 0);
    }

    /** The bound the deviation is measured from: the target value, or for between the bound the fact is outside of (null inside). */
    private static BigDecimal missedBound(Goal goal, BigDecimal fact) {
        if (!"between".equals(goal.comparator())) {
            return goal.value();
        }
        if (fact.compareTo(goal.value()) < 0) {
            return goal.value();
        }
        return fact.compareTo(upper(goal)) > 0 ? upper(goal) : null;
    }

    private static BigDecimal upper(Goal goal) {
        return goal.valueTo() == null ? goal.value() : goal.valueTo();
    }
}
