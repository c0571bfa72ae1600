package ru.orientir.common;

/**
 * Characters a text of a request may not hold: NUL (PostgreSQL cannot store it) and a lone UTF-16 surrogate (not a
 * character at all: it would be stored as «?» while the answer echoes the original). One rule for path and query
 * parameters ({@link RequestTextFilter}) and JSON strings ({@link JacksonConfig}).
 */
public final class Text {

    private Text() {
    }

    /** What is wrong with the text, in Russian (e.g. «NUL (U+0000) на позиции 3»), or null when it is fine. */
    public static String invalidCharacter(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0000') {
                return "NUL (U+0000) на позиции " + (i + 1);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "одиночный суррогат U+" + Integer.toHexString(c).toUpperCase() + " на позиции " + (i + 1);
            }
            if (Character.isLowSurrogate(c)) {
                return "одиночный суррогат U+" + Integer.toHexString(c).toUpperCase() + " на позиции " + (i + 1);
            }
        }
        return null;
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
