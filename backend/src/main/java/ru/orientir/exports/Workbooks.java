package ru.orientir.exports;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Worksheet;

/**
 * What the workbooks for people share (templates, formatted exports, the plan-vs-fact workbook): Russian labels of
 * units, statuses and comparators, the colours of statuses, number formats and the header row.
 */
public final class Workbooks {

    private Workbooks() {}

    /** The header's fill. */
    public static final String HEADER_FILL = "D9E1F2";

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("percent", "%"),
            Map.entry("persons", "чел."),
            Map.entry("count", "ед."),
            Map.entry("score", "балл"),
            Map.entry("rubles", "руб."),
            Map.entry("thousand_rubles", "тыс. руб."),
            Map.entry("million_rubles", "млн руб."),
            Map.entry("ratio", "коэфф."),
            Map.entry("yes_no", "да/нет"),
            Map.entry("places", "мест"),
            Map.entry("rank", "место"),
            Map.entry("years", "лет"),
            Map.entry("other", "—"));

    private static final Map<String, String> STATUSES =
            Map.of("met", "достигнуто", "not_met", "не достигнуто", "no_data", "нет данных", "no_target", "нет цели");
    /** Fill colours of the statuses: green, red, amber, grey. */
    private static final Map<String, String> STATUS_FILLS =
            Map.of("met", "C6EFCE", "not_met", "FFC7CE", "no_data", "FFEB9C", "no_target", "EDEDED");
    /** The statuses in the order of the summaries. */
    public static final List<String> STATUS_ORDER = List.of("met", "not_met", "no_data", "no_target");

    /** The unit as people write it («%», «чел.»); an unknown code as it is. */
    public static String unit(String code) {
        return code == null ? "" : UNITS.getOrDefault(code, code);
    }

    /** The status in Russian («достигнуто»). */
    public static String status(String code) {
        return code == null ? "" : STATUSES.getOrDefault(code, code);
    }

    /** The fill colour of a status. */
    public static String statusFill(String code) {
        return code == null ? null : STATUS_FILLS.get(code);
    }

    /** A target as people read it: «≥ 30», «≤ 5», «= 1», «30–40». */
    public static String target(String comparator, BigDecimal value, BigDecimal valueTo) {
        if (value == null) {
            return "";
        }
        String v = plain(value);
        return switch (comparator == null ? "eq" : comparator) {
            case "ge" -> "≥ " + v;
            case "le" -> "≤ " + v;
            case "between" -> v + "–" + (valueTo == null ? "" : plain(valueTo));
            default -> "= " + v;
        };
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** The Excel number format of an indicator's decimals: «0», «0.0», «0.00»... */
    public static String numberFormat(int decimals) {
        int d = Math.max(0, Math.min(decimals, 6));
        return d == 0 ? "0" : "0." + "0".repeat(d);
    }

    /** A bold, filled header row with column widths, frozen below it. */
    public static void header(Worksheet ws, List<String> headers, List<Double> widths) {
        for (int i = 0; i < headers.size(); i++) {
            ws.value(0, i, headers.get(i));
            ws.style(0, i).bold().fillColor(HEADER_FILL).wrapText(true).set();
            if (widths != null && i < widths.size() && widths.get(i) > 0) {
                ws.width(i, widths.get(i));
            }
        }
        ws.freezePane(0, 1);
    }

    /** Now, as the export's description sheet states it. */
    public static String now() {
        return ZonedDateTime.now(ZoneId.of("Europe/Moscow")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"))
                + " (МСК)";
    }

    /** A sheet of two columns describing a workbook: what it holds, its filters and when it was made. */
    public static void describe(Worksheet ws, List<String[]> lines) {
        ws.width(0, 28);
        ws.width(1, 90);
        int r = 0;
        for (String[] line : lines) {
            ws.value(r, 0, line[0]);
            ws.style(r, 0).bold().set();
            if (line.length > 1 && line[1] != null) {
                ws.value(r, 1, line[1]);
                ws.style(r, 1).wrapText(true).set();
            }
            r++;
        }
    }

    /** A number cell with the indicator's format, or nothing for null. */
    public static void number(Worksheet ws, int r, int c, BigDecimal v, int decimals) {
        if (v != null) {
            ws.value(r, c, v);
            ws.style(r, c).format(numberFormat(decimals)).set();
        }
    }

    /** A text cell, or nothing for null or empty text (a text beginning with «=» stays text: never a formula). */
    public static void text(Worksheet ws, int r, int c, String v) {
        if (v != null && !v.isEmpty()) {
            ws.value(r, c, v);
        }
    }

    /** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
    public static String sheetName(String area, Set<String> taken) {
        String base = area.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (base.length() > 31) {
            base = base.substring(0, 31).strip();
        }
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            String suffix = " (" + n + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }
}
