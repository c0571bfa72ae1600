package ru.orientir.imports;

import ru.orientir.files.Columns;

import ru.orientir.common.Numbers;

import java.math.BigDecimal;
import java.util.Locale;
import ru.orientir.common.Checks;
import ru.orientir.common.FieldError;
import ru.orientir.files.Row;

/**
 * Checks the cells of one row and reports each problem with the row number, the column and the
 * value as typed: «строка 17, столбец value: «около 25000» — не число».
 */
public class RowCheck {

    private final Row row;
    private final ErrorSink sink;
    private final String rowWord;
    private boolean ok = true;

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

    /** A problem with a cell; the value typed is quoted before the reason. */
    public void error(String column, String reason) {
        String raw = row.raw(column);
        String shown = raw == null || raw.isBlank() ? null : raw.strip();
        String where = rowWord + " " + row.number() + ", столбец " + column + ": ";
        sink.add(row.number(), column, shown, where + (shown == null ? reason : "«" + shown + "» — " + reason));
        ok = false;
    }

    /** A problem of the whole row (no single column to blame). */
    public void rowError(String reason) {
        sink.add(row.number(), null, null, rowWord + " " + row.number() + ": " + reason);
        ok = false;
    }

    /** The field errors of the shared checks (ValueChecks, Checks), reported against their columns. */
    public void absorb(Checks checks) {
        for (FieldError e : checks.errors()) {
            String column = row.cells().containsKey(e.field()) ? e.field() : columnOf(e.field());
            String where = rowWord + " " + row.number() + ", столбец " + column + ": ";
            String raw = row.raw(column);
            sink.add(row.number(), column, raw == null ? null : raw.strip(), where + e.message());
            ok = false;
        }
    }

    private static String columnOf(String field) {
        return ru.orientir.files.Columns.normalize(field);
    }

    public String text(String column) {
        return row.get(column);
    }

    public String required(String column) {
        String v = row.get(column);
        if (v == null) {
            error(column, "обязательное значение не заполнено");
        }
        return v;
    }

    /** A lower-case keyword (unit, comparator...) or null. */
    public String keyword(String column) {
        String v = row.get(column);
        return v == null ? null : v.toLowerCase(Locale.ROOT);
    }

    public Integer year(String column) {
        String v = required(column);
        if (v == null) {
            return null;
        }
        if (v.length() == 4 && Numbers.digits(v)) {
            int y = Integer.parseInt(v);
            if (Checks.inYearRange(y)) {
                return y;
            }
        }
        BigDecimal d = Numbers.parse(v);
        if (d == null || d.stripTrailingZeros().scale() > 0) {
            error(column, "не год (ожидается целое число, например 2024)");
            return null;
        }
        int y;
        try {
            y = d.intValueExact();
        } catch (ArithmeticException e) {
            y = Integer.MAX_VALUE;
        }
        if (!Checks.inYearRange(y)) {
            error(column, "год вне допустимого диапазона " + Checks.MIN_YEAR + "–" + Checks.MAX_YEAR);
            return null;
        }
        return y;
    }

    public BigDecimal decimal(String column, boolean required) {
        String v = required ? required(column) : row.get(column);
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
}
