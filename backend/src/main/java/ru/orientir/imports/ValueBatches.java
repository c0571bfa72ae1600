package ru.orientir.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ru.orientir.common.FieldError;
import ru.orientir.files.Row;
import ru.orientir.files.RowSource;
import ru.orientir.periods.PeriodGuard;
import ru.orientir.security.Caller;
import ru.orientir.values.ValueInput;

/**
 * Writes a batch of measured values sent as JSON (POST /values/batch) through the import framework's path:
 * each item is a row of a values file, checked by the same rules (scope, codes, locked years, units,
 * scales, categories, duplicates) and written with the file's set-based statements in one transaction,
 * all or nothing. A dry run checks and writes nothing. Errors name the item: {@code items[3].value}.
 */
@ApplicationScoped
public class ValueBatches {

    /** The code of an item whose stored value changed (or was deleted) since the client read it. */
    public static final String STALE_VERSION = "stale_version";

    static final String ROW_WORD = "элемент";

    @Inject
    DataSource dataSource;

    @Inject
    PeriodGuard periods;

    /** One value to write and the version it was read at (null: overwrite whatever is stored, as PUT without If-Match). */
    public record Item(ValueInput input, Integer version) {}

    /**
     * What the batch did: rows checked, rows created or changed (null for a dry run or a refused batch), the
     * per-item errors (at most {@link ImportService#ERRORS_IN_JOB}) and how many there were in all.
     */
    public record Outcome(int rows, Long changed, List<FieldError> errors, long errorTotal) {}

    public Outcome write(Caller caller, List<Item> items, boolean dryRun) {
        Map<Long, Integer> versions = new HashMap<>();
        List<Row> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            long line = i + 1L;
            rows.add(new Row(line, cells(item.input()), null));
            if (item.version() != null) {
                versions.put(line, item.version());
            }
        }
        ErrorSink errors = new ErrorSink(ImportService.ERRORS_IN_JOB);
        JobContext job = new JobContext(null, caller, dryRun, true, errors, new Progress(n -> {}), ROW_WORD, null);
        BulkImporter.Written written;
        try {
            written = new ValueBatchWrite(dataSource, periods, versions, caller.channel()).write(job, source(rows));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("value batch not written", e);
        }
        List<FieldError> fieldErrors =
                errors.kept().stream().map(ValueBatches::fieldError).toList();
        return new Outcome(items.size(), job.commits() ? written.changed() : null, fieldErrors, errors.total());
    }

    /** A row error as a field error of the item: {@code items[2].value} with the API's message, not the file's prefix. */
    private static FieldError fieldError(ErrorSink.RowError e) {
        String field = "items[" + (e.row() - 1) + "]" + (e.column() == null ? "" : "." + camel(e.column()));
        String prefix = ROW_WORD + " " + e.row() + ", столбец " + e.column() + ": ";
        String message = e.message().startsWith(prefix) ? e.message().substring(prefix.length()) : e.message();
        return new FieldError(field, e.code() == null ? "invalid" : e.code(), message);
    }

    private static String camel(String column) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return b.toString();
    }

    /** The item as the cells of a values row (the columns of a values file). */
    private static Map<String, String> cells(ValueInput in) {
        Map<String, String> c = new LinkedHashMap<>();
        put(c, "municipality", in.municipality());
        put(c, "indicator", in.indicator());
        put(c, "organization", in.organization());
        put(c, "year", in.year() == null ? null : in.year().toString());
        put(c, "period", in.period());
        put(c, "category", in.category());
        put(c, "value", plain(in.value()));
        put(c, "qualifier", in.qualifier());
        put(c, "numerator", plain(in.numerator()));
        put(c, "denominator", plain(in.denominator()));
        put(c, "comment", in.comment());
        put(c, "source", in.source());
        return c;
    }

    private static void put(Map<String, String> cells, String column, String value) {
        if (value != null) {
            cells.put(column, value);
        }
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static RowSource source(List<Row> rows) {
        Iterator<Row> it = rows.iterator();
        return new RowSource() {
            @Override
            public List<String> header() {
                return null;
            }

            @Override
            public Row next() {
                return it.hasNext() ? it.next() : null;
            }

            @Override
            public String rowWord() {
                return ROW_WORD;
            }

            @Override
            public void close() {}
        };
    }
}
