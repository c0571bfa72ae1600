package ru.orientir.scorecards;

import static ru.orientir.common.Decimals.ru;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import ru.orientir.common.Decimals;

/** The one rule of how an item turns a value into points, with the reason in words; missing data gives no points. */
final class Scoring {

    /** The points of one item (null when its value, or the average it needs, is missing) and why. */
    record Points(BigDecimal points, String why) {}

    private static final Map<String, String> SYMBOLS = Map.of("gt", ">", "ge", "≥", "lt", "<", "le", "≤", "eq", "=");

    private Scoring() {}

    static Points of(ScorecardItem item, BigDecimal areaWeight, BigDecimal value, BigDecimal average) {
        if (value == null) {
            return new Points(null, "нет данных");
        }
        Points raw = raw(item, value, average);
        if (raw.points() == null) {
            return raw;
        }
        BigDecimal weight = item.weight == null ? BigDecimal.ONE : item.weight;
        BigDecimal factor = weight.multiply(areaWeight);
        if (factor.compareTo(BigDecimal.ONE) == 0) {
            return new Points(Decimals.exact(raw.points()), raw.why());
        }
        BigDecimal weighted = raw.points().multiply(factor);
        return new Points(Decimals.exact(weighted), raw.why() + " × вес " + ru(factor) + " = " + points(weighted));
    }

    private static Points raw(ScorecardItem item, BigDecimal value, BigDecimal average) {
        BigDecimal p = item.points == null ? BigDecimal.ZERO : item.points;
        return switch (item.method) {
            case "presence" ->
                value.signum() > 0
                        ? new Points(p, "есть (" + ru(value) + ") → " + points(p))
                        : new Points(BigDecimal.ZERO, "нет (" + ru(value) + ") → 0 баллов");
            case "per_unit" -> {
                BigDecimal total = p.multiply(value);
                yield new Points(total, ru(value) + " × " + ru(p) + " = " + points(total));
            }
            case "threshold" -> {
                String test = SYMBOLS.get(item.comparator) + " " + ru(item.threshold);
                yield holds(item.comparator, value, item.threshold)
                        ? new Points(p, ru(value) + " " + test + " → " + points(p))
                        : new Points(BigDecimal.ZERO, ru(value) + ": условие «" + test + "» не выполнено → 0 баллов");
            }
            case "bands" -> bands(item, value);
            default -> average(item, value, average);
        };
    }

    private static Points bands(ScorecardItem item, BigDecimal value) {
        if (item.bands != null) {
            for (ScoreBand b : item.bands) {
                if (b.holds(value)) {
                    return new Points(b.points(), ru(value) + " в диапазоне " + span(b) + " → " + points(b.points()));
                }
            }
        }
        return new Points(BigDecimal.ZERO, ru(value) + " вне диапазонов → 0 баллов");
    }

    private static Points average(ScorecardItem item, BigDecimal value, BigDecimal average) {
        if (average == null) {
            return new Points(null, "нет среднего по муниципалитету");
        }
        boolean above = "above_average".equals(item.method);
        BigDecimal p = item.points == null ? BigDecimal.ZERO : item.points;
        boolean holds = above ? value.compareTo(average) > 0 : value.compareTo(average) < 0;
        String side = above ? "выше" : "ниже";
        return holds
                ? new Points(
                        p,
                        ru(value) + " " + side + " среднего по муниципалитету (" + shown(average) + ") → " + points(p))
                : new Points(
                        BigDecimal.ZERO,
                        ru(value) + " не " + side + " среднего по муниципалитету (" + shown(average) + ") → 0 баллов");
    }

    /**
     * The municipal average as a reason shows it: at most two decimals, «≈ 1,19» when rounded (the
     * database keeps 1,188889; the comparison uses it exactly).
     */
    static String shown(BigDecimal average) {
        BigDecimal exact = Decimals.exact(average);
        return exact.scale() <= 2 ? ru(exact) : "≈ " + ru(exact.setScale(2, RoundingMode.HALF_UP));
    }

    static boolean holds(String comparator, BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (comparator) {
            case "gt" -> c > 0;
            case "ge" -> c >= 0;
            case "lt" -> c < 0;
            case "le" -> c <= 0;
            default -> c == 0;
        };
    }

    private static String span(ScoreBand b) {
        if (b.from() == null) {
            return "до " + ru(b.to());
        }
        return b.to() == null ? "от " + ru(b.from()) : ru(b.from()) + "–" + ru(b.to());
    }

    /** «5 баллов», «1 балл», «−2 балла», «2,5 балла». */
    static String points(BigDecimal p) {
        BigDecimal v = Decimals.exact(p);
        String word;
        if (v.scale() > 0) {
            word = "балла";
        } else {
            long n = v.abs().longValue() % 100;
            long last = n % 10;
            word = n >= 11 && n <= 14 ? "баллов" : last == 1 ? "балл" : last >= 2 && last <= 4 ? "балла" : "баллов";
        }
        return ru(v) + " " + word;
    }
}
