package ru.orientir.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.WeekFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading of a period within a year, for figures and reporting periods alike: {@code ""} the whole year,
 * {@code Q1}–{@code Q4} a quarter, {@code H1}–{@code H2} a half year, {@code M01}–{@code M12} a month and
 * {@code W01}–{@code W53} an ISO week (of the ISO week-based year). The code is what is stored next to the year;
 * people and files may write it with its year ({@code 2024-03}, {@code 2024-Q1}, {@code 2024-H1}, {@code 2024-W07}),
 * which must then be the year given.
 */
public record ReportPeriod(int year, String code) {

    public static final String WHOLE_YEAR = "";
    /** A period written without its year where no year is given. */
    public static final String YEAR_REQUIRED = "period_year_required";

    public static final String KIND_YEAR = "year";
    public static final String KIND_HALF = "half_year";
    public static final String KIND_QUARTER = "quarter";
    public static final String KIND_MONTH = "month";
    public static final String KIND_WEEK = "week";

    /** The forms a period may be written in, for messages. */
    public static final String ACCEPTED = "пусто (год целиком), ГГГГ-ММ или Mмм (месяц), ГГГГ-Qn или Qn (квартал),"
            + " ГГГГ-Hn или Hn (полугодие), ГГГГ-Wнн или Wнн (неделя ISO)";

    private static final Pattern FORM = Pattern.compile("(?:(\\d{4})-)?(Q|H|M|W)?(\\d{1,2})");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final String[] MONTHS = {
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь"
    };

    /** A period that cannot be read or does not belong to the year given; the message is in Russian. */
    public static final class Invalid extends IllegalArgumentException {
        public final String code;

        Invalid(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    public static ReportPeriod wholeYear(int year) {
        return new ReportPeriod(year, WHOLE_YEAR);
    }

    /**
     * Reads {@code text} as a period of {@code year} (null when the year is not known: a year written in the text is
     * then taken). Blank is the whole year.
     *
     * @throws Invalid with a Russian message naming the accepted forms
     */
    public static ReportPeriod parse(String text, Integer year) {
        String s = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            if (year == null) {
                throw new Invalid("invalid_period", "Укажите период: " + ACCEPTED);
            }
            return wholeYear(year);
        }
        if (s.matches("\\d{4}")) {
            int y = Integer.parseInt(s);
            checkYear(text, y, year);
            return wholeYear(y);
        }
        Matcher m = FORM.matcher(s);
        if (!m.matches() || m.group(1) == null && m.group(2) == null) {
            throw invalid(text);
        }
        int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : year == null ? -1 : year;
        if (y < 0) {
            throw new Invalid(YEAR_REQUIRED, "Укажите год периода «" + text.strip() + "», например 2024-03");
        }
        if (m.group(1) != null) {
            checkYear(text, y, year);
        }
        String letter = m.group(2) == null ? "M" : m.group(2);
        int n = Integer.parseInt(m.group(3));
        int max =
                switch (letter) {
                    case "Q" -> 4;
                    case "H" -> 2;
                    case "M" -> 12;
                    default -> weeksIn(y);
                };
        if (n < 1 || n > max) {
            throw invalid(text);
        }
        String code = letter.equals("M") || letter.equals("W") ? letter + String.format("%02d", n) : letter + n;
        return new ReportPeriod(y, code);
    }

    /** The period stored as {@code code} next to {@code year} (a stored code is canonical). */
    public static ReportPeriod of(int year, String code) {
        return code == null || code.isEmpty() ? wholeYear(year) : parse(code, year);
    }

    private static void checkYear(String text, int written, Integer year) {
        if (year != null && written != year) {
            throw new Invalid(
                    "period_year_mismatch",
                    "Период «" + text.strip() + "» относится к " + written + " году, а указан год " + year);
        }
    }

    private static Invalid invalid(String text) {
        return new Invalid("invalid_period", "Период «" + text.strip() + "» недопустим: " + ACCEPTED);
    }

