package ru.orientir.imports;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.orientir.common.Text;
import ru.orientir.files.Row;
import ru.orientir.security.Caller;

/**
 * What an importer needs to know about the job it runs for. {@code fields} lists the allowed field
 * names when the file has no header to check them once (JSON records name their own fields).
 */
public record JobContext(
        UUID jobId,
        Caller caller,
        boolean dryRun,
        boolean atomic,
        ErrorSink errors,
        Progress progress,
        String rowWord,
        List<String> fields) {

    /** Starts the checks of the next row (and counts it); a cell holding a character never stored (NUL...) is an error. */
    public RowCheck check(Row row) {
        progress.row();
        RowCheck rc = new RowCheck(row, errors, rowWord);
        for (Map.Entry<String, String> e : row.cells().entrySet()) {
            int at = Text.invalidAt(e.getValue());
            if (at >= 0) {
                rc.error(e.getKey(), Text.describe(e.getValue(), at));
            }
        }
        if (fields != null) {
            for (Map.Entry<String, String> e : row.cells().entrySet()) {
                if (!fields.contains(e.getKey())) {
                    rc.error(e.getKey(), "неизвестное поле; допустимы: " + String.join(", ", fields));
                }
            }
        }
        return rc;
    }

    /** Whether the good rows are to be written at the end. */
    public boolean commits() {
        return !dryRun && !(atomic && errors.any());
    }
}
