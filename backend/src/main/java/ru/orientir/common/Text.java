package ru.orientir.common;

/**
 * Characters a stored text may not hold: NUL and the other control characters except tab, line feed and
 * carriage return, lone surrogates (half of an emoji, broken UTF-16: it would be stored as «?» while the answer
 * echoes the original) and the non-characters U+FFFE/U+FFFF. PostgreSQL refuses NUL in text, and the others are
 * never typed on purpose. One rule for path and query parameters ({@link RequestTextFilter}), JSON strings
 * ({@link JacksonConfig}) and the cells of uploaded files.
 */
public final class Text {

    private Text() {}

    /** The index of the first invalid character, or -1 when the text is clean (null included). */
    public static int invalidAt(String s) {
        if (s == null) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (c == 0x7F || c == 0xFFFE || c == 0xFFFF) {
                return i;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** «недопустимый символ U+0000 в позиции 3»: what a report says about the character at {@code at}. */
    public static String describe(String s, int at) {
        return "недопустимый символ " + String.format("U+%04X", (int) s.charAt(at)) + " в позиции " + (at + 1)
                + " (управляющий символ или повреждённая кодировка): удалите его";
    }

    /** The text with every invalid character replaced by U+FFFD, so that it can be stored and shown. */
    public static String clean(String s) {
        if (invalidAt(s) < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair =
                    Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                b.append(c).append(s.charAt(++i));
            } else if (invalidAt(String.valueOf(c)) >= 0) {
                b.append('\uFFFD');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** At most {@code max} characters, never cutting a surrogate pair, with «…» when cut. */
    public static String truncate(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }

    /** What is wrong with the text (e.g. «символ U+0000 в позиции 3»), or null when it is clean. */
    public static String invalidCharacter(String s) {
        int at = invalidAt(s);
        return at < 0 ? null : "символ " + String.format("U+%04X", (int) s.charAt(at)) + " в позиции " + (at + 1);
    }

    /** The message of a field holding such a character. */
    public static String invalidCharacterMessage(String kind, String field, String problem) {
        return kind + " «" + field + "» содержит недопустимый символ: " + problem + ". Уберите его и повторите запрос";
    }

    /** A value as shown in a message: long values cut to their start, so that an answer never echoes 10,000 characters. */
    public static String shown(String value) {
        if (value == null || value.length() <= 60) {
            return value;
        }
        int cut = Character.isHighSurrogate(value.charAt(39)) ? 39 : 40;
        return value.substring(0, cut) + "… (" + value.length() + " символов)";
    }
}
