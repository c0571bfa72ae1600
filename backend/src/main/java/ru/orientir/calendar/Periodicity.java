package ru.orientir.calendar;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.orientir.common.Checks;

/**
 * How often an indicator's figures are collected, and the one rule of which periods its values may be for:
 * {@code week} (ISO weeks), {@code month}, {@code quarter}, {@code half_year}, {@code calendar_year} and
 * {@code school_year} (keyed by its starting year). A yearly indicator takes only the whole year; a monthly one only
 * months, and so on. A quarterly indicator also keeps the year's total (version 1 stored quarterly indicators'
 * yearly figures so, the demo documents among them).
 */
public final class Periodicity {

    public static final String WEEK = "week";
    public static final String MONTH = "month";
    public static final String QUARTER = "quarter";
    public static final String HALF_YEAR = "half_year";
    public static final String CALENDAR_YEAR = "calendar_year";
    public static final String SCHOOL_YEAR = "school_year";

    /** Every periodicity, the three of version 1 first. */
    public static final List<String> ALL = List.of(CALENDAR_YEAR, SCHOOL_YEAR, QUARTER, MONTH, WEEK, HALF_YEAR);

    /** Other spellings people and files use, read as the code (lower case, «ё» as «е»). */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("weekly", WEEK),
            Map.entry("еженедельно", WEEK),
            Map.entry("неделя", WEEK),
            Map.entry("monthly", MONTH),
            Map.entry("ежемесячно", MONTH),
            Map.entry("месяц", MONTH),
            Map.entry("quarterly", QUARTER),
            Map.entry("ежеквартально", QUARTER),
            Map.entry("квартал", QUARTER),
            Map.entry("half-year", HALF_YEAR),
            Map.entry("halfyear", HALF_YEAR),
            Map.entry("полугодие", HALF_YEAR),
            Map.entry("раз в полугодие", HALF_YEAR),
            Map.entry("yearly", CALENDAR_YEAR),
            Map.entry("year", CALENDAR_YEAR),
            Map.entry("ежегодно", CALENDAR_YEAR),
            Map.entry("календарный год", CALENDAR_YEAR),
            Map.entry("год", CALENDAR_YEAR),
            Map.entry("учебный год", SCHOOL_YEAR));

    private Periodicity() {}

    /** The code of a periodicity written as a code or one of its aliases; the text as given when it is neither. */
    public static String canonical(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
        return ALL.contains(s) ? s : ALIASES.getOrDefault(s, text.strip());
    }

    /** The kind of period ({@link ReportPeriod#kind()}) an indicator of this periodicity is collected by. */
    public static String kind(String periodicity) {
        return switch (periodicity == null ? CALENDAR_YEAR : periodicity) {
            case WEEK -> ReportPeriod.KIND_WEEK;
            case MONTH -> ReportPeriod.KIND_MONTH;
            case QUARTER -> ReportPeriod.KIND_QUARTER;
            case HALF_YEAR -> ReportPeriod.KIND_HALF;
            default -> ReportPeriod.KIND_YEAR;
        };
    }

    public static boolean schoolYear(String periodicity) {
        return SCHOOL_YEAR.equals(periodicity);
    }

    /** Whether a value of an indicator of this periodicity may be for {@code p}. */
    public static boolean fits(String periodicity, ReportPeriod p) {
        String kind = kind(periodicity);
        return kind.equals(p.kind()) || QUARTER.equals(periodicity) && p.kind().equals(ReportPeriod.KIND_YEAR);
    }

    /** The period; without a year (reported on its own), its form is checked against a year of 53 weeks. */
    private static ReportPeriod read(String typed, Integer year) {
        try {
            return ReportPeriod.parse(typed, year);
        } catch (ReportPeriod.Invalid e) {
            if (year == null && ReportPeriod.YEAR_REQUIRED.equals(e.code)) {
                return ReportPeriod.parse(typed, 2020);
            }
            throw e;
        }
    }

    /** «Неделя», «Месяц», «Квартал», «Полугодие», «Календарный год», «Учебный год». */
    public static String label(String periodicity) {
        if (periodicity == null) {
            return null;
        }
        return switch (periodicity) {
            case WEEK -> "Неделя";
            case MONTH -> "Месяц";
            case QUARTER -> "Квартал";
            case HALF_YEAR -> "Полугодие";
            case CALENDAR_YEAR -> "Календарный год";
            case SCHOOL_YEAR -> "Учебный год";
            default -> periodicity;
        };
    }

    /** How an indicator of this periodicity is kept, in a sentence: «ведётся по месяцам». */
    private static String kept(String periodicity, int year) {
        return switch (periodicity == null ? CALENDAR_YEAR : periodicity) {
            case WEEK -> "ведётся по неделям: укажите неделю, например " + year + "-W07";
            case MONTH -> "ведётся по месяцам: укажите месяц, например " + year + "-03";
            case QUARTER ->
                "ведётся по кварталам: укажите квартал, например " + year + "-Q1, или оставьте период"
                        + " пустым для итога за год";
            case HALF_YEAR -> "ведётся по полугодиям: укажите полугодие, например " + year + "-H1";
            case SCHOOL_YEAR -> "ведётся по учебным годам: оставьте период пустым (учебный год целиком)";
            default -> "ведётся по календарным годам: оставьте период пустым (год целиком)";
        };
    }

    /**
     * The one check of a value's period, for the single-row API and every row of a file: reads {@code typed} for
     * {@code year} and requires it to fit the indicator's periodicity ({@code indicatorCode} and
     * {@code periodicity} null when the indicator is unknown: only the form is then checked). Answers the code to
     * store, or null when refused (the reason is added to {@code c} on {@code field}).
     */
    public static String settle(
            Checks c, String field, String indicatorCode, String periodicity, Integer year, String typed) {
        if (year == null && (typed == null || typed.isBlank())) {
            return ReportPeriod.WHOLE_YEAR; // the missing year is reported on its own
        }
        ReportPeriod p;
        try {
            p = read(typed, year);
        } catch (ReportPeriod.Invalid e) {
            c.add(field, e.code, e.getMessage());
            return null;
        }
        if (indicatorCode != null && !fits(periodicity, p)) {
            String what = p.code().isEmpty() ? "значение за год целиком" : "период «" + typed.strip() + "»";
            c.add(
                    field,
                    "period_not_in_rhythm",
                    "Показатель " + indicatorCode + " " + kept(periodicity, p.year()) + "; " + what
                            + " не принимается");
            return null;
        }
        return p.code();
    }
}
