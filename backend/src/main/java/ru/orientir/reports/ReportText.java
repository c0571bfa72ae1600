package ru.orientir.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import ru.orientir.common.Decimals;

/** How the report's formats write figures and dates: the Russian way (39 981; 12,5), one place for all three. */
final class ReportText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private ReportText() {}

    /** The figure at the indicator's decimals, Russian style; «—» when there is none. */
    static String number(BigDecimal v, int decimals) {
        return v == null ? "—" : Decimals.ru(v.setScale(Math.max(0, Math.min(decimals, 6)), RoundingMode.HALF_UP));
    }

    /** A target as written by the workbooks («≥ 30»); «—» without one. */
    static String target(String t) {
        return t == null || t.isEmpty() ? "—" : t;
    }

    static String count(int n) {
        return Decimals.ru(BigDecimal.valueOf(n));
    }

    static String dateTime(OffsetDateTime t) {
        return WHEN.format(t.atZoneSameInstant(MOSCOW)) + " (МСК)";
    }

    /** At most {@code max} characters, an ellipsis marking the cut. */
    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
