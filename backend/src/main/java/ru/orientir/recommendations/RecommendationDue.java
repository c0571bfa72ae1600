package ru.orientir.recommendations;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline of a recommendation: its canonical text, last day and Russian label. For now only the
 * canonical forms {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY-Qn} and {@code YYYY}.
 */
// replaced by plans.Due after merge
final class RecommendationDue {

    /** The forms accepted, for the message of a deadline that is not one of them. */
    static final String FORMS = "ГГГГ-ММ-ДД, ГГГГ-ММ, ГГГГ-Qn (квартал) или ГГГГ";

    record Span(String canonical, LocalDate to, String label) {}

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|Q([1-4])))?");
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
    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    private RecommendationDue() {}

    /** The span of a canonical deadline; empty when the text is not one of the forms or not a real date. */
    static Optional<Span> parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase();
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(3) != null) {
                LocalDate d = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return Optional.of(new Span(t, d, "до " + d.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
            }
            if (m.group(2) != null) {
                YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
                return Optional.of(new Span(t, ym.atEndOfMonth(), MONTHS[ym.getMonthValue() - 1] + " " + year));
            }
            if (m.group(4) != null) {
                int q = Integer.parseInt(m.group(4));
                return Optional.of(
                        new Span(t, YearMonth.of(year, q * 3).atEndOfMonth(), QUARTERS[q - 1] + " квартал " + year));
            }
            return Optional.of(new Span(t, LocalDate.of(year, 12, 31), year + " год"));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
