package ru.orientir.imports;

/**
 * Counts the rows read and publishes the count now and then (in its own short transaction, so that
 * GET /imports/{id} shows progress while the job's own transaction is still open).
 */
public class Progress {

    private static final long EVERY_ROWS = 20_000;
    private static final long EVERY_NANOS = 2_000_000_000L;

    private final java.util.function.LongConsumer sink;
    private long rows;
    private long lastPublished = System.nanoTime();

    public Progress(java.util.function.LongConsumer sink) {
        this.sink = sink;
    }

    public void row() {
        rows++;
        if (rows % 1000 == 0 && (rows % EVERY_ROWS == 0 || System.nanoTime() - lastPublished > EVERY_NANOS)) {
            publish();
        }
    }

    public void publish() {
        lastPublished = System.nanoTime();
        sink.accept(rows);
    }

    public long rows() {
        return rows;
    }
}
