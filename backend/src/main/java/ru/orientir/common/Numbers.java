package ru.orientir.common;

import java.math.BigDecimal;

/** Numbers as people type them: decimal comma or point, spaces between thousands («25 000,5»). */
public final class Numbers {

    private Numbers() {}

    /** The number, or null when the text is not one (e.g. «около 25000», «1.234,5»). */
    public static BigDecimal parse(String text) {
        BigDecimal plain = plain(text);
        if (plain != null) {
            return plain;
        }
        String s = text.strip();
        if (s.isEmpty() || s.length() > 60) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean separator = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '\u202F') {
                continue;
            }
            if (c == ',' || c == '.') {
                if (separator) {
                    return null;
                }
                separator = true;
                b.append('.');
            } else if (c >= '0' && c <= '9' || c == '-' || c == '+' || c == 'e' || c == 'E') {
                b.append(c == '\u2212' ? '-' : c);
            } else if (c == '\u2212') {
                b.append('-');
            } else {
                return null;
            }
        }
        try {
            BigDecimal d = new BigDecimal(b.toString());
            return d.scale() < 0 ? d.setScale(0) : d;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** Fast path for the common cell: digits with at most one decimal point or comma and an optional minus. */
    private static BigDecimal plain(String s) {
        int n = s.length();
        if (n == 0 || n > 30) {
            return null;
        }
        char[] chars = new char[n];
        boolean separator = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                chars[i] = c;
            } else if ((c == '.' || c == ',') && !separator && i > 0 && i < n - 1) {
                separator = true;
                chars[i] = '.';
            } else if (c == '-' && i == 0 && n > 1) {
                chars[i] = c;
            } else {
                return null;
            }
        }
        return new BigDecimal(chars, 0, n);
    }

    /** Whether the text is made of ASCII digits only. */
    public static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
