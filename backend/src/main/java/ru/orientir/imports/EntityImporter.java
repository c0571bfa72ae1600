package ru.orientir.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import ru.orientir.audit.AuditLog;
import ru.orientir.files.Row;
import ru.orientir.files.RowSource;

/**
 * Reference data (regions, municipalities, organizations, indicators): files of at most thousands of
 * rows, written through the entities with the usual audit, all in one transaction. Codes are resolved
 * from maps loaded once; the checked rows wait until the whole file is read, so that duplicate keys
 * reject every line that repeats them.
 */
public abstract class EntityImporter implements Importer {

    @Inject
    AuditLog audit;

    /** A checked row, written only once the file is known to be acceptable. */
    protected record Pending(long line, String key, Runnable write) {}

    /** The checks of one job's rows, with the maps they are resolved against. */
    protected interface Checker {

        /** Checks one row; null (with errors reported to the check) when it is bad. */
        Pending check(RowCheck rc);

        /** Runs after the transaction committed (e.g. to provision roles of new municipalities). */
        default void afterCommit() {}
    }

    /** Loads the maps the rows are resolved against (inside the job's transaction). */
    protected abstract Checker start(JobContext job);

    @Override
    public long run(JobContext job, RowSource rows) throws Exception {
        Checker[] checker = new Checker[1];
        long good;
        try {
            good = QuarkusTransaction.requiringNew().timeout(3600).call(() -> checkAndWrite(job, rows, checker));
        } catch (NothingToCommit e) {
            return e.good;
        }
        checker[0].afterCommit();
        return good;
    }

    /** Checks every row, reports duplicates, and writes the accepted rows when the job commits. */
    private long checkAndWrite(JobContext job, RowSource rows, Checker[] checker) throws Exception {
        checker[0] = start(job);
        Map<String, List<Pending>> byKey = new LinkedHashMap<>();
        for (Row r = rows.next(); r != null; r = rows.next()) {
            RowCheck rc = job.check(r);
            Pending p = checker[0].check(rc);
            if (p != null && rc.ok()) {
                byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Pending> accepted = new ArrayList<>();
        for (List<Pending> same : byKey.values()) {
            if (same.size() == 1) {
                accepted.add(same.get(0));
            } else {
                reportDuplicates(job, same);
            }
        }
        if (!job.commits()) {
            throw new NothingToCommit(accepted.size()); // rolls back whatever the checks touched
        }
        accepted.stream().sorted(Comparator.comparingLong(Pending::line)).forEach(p -> p.write()
                .run());
        return accepted.size();
    }

    /** Ends a dry run or a rejected atomic job: the transaction rolls back, the count of good rows survives. */
    private static final class NothingToCommit extends RuntimeException {
        final long good;

        NothingToCommit(long good) {
            super(null, null, false, false);
            this.good = good;
        }
    }

    private static void reportDuplicates(JobContext job, List<Pending> same) {
        for (Pending p : same) {
            String others = same.stream()
                    .filter(o -> o != p)
                    .map(o -> String.valueOf(o.line()))
                    .collect(Collectors.joining(", "));
            job.errors()
                    .add(
                            p.line(),
                            null,
                            null,
                            "duplicate",
                            job.rowWord() + " " + p.line() + ": код «" + p.key() + "» повторяется в файле: "
                                    + job.rowWord() + " " + others);
        }
    }

    /** Audits a created or changed entity (nothing when unchanged). */
    protected void audited(JobContext job, AuditLog.Subject subject, Map<String, Object> old, Map<String, Object> now) {
        if (!Objects.equals(old, now)) {
            audit.record(job.caller(), old == null ? "create" : "update", subject, old, now, job.jobId(), null);
        }
    }

    /** A snapshot for the audit that keeps null values (Map.of does not allow them). */
    protected static Map<String, Object> snapshot(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
