package ru.orientir.plans;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.orientir.common.Checks;

/**
 * The one reading of a deadline («Срок»), for the API, the file import and the recommendations alike.
 *
 * <p>{@code due} is canonical ({@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY-Qn} or {@code YYYY}); {@code from} and
 * {@code to} are the first and the last day of its span; {@code label} is how a person reads it. A recurring deadline
 * («ежегодно, август») has a {@code recurrence} ({@code weekly}, {@code monthly}, {@code quarterly}, {@code yearly}),
 * the {@code month} of a yearly one and the span of the context year (a plan's last year): it is due when that ends.
 */
public record Due(String due, String recurrence, Integer month, LocalDate from, LocalDate to, String label) {

    public static final List<String> RECURRENCES = List.of("weekly", "monthly", "quarterly", "yearly");

    public static final String ACCEPTED = "ГГГГ-ММ-ДД, ГГГГ-ММ, ГГГГ-Qn (квартал), ГГГГ, а также «до 01.09.2022»,"
            + " «1 сентября 2022», «декабрь 2022», «до декабря 2022», «II квартал 2023», «2023 год», «2022–2024»,"
            + " «ежегодно, август», «ежегодно в августе», «ежемесячно», «еженедельно», «ежеквартально», «в течение года»";

    private static final String[] GENITIVE = {
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря"
    };
    private static final String[] NOMINATIVE = {
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
    private static final Pattern[] MONTHS = {
        Pattern.compile("январ[а-я]*"),
        Pattern.compile("феврал[а-я]*"),
        Pattern.compile("март[а-я]*"),
        Pattern.compile("апрел[а-я]*"),
        Pattern.compile("ма[йяе]"),
        Pattern.compile("июн[а-я]*"),
        Pattern.compile("июл[а-я]*"),
        Pattern.compile("август[а-я]*"),
        Pattern.compile("сентябр[а-я]*"),
        Pattern.compile("октябр[а-я]*"),
        Pattern.compile("ноябр[а-я]*"),
        Pattern.compile("декабр[а-я]*")
    };
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final String MONTH_WORD = "(январ[а-я]*|феврал[а-я]*|март[а-я]*|апрел[а-я]*|ма[йяе]|июн[а-я]*"
            + "|июл[а-я]*|август[а-я]*|сентябр[а-я]*|октябр[а-я]*|ноябр[а-я]*|декабр[а-я]*)";

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern ISO_QUARTER = Pattern.compile("(\\d{4})-?q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern YEARS = Pattern.compile("(\\d{4}) ?- ?(\\d{4})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2}) " + MONTH_WORD + " (\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH_WORD + " (\\d{4})");
    private static final Pattern QUARTER =
            Pattern.compile("(iv|iii|ii|i|[1-4])(?: ?-?(?:й|ый|ом|го|ого))? ?квартал[а-я]* (\\d{4})");
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:в срок до|не позднее|до конца|до окончания|в течение|до|к|в|во|по|срок|окончание|конец)\\s+");
    private static final Pattern SUFFIX = Pattern.compile("\\s*(?:гг|г|годы|годов|годах|года|году|год)\\.?$");
    private static final Pattern MONTH_IN_TEXT = Pattern.compile("(?<![а-я])" + MONTH_WORD + "(?![а-я])");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    /** A deadline that cannot be read; the message (in Russian) names the forms that can. */
    public static final class Invalid extends IllegalArgumentException {
        public final String code;

        Invalid(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    /**
     * Reads a deadline. {@code contextYear} (a plan's last year) is the year of «в течение года» and of recurring
     * deadlines; it may be null when none is known (they are then refused or have no span).
     *
     * @throws Invalid with a Russian message when the text is none of the accepted forms
     */
    public static Due parse(String text, Integer contextYear) {
        if (text == null || text.isBlank()) {
            throw new Invalid("required", "Укажите срок; допустимые формы: " + ACCEPTED);
        }
        String s = normalize(text);
        Due recurring = recurring(s, contextYear);
        if (recurring != null) {
            return recurring;
        }
        if (s.startsWith("в течение") && (s.contains("год") || s.contains("периода"))) {
            Matcher y = ANY_YEAR.matcher(s);
            Integer year = y.find() ? Integer.valueOf(y.group(1)) : contextYear;
            if (year == null) {
                throw new Invalid("invalid_due", "Для срока «" + text.trim() + "» укажите год, например «2023 год»");
            }
            return year(text, year);
        }
        String core = strip(s);
        Due d = exact(text, core);
        if (d == null) {
            throw new Invalid("invalid_due", "Срок «" + text.trim() + "» не распознан; допустимые формы: " + ACCEPTED);
        }
        return d;
    }

    /**
     * Reads a deadline given with a separate recurrence (the API's {@code recurrence} field, the file's column): a
     * yearly recurrence takes its month from a due of the form {@code YYYY-MM} or a date; a blank due then means the
     * context year.
     */
    public static Due parse(String text, String recurrence, Integer contextYear) {
        if (recurrence == null || recurrence.isBlank()) {
            return parse(text, contextYear);
        }
        String r = recurrence.trim().toLowerCase(Locale.ROOT);
        if (!RECURRENCES.contains(r)) {
            throw new Invalid(
                    "not_allowed",
                    "Повторение «" + recurrence.trim() + "» недопустимо; допустимы: " + String.join(", ", RECURRENCES));
        }
        if (text == null || text.isBlank()) {
            return repeating(r, null, contextYear);
        }
        Due d = parse(text, contextYear);
        if (d.recurrence() != null) {
            if (!d.recurrence().equals(r)) {
                throw new Invalid(
                        "recurrence_mismatch",
                        "Срок «" + text.trim() + "» задаёт другое повторение, чем поле recurrence («" + r + "»)");
            }
            return d;
        }
        Integer month = "yearly".equals(r) && !d.due().matches("\\d{4}(-Q\\d)?") ? d.to().getMonthValue() : null;
        return repeating(r, month, d.to().getYear());
    }

    /** Reads the deadline into a field error of {@code c} when it cannot be read; null then. */
    public static Due check(Checks c, String field, String text, String recurrence, Integer contextYear) {
        try {
            return parse(text, recurrence, contextYear);
        } catch (Invalid e) {
            c.add(field, e.code, e.getMessage());
            return null;
        }
    }

    /** Overdue: not finished and today is past the span's last day (for a recurring one, the context year's end). */
    public boolean overdue(LocalDate today, boolean finished) {
        return !finished && to != null && today.isAfter(to);
    }

    private static String normalize(String text) {
        return text.trim()
                .toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .replaceAll("[«»\"()]", " ")
                .replaceAll("\\s*,\\s*", ", ")
                .replaceAll("\\s+", " ")
                .trim()
                .replaceAll("[.;]$", "");
    }

    private static String strip(String s) {
        String prev;
        String cur = s;
        do {
            prev = cur;
            cur = PREFIX.matcher(cur).replaceFirst("");
            cur = SUFFIX.matcher(cur).replaceFirst("").trim();
        } while (!cur.equals(prev));
        return cur;
    }

    private static Due recurring(String s, Integer contextYear) {
        String r = s.startsWith("ежегодно") || s.equals("yearly")
                ? "yearly"
                : s.startsWith("ежемесячно") || s.equals("monthly")
                        ? "monthly"
                        : s.startsWith("еженедельно") || s.equals("weekly")
                                ? "weekly"
                                : s.startsWith("ежеквартально") || s.equals("quarterly") ? "quarterly" : null;
        if (r == null) {
            return null;
        }
        Integer month = null;
        if ("yearly".equals(r)) {
            Matcher m = MONTH_IN_TEXT.matcher(s);
            if (m.find()) {
                month = month(m.group(1));
            }
        }
        return repeating(r, month, contextYear);
    }

    private static Due repeating(String r, Integer month, Integer year) {
        String label =
                switch (r) {
                    case "weekly" -> "еженедельно";
                    case "monthly" -> "ежемесячно";
                    case "quarterly" -> "ежеквартально";
                    default -> month == null ? "ежегодно" : "ежегодно, " + NOMINATIVE[month - 1];
                };
        if (year == null) {
            return new Due(null, r, month, null, null, label);
        }
        checkYear(String.valueOf(year), year);
        return new Due(String.valueOf(year), r, month, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), label);
    }

    private static Due exact(String text, String s) {
        Matcher m;
        if ((m = ISO_DATE.matcher(s)).matches()) {
            return date(text, m.group(1), m.group(2), m.group(3));
        }
        if ((m = DOTTED.matcher(s)).matches()) {
            return date(text, m.group(3), m.group(2), m.group(1));
        }
        if ((m = DAY_MONTH.matcher(s)).matches()) {
            return date(text, m.group(3), String.valueOf(month(m.group(2))), m.group(1));
        }
        if ((m = ISO_MONTH.matcher(s)).matches()) {
            return month(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = MONTH_YEAR.matcher(s)).matches()) {
            return month(text, Integer.parseInt(m.group(2)), month(m.group(1)));
        }
        if ((m = ISO_QUARTER.matcher(s)).matches()) {
            return quarter(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            return quarter(text, Integer.parseInt(m.group(2)), quarterNumber(m.group(1)));
        }
        if ((m = YEAR.matcher(s)).matches()) {
            return year(text, Integer.parseInt(m.group(1)));
        }
        if ((m = YEARS.matcher(s)).matches()) {
            int first = Integer.parseInt(m.group(1));
            int last = Integer.parseInt(m.group(2));
            checkYear(text, first);
            checkYear(text, last);
            if (first > last) {
                throw new Invalid("invalid_due", "В сроке «" + text.trim() + "» первый год больше последнего");
            }
            return new Due(
                    String.valueOf(last),
                    null,
                    null,
                    LocalDate.of(first, 1, 1),
                    LocalDate.of(last, 12, 31),
                    first + "–" + last + " годы");
        }
        return null;
    }

    private static Due date(String text, String y, String mo, String d) {
        int year = Integer.parseInt(y);
        checkYear(text, year);
        LocalDate day;
        try {
            day = LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException e) {
            throw new Invalid("invalid_due", "Срок «" + text.trim() + "»: такой даты нет");
        }
        return new Due(
                day.toString(),
                null,
                null,
                day,
                day,
                "до " + String.format("%02d.%02d.%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear()));
    }

    private static Due month(String text, int year, int month) {
        checkYear(text, year);
        if (month < 1 || month > 12) {
            throw new Invalid("invalid_due", "Срок «" + text.trim() + "»: месяца " + month + " нет");
        }
        YearMonth ym = YearMonth.of(year, month);
        return new Due(
                ym.toString(), null, null, ym.atDay(1), ym.atEndOfMonth(), "до " + GENITIVE[month - 1] + " " + year);
    }

    private static Due quarter(String text, int year, int q) {
        checkYear(text, year);
        LocalDate from = LocalDate.of(year, (q - 1) * 3 + 1, 1);
        return new Due(
                year + "-Q" + q,
                null,
                null,
                from,
                YearMonth.of(year, q * 3).atEndOfMonth(),
                ROMAN[q - 1] + " квартал " + year);
    }

    private static Due year(String text, int year) {
        checkYear(text, year);
        return new Due(
                String.valueOf(year), null, null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year + " год");
    }

    private static void checkYear(String text, int year) {
        if (!Checks.inYearRange(year)) {
            throw new Invalid(
                    "year_out_of_range",
                    "Срок «" + text.trim() + "»: год " + year + " вне допустимого диапазона " + Checks.MIN_YEAR + "–"
                            + Checks.MAX_YEAR);
        }
    }

    private static int month(String word) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].matcher(word).matches()) {
                return i + 1;
            }
        }
        throw new IllegalStateException(word);
    }

    private static int quarterNumber(String s) {
        return switch (s) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}
