package ru.orientir.catalogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for school years: a school-year indicator's figures are keyed by the year the school
 * year starts in (2019 for 2019/20) and shown as «2019/20» everywhere; calendar-year figures show
 * the year itself.
 */
public final class SchoolYear {

    public static final String PERIODICITY = "school_year";

    /** 2019/20, 2019/2020, 2019-2020, 2019–20, with an optional «учебный год» or «уч. г.» after it. */
    private static final Pattern SPAN = Pattern.compile(
            "(\\d{4})\\s*[/\\-–—]\\s*(\\d{2}|\\d{4})(?:\\s*(?:учебн(?:ый|ого)\\s+год[а]?|уч\\.?\\s*г(?:од|\\.)?))?\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SchoolYear() {}

    public static boolean isSchoolYear(String periodicity) {
        return PERIODICITY.equals(periodicity);
    }

    /** «2019/20» for a school-year indicator, «2019» otherwise. */
    public static String label(String periodicity, int year) {
        return isSchoolYear(periodicity) ? label(year) : Integer.toString(year);
    }

    /** «2019/20»: the starting year and the last two digits of the next one. */
    public static String label(int startYear) {
        return startYear + "/" + String.format("%02d", Math.floorMod(startYear + 1, 100));
    }

    /**
     * The starting year of a school year written as a span (2019/20, 2019-2020, «2018-2019 учебный
     * год»); null when the text is not such a span or its second year does not follow the first.
     */
    public static Integer parseSpan(String text) {
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
}
