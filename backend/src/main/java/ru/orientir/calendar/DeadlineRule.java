package ru.orientir.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * When the figures of a period are due, kept structured: {@code after_end} a number of days after the period's last
 * day («через 10 дней после окончания квартала»), {@code day_of_next_month} a day of the month after the period
 * ends («до 20 числа следующего месяца»), {@code fixed_date} the first given day and month after the period ends
 * («до 1 сентября»). The figures are due on that day inclusive: late from the next day. {@link #parse} is the one
 * reading of the forms people write, for the API and the indicators file; {@link #label} writes the canonical one,
 * which reads back the same.
 */
@Schema(
        name = "DeadlineRule",
        requiredProperties = {"kind"},
        description =
                "A deadline rule as stored: after_end with days (after the period's last day), "
                        + "day_of_next_month with day, fixed_date with day and month (the first such date after the period ends)")
public record DeadlineRule(
        @Schema(enumeration = {"after_end", "day_of_next_month", "fixed_date"}) String kind,
        Integer days,
        Integer day,
        Integer month) {

    public static final String AFTER_END = "after_end";
    public static final String DAY_OF_NEXT_MONTH = "day_of_next_month";
    public static final String FIXED_DATE = "fixed_date";
    public static final List<String> KINDS = List.of(AFTER_END, DAY_OF_NEXT_MONTH, FIXED_DATE);
    public static final int MAX_DAYS = 366;

    public static final String ACCEPTED = "«через 10 дней после окончания периода» (или квартала, месяца, года),"
            + " «до 20 числа следующего месяца», «до 1 сентября», «до 01.09»; «нет» — без срока";

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
    private static final String[] STEMS = {
        "янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"
    };
    private static final String MONTH_WORD = "(январ[а-я]*|феврал[а-я]*|март[а-я]*|апрел[а-я]*|ма[йяе]|июн[а-я]*"
            + "|июл[а-я]*|август[а-я]*|сентябр[а-я]*|октябр[а-я]*|ноябр[а-я]*|декабр[а-я]*)";
    private static final String LEAD = "(?:(?:в срок |не позднее |не позже |до |к |по )*)";
    private static final String ORDINAL = "(?:-?(?:го|е|ое|ого))?";
    private static final Pattern AFTER = Pattern.compile("(?:через |в течение |не позднее |спустя )?(\\d{1,3})"
            + " (?:календарных )?(?:день|дня|дней|дн)\\.?(?: после| с| со дня| по| от)(?: дня)?"
            + " (?:окончания|завершения|конца|истечения)(?: [а-я ]+)?");
    private static final Pattern NEXT_MONTH = Pattern.compile(LEAD + "(\\d{1,2})" + ORDINAL + " (?:числа )?"
            + "(?:следующего месяца|месяца,? следующего за (?:отчетным|истекшим)(?: [а-я]+)?"
            + "|следующего за (?:отчетным|истекшим)(?: [а-я]+)? месяца)(?: [а-я ]+)?");
    private static final Pattern DAY_MONTH = Pattern.compile(LEAD + "(\\d{1,2})" + ORDINAL + " " + MONTH_WORD);
    private static final Pattern DOTTED = Pattern.compile(LEAD + "(\\d{1,2})\\.(\\d{1,2})\\.?");
    private static final Pattern CODE =
            Pattern.compile("(after_end|day_of_next_month|fixed_date):(\\d{1,3})(?:-(\\d{1,2}))?");
    private static final List<String> NONE = List.of("нет", "без срока", "none", "-", "—");

    /** A rule that cannot be read; the message (in Russian) names the forms that can. */
    public static final class Invalid extends IllegalArgumentException {
        public final String code;

        Invalid(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    /** Whether the text clears the rule («нет», «без срока»); blank is for the caller to decide (keep or clear). */
    public static boolean clears(String text) {
        return text != null && NONE.contains(normalize(text));
    }

    /**
     * Reads a deadline rule in Russian («через 10 дней после окончания квартала», «до 20 числа следующего месяца»,
     * «до 1 сентября», «до 01.09») or as its code ({@code after_end:10}, {@code day_of_next_month:20},
     * {@code fixed_date:9-1} for month-day).
     *
     * @throws Invalid with a Russian message naming the accepted forms
     */
    public static DeadlineRule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new Invalid("required", "Укажите срок; допустимые формы: " + ACCEPTED);
        }
        String s = normalize(text);
        Matcher m = CODE.matcher(s);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(2));
            return switch (m.group(1)) {
                case AFTER_END -> afterEnd(text, a);
                case DAY_OF_NEXT_MONTH -> dayOfNextMonth(text, a);
                default -> fixed(text, m.group(3) == null ? -1 : Integer.parseInt(m.group(3)), a);
            };
        }
        if ((m = AFTER.matcher(s)).matches()) {
            return afterEnd(text, Integer.parseInt(m.group(1)));
        }
        if ((m = NEXT_MONTH.matcher(s)).matches()) {
            return dayOfNextMonth(text, Integer.parseInt(m.group(1)));
        }
        if ((m = DAY_MONTH.matcher(s)).matches()) {
            return fixed(text, Integer.parseInt(m.group(1)), month(m.group(2)));
        }
        if ((m = DOTTED.matcher(s)).matches()) {
            return fixed(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        throw new Invalid(
                "invalid_deadline", "Срок «" + text.strip() + "» не распознан; допустимые формы: " + ACCEPTED);
    }

    private static DeadlineRule afterEnd(String text, int days) {
        if (days > MAX_DAYS) {
            throw new Invalid(
                    "invalid_deadline",
                    "Срок «" + text.strip() + "»: не больше " + MAX_DAYS + " дней после окончания периода");
        }
        return new DeadlineRule(AFTER_END, days, null, null);
    }

    private static DeadlineRule dayOfNextMonth(String text, int day) {
        if (day < 1 || day > 31) {
            throw new Invalid("invalid_deadline", "Срок «" + text.strip() + "»: число месяца должно быть от 1 до 31");
        }
        return new DeadlineRule(DAY_OF_NEXT_MONTH, null, day, null);
    }

    private static DeadlineRule fixed(String text, int day, int month) {
        if (month < 1
                || month > 12
                || day < 1
                || day > YearMonth.of(2024, month).lengthOfMonth()) {
            throw new Invalid("invalid_deadline", "Срок «" + text.strip() + "»: такой даты нет");
        }
        return new DeadlineRule(FIXED_DATE, null, day, month);
    }

    private static int month(String word) {
        for (int i = 0; i < 12; i++) {
            if (word.startsWith(STEMS[i])) {
                return i + 1;
            }
        }
        throw new IllegalStateException(word);
    }

    private static String normalize(String text) {
        return text.strip()
                .toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("[«»\"()]", " ")
                .replaceAll("\\s+", " ")
                .trim()
                .replaceAll("[.;,]$", "");
    }

    /** The day the figures of {@code p} are due (inclusive); {@code schoolYear} for a school-year indicator. */
    public LocalDate deadline(ReportPeriod p, boolean schoolYear) {
        LocalDate end = p.end(schoolYear);
        return switch (kind) {
            case AFTER_END -> end.plusDays(days);
            case DAY_OF_NEXT_MONTH -> {
                YearMonth next = YearMonth.from(end).plusMonths(1);
                yield next.atDay(Math.min(day, next.lengthOfMonth()));
            }
            default -> {
                LocalDate d = onDay(end.getYear());
                yield d.isAfter(end) ? d : onDay(end.getYear() + 1);
            }
        };
    }

    private LocalDate onDay(int year) {
        YearMonth ym = YearMonth.of(year, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    /** The canonical Russian form, read back the same by {@link #parse}. */
    public String label() {
        return switch (kind) {
            case AFTER_END -> "через " + days + " " + daysWord(days) + " после окончания периода";
            case DAY_OF_NEXT_MONTH -> "до " + day + " числа следующего месяца";
            default -> "до " + day + " " + GENITIVE[month - 1];
        };
    }

    private static String daysWord(int n) {
        int mod100 = n % 100;
        int mod10 = n % 10;
        if (mod100 >= 11 && mod100 <= 14) {
            return "дней";
        }
        return mod10 == 1 ? "день" : mod10 >= 2 && mod10 <= 4 ? "дня" : "дней";
    }
}