    /** The number of ISO weeks of the ISO week-based year (52 or 53). */
    public static int weeksIn(int year) {
        return (int) LocalDate.of(year, 6, 1)
                .range(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                .getMaximum();
    }

    public String kind() {
        if (code.isEmpty()) {
            return KIND_YEAR;
        }
        return switch (code.charAt(0)) {
            case 'Q' -> KIND_QUARTER;
            case 'H' -> KIND_HALF;
            case 'M' -> KIND_MONTH;
            default -> KIND_WEEK;
        };
    }

    private int number() {
        return Integer.parseInt(code.substring(1));
    }

    /** The first day; a whole school year (starting year) begins on 1 September. */
    public LocalDate start(boolean schoolYear) {
        return switch (kind()) {
            case KIND_YEAR -> schoolYear ? LocalDate.of(year, 9, 1) : LocalDate.of(year, 1, 1);
            case KIND_QUARTER -> LocalDate.of(year, (number() - 1) * 3 + 1, 1);
            case KIND_HALF -> LocalDate.of(year, number() == 1 ? 1 : 7, 1);
            case KIND_MONTH -> LocalDate.of(year, number(), 1);
            default ->
                LocalDate.of(year, 1, 4)
                        .with(WeekFields.ISO.weekOfWeekBasedYear(), number())
                        .with(DayOfWeek.MONDAY);
        };
    }

    /** The last day; a whole school year (starting year) ends on 31 August of the next year. */
    public LocalDate end(boolean schoolYear) {
        return switch (kind()) {
            case KIND_YEAR -> schoolYear ? LocalDate.of(year + 1, 8, 31) : LocalDate.of(year, 12, 31);
            case KIND_QUARTER -> YearMonth.of(year, number() * 3).atEndOfMonth();
            case KIND_HALF -> YearMonth.of(year, number() == 1 ? 6 : 12).atEndOfMonth();
            case KIND_MONTH -> YearMonth.of(year, number()).atEndOfMonth();
            default -> start(false).plusDays(6);
        };
    }

    /** The period with its year as files and query parameters write it: 2024, 2024-Q1, 2024-H1, 2024-03, 2024-W07. */
    public String iso() {
        return switch (kind()) {
            case KIND_YEAR -> Integer.toString(year);
            case KIND_MONTH -> year + "-" + code.substring(1);
            default -> year + "-" + code;
        };
    }

    /** As people read it: «2024» (or «2024/25»), «I квартал 2024», «I полугодие 2024», «март 2024», «неделя 7, 2024». */
    public String label(boolean schoolYear) {
        return switch (kind()) {
            case KIND_YEAR -> schoolYear ? year + "/" + String.format("%02d", Math.floorMod(year + 1, 100)) : "" + year;
            case KIND_QUARTER -> ROMAN[number() - 1] + " квартал " + year;
            case KIND_HALF -> ROMAN[number() - 1] + " полугодие " + year;
            case KIND_MONTH -> MONTHS[number() - 1] + " " + year;
            default -> "неделя " + number() + ", " + year;
        };
    }

    /** The period of this kind that follows (the next year for a whole year). */
    public ReportPeriod next() {
        return switch (kind()) {
            case KIND_YEAR -> wholeYear(year + 1);
            case KIND_QUARTER ->
                number() == 4 ? new ReportPeriod(year + 1, "Q1") : new ReportPeriod(year, "Q" + (number() + 1));
            case KIND_HALF -> number() == 2 ? new ReportPeriod(year + 1, "H1") : new ReportPeriod(year, "H2");
            case KIND_MONTH ->
                number() == 12
                        ? new ReportPeriod(year + 1, "M01")
                        : new ReportPeriod(year, String.format("M%02d", number() + 1));
            default ->
                number() == weeksIn(year)
                        ? new ReportPeriod(year + 1, "W01")
                        : new ReportPeriod(year, String.format("W%02d", number() + 1));
        };
    }

    /** The period of {@code kind} that contains {@code day} (for a whole school year: the one it belongs to). */
    public static ReportPeriod containing(String kind, LocalDate day, boolean schoolYear) {
        return switch (kind) {
            case KIND_QUARTER -> new ReportPeriod(day.getYear(), "Q" + ((day.getMonthValue() - 1) / 3 + 1));
            case KIND_HALF -> new ReportPeriod(day.getYear(), day.getMonthValue() <= 6 ? "H1" : "H2");
            case KIND_MONTH -> new ReportPeriod(day.getYear(), String.format("M%02d", day.getMonthValue()));
            case KIND_WEEK ->
                new ReportPeriod(
                        day.get(IsoFields.WEEK_BASED_YEAR),
                        String.format("W%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            default -> wholeYear(schoolYear && day.getMonthValue() < 9 ? day.getYear() - 1 : day.getYear());
        };
    }
}
