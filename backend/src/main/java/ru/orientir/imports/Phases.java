package ru.orientir.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Wall time of the phases of one bulk job, logged at INFO when it ends (e.g. «stage 5210 ms,
 * duplicates 310 ms, ...»), so that a slow import shows where its time went.
 */
class Phases {

    private static final Logger LOG = Logger.getLogger(Phases.class);

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Ends the current phase under this name and starts the next one. */
    void lap(String phase) {
        long now = System.nanoTime();
        add(phase, now - last);
        last = now;
    }

    /** Adds time measured separately (e.g. reading the file, interleaved with other work). */
    void add(String phase, long elapsedNanos) {
        nanos.merge(phase, elapsedNanos, Long::sum);
    }

    void log(Object job, long rows) {
        LOG.infof(
                "import %s, %d rows: %s",
                job,
                rows,
                nanos.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms")
                        .collect(Collectors.joining(", ")));
    }
}
