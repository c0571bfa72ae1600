package ru.orientir.imports;

import java.util.ArrayList;
import java.util.List;
import ru.orientir.common.Text;

/**
 * Collects the bad rows of a job. Every bad row is counted, but only the first {@code cap} errors are
 * kept (and stored), so that a file of a million wrong rows does not fill the memory.
 */
public class ErrorSink {

    /** One problem with one cell (or one whole row when column is null); code as in the API's field errors. */
    public record RowError(long row, String column, String value, String code, String message) {}

    private final int cap;
    private final List<RowError> kept = new ArrayList<>();
    private long total;
    private long rejectedRows;
    private long lastRejectedRow = -1;

    public ErrorSink(int cap) {
        this.cap = cap;
    }

    /** Widths of the stored report (import_error.column is VARCHAR(100)); longer texts are cut with «…». */
    static final int COLUMN_CHARS = 100;

    static final int VALUE_CHARS = 1000;
    static final int MESSAGE_CHARS = 2000;

    /**
     * Adds an error. The texts come from the file: characters PostgreSQL refuses (NUL...) are replaced
     * and long texts cut, so that the report can always be stored.
     */
    public void add(long row, String column, String value, String message) {
        add(row, column, value, null, message);
    }

    public void add(long row, String column, String value, String code, String message) {
        column = Text.truncate(Text.clean(column), COLUMN_CHARS);
        value = Text.truncate(Text.clean(value), VALUE_CHARS);
        message = Text.truncate(Text.clean(message), MESSAGE_CHARS);
        total++;
        if (row != lastRejectedRow) {
            rejectedRows++;
            lastRejectedRow = row;
        }
        if (kept.size() < cap) {
            kept.add(new RowError(row, column, value, code, message));
        }
    }

    public boolean any() {
        return total > 0;
    }

    public long total() {
        return total;
    }

    public long rejectedRows() {
        return rejectedRows;
    }

    public boolean truncated() {
        return total > kept.size();
    }

    public List<RowError> kept() {
        return kept;
    }
}
