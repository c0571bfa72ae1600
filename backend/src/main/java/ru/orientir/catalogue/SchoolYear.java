package ru.orientir.catalogue;

import ru.orientir.common.Checks;
import ru.orientir.common.YearSpan;

/**
 * The one rule for school years: a school-year indicator's figures are keyed by the year the school
 * year starts in (2019 for 2019/20) and shown as «2019/20» everywhere; calendar-year figures show
 * the year itself.
 */
public final class SchoolYear {

    public static final String PERIODICITY = "school_year";

    /** The {@code year} field's description in the API contract, for values, targets and what shows them. */
    public static final String YEAR_DESCRIPTION = "The year; for an indicator whose periodicity is school_year, the "
            + "year the school year starts in (2019 is the school year 2019/20). Values and targets are keyed by that "
            + "starting year; yearLabel shows it as people read it";

    /** The {@code yearLabel} field's description in the API contract. */
    public static final String LABEL_DESCRIPTION = "The year as people read it: «2019/20» for a school-year "
            + "indicator (periodicity school_year, keyed by the starting year), «2019» otherwise";

    /** A span whose second year does not follow the first (2019/21). */
    public static final String NOT_CONSECUTIVE = "school_year_not_consecutive";

    /** A school year written for an indicator that is not kept by school years. */
    public static final String NOT_A_SCHOOL_YEAR_INDICATOR = "school_year_not_allowed";

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
        return YearSpan.start(text);
    }

    /** Whether the text is written as a span of two years (2019/20, 2019/21, «2018-2019 учебный год»), right or wrong. */
    public static boolean looksLikeSpan(String text) {
        return YearSpan.looksLike(text);
    }

    /** Why a span cannot be read as a school year (its years do not follow each other, or it is not a span at all). */
    public static String unreadable() {
        return "не учебный год: годы должны идти подряд, например 2019/20, 2019/2020 или «2019-2020 учебный год»";
    }

    /** «Учебный год», «Календарный год», «Квартал», «Месяц»…: how an indicator's figures are kept, for people. */
    public static String periodicityLabel(String periodicity) {
        return ru.orientir.calendar.Periodicity.label(periodicity);
    }

    /**
     * The one rule of where a school year may be written: a year typed as a span («2019/20») is only for an
     * indicator kept by school years; for a calendar-year or quarterly one it is refused on {@code field}.
     * A plain year is always accepted (for a school-year indicator it is the starting year). Nothing is said
     * when the indicator is unknown (reported elsewhere) or the text is not a span.
     */
    public static void spanFits(Checks c, String field, Indicator indicator, String typed) {
        if (indicator == null || isSchoolYear(indicator.periodicity) || !looksLikeSpan(typed)) {
            return;
        }
        Integer start = parseSpan(typed);
        String example = start == null ? "2019" : start.toString();
        String kept =
                "quarter".equals(indicator.periodicity) ? "по кварталам календарного года" : "по календарным годам";
        c.add(
                field,
                NOT_A_SCHOOL_YEAR_INDICATOR,
                "Учебный год указан для показателя " + indicator.code + ", который ведётся " + kept
                        + ": укажите год, например " + example);
    }
}
