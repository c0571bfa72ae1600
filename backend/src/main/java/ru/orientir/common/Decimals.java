package ru.orientir.common;

import java.math.BigDecimal;

/**
 * Figures are kept exactly as typed: NUMERIC columns pad them to six decimals, so what is shown
 * and compared is the figure without trailing zeros (25.000000 -> 25, 12.50 -> 12.5).
 */
public final class Decimals {

    private Decimals() {}

    /** The figure without trailing zeros and never in exponent form (100, not 1E+2). */
    public static BigDecimal exact(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Numerically equal figures (25 and 25.0) count as the same figure. */
    public static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * The stored figure when the new one is numerically equal, so that re-sending the same data
     * does not make the row dirty (no new version, no audit event).
     */
    public static BigDecimal keep(BigDecimal stored, BigDecimal given) {
        return same(stored, given) ? stored : given;
    }

    /** A figure the Russian way for messages and explanations: 12,5 and 39 981 (a narrow no-break space groups thousands). */
    public static String ru(BigDecimal v) {
        if (v == null) {
            return "";
        }
        String plain = exact(v).toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0 && whole.length() > 4) {
                grouped.append('\u202F');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "−" : "") + grouped + (dot < 0 ? "" : "," + digits.substring(dot + 1));
    }
}
