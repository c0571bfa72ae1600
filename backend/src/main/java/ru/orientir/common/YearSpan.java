package ru.orientir.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a span of two years is written (2019/20, 2019-2020, «2018-2019 учебный год»): the syntax only,
 * shared by files and query parameters; what a span means for an indicator is catalogue.SchoolYear's rule.
 */
public final class YearSpan {

    /** 2019/20, 2019/2020, 2019-2020, 2019–20, with an optional «учебный год» or «уч. г.» after it. */
    private static final Pattern SPAN = Pattern.compile(
            "(\\d{4})\\s*[/\\-–—]\\s*(\\d{2}|\\d{4})(?:\\s*(?:учебн(?:ый|ого)\\s+год[а]?|уч\\.?\\s*г(?:од|\\.)?))?\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Four digits, a separator and two or four digits: what a span looks like, before its years are checked. */
    private static final Pattern LOOKS_LIKE_SPAN =
            Pattern.compile("\\d{4}\\s*[/\\-–—]\\s*\\d{2}(?:\\d{2})?(?:\\s*\\D.*)?", Pattern.UNICODE_CASE);

    private YearSpan() {}

    /** The first year of a span whose second year follows it; null when the text is not such a span. */
    public static Integer start(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = SPAN.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        int start = Integer.parseInt(m.group(1));
        String end = m.group(2);
        int next = end.length() == 2 ? Math.floorMod(start + 1, 100) : start + 1;
        return Integer.parseInt(end) == next ? start : null;
    }

    /** Whether the text is written as a span of two years, right or wrong. */
    public static boolean looksLike(String text) {
        return text != null && LOOKS_LIKE_SPAN.matcher(text.trim()).matches();
    }
}
