package ru.orientir.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.orientir.catalogue.Band;
import ru.orientir.catalogue.SchoolYear;
import ru.orientir.common.Checks;
import ru.orientir.common.FieldError;
import ru.orientir.common.Numbers;
import ru.orientir.files.Columns;
import ru.orientir.files.Row;

/**
 * Reads the cells of one row (numbers, years, lists as people type them) and reports each problem
 * with the row number, the column and the value as typed: «строка 17, столбец value: «около 25000» —
 * не число». The rules themselves are the shared validators' ({@link #absorb}): this class only turns
 * text into the validators' fields.
 */
public class RowCheck {

    /** The code of a cell whose text is not what its column holds (not a number, not a year...). */
    public static final String INVALID_FORMAT = "invalid_format";

    private final Row row;
    private final ErrorSink sink;
    private final String rowWord;
    private final Set<String> badCells = new HashSet<>();
    private boolean ok = true;
    private Set<String> hidden = Set.of();

    public RowCheck(Row row, ErrorSink sink, String rowWord) {
        this.row = row;
        this.sink = sink;
        this.rowWord = rowWord;
        if (row.problem() != null) {
            rowError(row.problem());
        }
    }

    public boolean ok() {
        return ok;
    }

    public Row row() {
        return row;
    }

    /** A cell that cannot be read; the value typed is quoted before the reason. */
    public void error(String column, String reason) {
        error(column, INVALID_FORMAT, reason);
    }

    /** A problem with a cell, with its code (the same codes as the API's field errors). */
    public void error(String column, String code, String reason) {
        String raw = row.raw(column);
        String shown = raw == null || raw.isBlank() ? null : raw.strip();
        sink.add(
                row.number(),
                column,
                shown,
                code,
                where(column) + (shown == null ? reason : "«" + shown + "» — " + reason));
        badCells.add(column);
        ok = false;
    }

    /** A problem of the whole row (no single column to blame). */
    public void rowError(String reason) {
        sink.add(row.number(), null, null, null, rowWord + " " + row.number() + ": " + reason);
        ok = false;
    }

    /**
     * The field errors of a shared validator, reported against their columns: a field maps to its
     * column by {@link #column(String)}. A column whose cell could not be read at all was reported
     * already and is not blamed twice (e.g. «не число» and then «обязательно»).
     */
    public void absorb(Checks checks) {
        for (FieldError e : checks.errors()) {
            String column = column(e.field());
            if (badCells.contains(column)) {
                continue;
            }
            String raw = row.raw(column);
            sink.add(
                    row.number(),
                    column,
                    raw == null || raw.isBlank() ? null : raw.strip(),
                    e.code(),
                    where(column) + e.message());
            ok = false;
        }
    }

    /** The column of a validator's field: {@code nameRu} is {@code name_ru}, {@code bands[2].to} is {@code bands}. */
    public static String column(String field) {
        int end = field.length();
        for (int i = 0; i < field.length(); i++) {
            if (field.charAt(i) == '[' || field.charAt(i) == '.') {
                end = i;
                break;
            }
        }
        return Columns.normalize(field.substring(0, end));
    }

    private String where(String column) {
        return rowWord + " " + row.number() + ", столбец " + column + ": ";
    }

    public String text(String column) {
        return hidden.contains(column) ? null : row.get(column);
    }

    /**
     * Reads {@code column} as empty from now on (its cell stays in the row and in error reports): for a cell
     * that is not a code to look up, such as a target's organization '*'.
     */
    public void hide(String column) {
        hidden = Set.of(column);
    }

    /** A lower-case keyword (unit, comparator...) or null. */
    public String keyword(String column) {
        String v = row.get(column);
        return v == null ? null : v.toLowerCase(Locale.ROOT);
    }

    /**
     * A year as a whole number, or a school year written as a span («2019/20», «2019/2020», «2019-2020»,
     * «2018-2019 учебный год») read as its starting year ({@link SchoolYear}); null when empty or (reported)
     * unreadable, e.g. a span whose years do not follow each other. Its range is a rule, and so is whether a
     * span fits the row's indicator ({@link SchoolYear#spanFits}, which the importer checks once the
     * indicator is known).
     */
    public Integer year(String column) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        if (SchoolYear.looksLikeSpan(v)) {
            Integer start = SchoolYear.parseSpan(v);
            if (start == null) {
                error(column, SchoolYear.NOT_CONSECUTIVE, SchoolYear.unreadable());
            }
            return start;
        }
        if (v.length() <= 9 && Numbers.digits(v)) {
            return Integer.parseInt(v);
        }
        BigDecimal d = Numbers.parse(v);
        if (d == null
                || d.stripTrailingZeros().scale() > 0
                || d.abs().compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) {
            error(column, "не год (ожидается год, например 2024, или учебный год, например 2019/20)");
            return null;
        }
        return d.intValueExact();
    }

    /** A number, or null (empty, or reported when the text is not a number). */
    public BigDecimal decimal(String column) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        BigDecimal d = Numbers.parse(v);
        if (d == null) {
            error(column, "не число");
        }
        return d;
    }

    public Integer integer(String column) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        BigDecimal d = Numbers.parse(v);
        if (d == null || d.stripTrailingZeros().scale() > 0 || d.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            error(column, "не целое число");
            return null;
        }
        return d.intValue();
    }

    /** Items separated by «|» («математика|русский язык»), each trimmed; null for an empty cell. */
    public List<String> list(String column) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (String item : v.split("\\|", -1)) {
            items.add(item.strip());
        }
        return items;
    }

    /**
     * Bands of a scale separated by «|», each «from..to: label: score» with either bound left empty
     * for an open end and the score optional: «..0,8: плохо: 0 | 0,8..1: норма: 1 | 1..: хорошо: 2».
     * Null for an empty cell or (reported) when a band cannot be read.
     */
    public List<Band> bands(String column) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        List<Band> bands = new ArrayList<>();
        String[] parts = v.split("\\|", -1);
        for (int n = 0; n < parts.length; n++) {
            Band b = band(parts[n].strip());
            if (b == null) {
                error(
                        column,
                        "полоса " + (n + 1)
                                + " не читается: ожидается «от..до: метка: балл», например «0,8..1: норма: 1»");
                return null;
            }
            bands.add(b);
        }
        return bands;
    }

    private static Band band(String text) {
        String[] p = text.split(":", -1);
        if (p.length < 2 || p.length > 3) {
            return null;
        }
        int dots = p[0].indexOf("..");
        if (dots < 0) {
            return null;
        }
        String from = p[0].substring(0, dots).strip();
        String to = p[0].substring(dots + 2).strip();
        BigDecimal f = from.isEmpty() ? null : Numbers.parse(from);
        BigDecimal t = to.isEmpty() ? null : Numbers.parse(to);
        BigDecimal score = p.length == 3 && !p[2].isBlank() ? Numbers.parse(p[2].strip()) : null;
        if (!from.isEmpty() && f == null
                || !to.isEmpty() && t == null
                || p.length == 3 && !p[2].isBlank() && score == null) {
            return null;
        }
        String label = p[1].strip();
        return new Band(f, t, label.isEmpty() ? null : label, score);
    }
}
