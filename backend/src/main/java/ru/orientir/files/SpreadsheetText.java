package ru.orientir.files;

import java.util.regex.Pattern;

/**
 * Formula injection in CSV files: a spreadsheet program runs a cell that begins with {@code =}, {@code +},
 * {@code -} or {@code @} (and, in some, a tab or carriage return) as a formula ({@code =HYPERLINK(...)},
 * {@code =CMD|...}). Files Orientir writes put a {@code '} before such a text (Excel's own mark of «text
 * as typed»), numbers such as {@code -5} excepted; reading a CSV removes that one {@code '} again, so an
 * exported file re-imports unchanged. A text that itself begins with {@code '} before such a character
 * gets a second one, so that the round trip stays exact.
 */
public final class SpreadsheetText {

    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(\\d[\\d\\s\u00A0]*([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");

    private SpreadsheetText() {}

    private static boolean trigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Whether the text (after any leading {@code '}) begins with a formula character. */
    private static boolean quotedTrigger(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '\'') {
            i++;
        }
        return i < s.length() && trigger(s.charAt(i));
    }

    /** The cell as a CSV writer must write it. */
    public static String neutralise(String s) {
        if (s == null || s.isEmpty() || !quotedTrigger(s) || NUMBER.matcher(s).matches()) {
            return s;
        }
        return "'" + s;
    }

    /** The cell as read from a CSV: the mark of {@link #neutralise} removed. */
    public static String restore(String s) {
        if (s == null || s.length() < 2 || s.charAt(0) != '\'' || !quotedTrigger(s)) {
            return s;
        }
        return s.substring(1);
    }
}
