package ru.orientir.imports;

import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import ru.orientir.files.Row;
import ru.orientir.files.RowSource;
import ru.orientir.periods.PeriodGuard;

/**
 * Values and targets: each row is checked in Java against maps loaded once, the good rows are
 * streamed by COPY into a staging table, and everything is written by one set-based statement in
 * the job's single transaction, so an atomic job writes all rows or none.
 */
public abstract class BulkImporter implements Importer {

    private static final Logger LOG = Logger.getLogger(BulkImporter.class);

    @Inject
    DataSource dataSource;

    @Inject
    PeriodGuard periods;

    /** The table, natural key and data columns. */
    protected abstract BulkTable table();

    /** Checks the row beyond its scope and returns the staged columns after the scope ones, or null when bad. */
    protected abstract Object[] check(RowCheck rc, Lookups.Scope scope);

    /** Adjusts a row's checks before its scope is resolved (e.g. a cell that is not a code to look up). */
    protected RowCheck beforeScope(RowCheck rc) {
        return rc;
    }

    /** What follows the write of the staged rows (table imp_stage) in the job's transaction, before it commits. */
    protected void afterWrite(Connection c) throws SQLException {}
    /** The audit channel of the rows written: files are {@code import}; a batch sent through the API says its own. */
    protected String channel(JobContext job) {
        return BulkTable.CHANNEL_IMPORT;
    }

    /**
     * Whether each new row gets its own audit event (a batch of figures typed by a person), rather than one
     * event per municipality and indicator (a file, where that would double a million-row load).
     */
    protected boolean auditsEveryCreation() {
        return false;
    }

    /**
     * Checks the staged rows against the stored ones before anything is written, in the same transaction
     * (e.g. the versions a batch's rows were read at), reporting row errors to the job.
     */
    protected void verifyStaged(Connection c, JobContext job) throws SQLException {}

    /** Rows changed (created or updated) by the last run, for the job's message. */
    public record Written(long good, long changed) {}

    @Override
    public long run(JobContext job, RowSource rows) throws Exception {
        return write(job, rows).good();
    }

    public Written write(JobContext job, RowSource rows) throws Exception {
        BulkTable table = table();
        Phases phases = new Phases();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Lookups lookups = new Lookups(c, periods);
                try (Statement s = c.createStatement()) {
                    // Only this job's transaction: memory for the hash joins and aggregates over the staged
                    // rows, and no wait for the WAL flush at commit (a crash may lose the last job, never half of it).
                    s.execute("SET LOCAL work_mem = '256MB'");
                    s.execute("SET LOCAL synchronous_commit = off");
                    s.execute(table.createStaging());
                }
                phases.lap("lookups");
                long staged = stage(job, rows, lookups, c, table, phases);
                phases.lap("parse+check+copy to staging");
                job.progress().publish();
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE imp_stage"); // row counts for the plans below (temp tables get no autovacuum)
                }
                phases.lap("analyze staging");
                long good = staged - rejectDuplicates(job, c, table);
                phases.lap("duplicates");
                verifyStaged(c, job);
                long changed = 0;
                if (job.commits() && good > 0) {
                    String channel = channel(job);
                    changed += execute(c, table.updateWithAudit(channel), job);
                    phases.lap("update changed + audit");
                    changed += execute(
                            c,
                            auditsEveryCreation() ? table.insertWithRowAudit(channel) : table.insertWithAudit(),
                            job);
                    phases.lap("insert new + audit");
                    afterWrite(c);
                }
                if (job.commits()) {
                    c.commit();
                } else {
                    c.rollback();
                }
                phases.lap(job.commits() ? "commit" : "rollback");
                if (refreshStatistics(c, table, changed)) {
                    phases.lap("analyze " + table.table());
                }
                phases.log(job.jobId(), staged);
                return new Written(good, changed);
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Rows written by one job from which the table's planner statistics are refreshed at once. */
    static final long ANALYZE_AFTER_ROWS = 10_000;

    /**
     * After a large load the planner would go on estimating the table from its old statistics until autovacuum
     * gets to it (minutes later, and never for a partitioned parent), and plan the next reads as if it held a
     * few rows: nested loops over hundreds of thousands of rows (flags of a region took 10 s instead of 0.3 s).
     */
    private static boolean refreshStatistics(Connection c, BulkTable table, long changed) {
        if (changed < ANALYZE_AFTER_ROWS) {
            return false;
        }
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("ANALYZE " + table.table());
            return true;
        } catch (SQLException e) { // the job has committed: stale statistics only cost speed until autovacuum
            LOG.warnf("ANALYZE %s after an import failed: %s", table.table(), e.getMessage());
            return false;
        }
    }

    private static long execute(Connection c, String sql, JobContext job) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            String actor = job.caller().username();
            ps.setString(1, actor);
            ps.setObject(2, job.jobId());
            ps.setString(3, actor);
            ps.setObject(4, job.jobId());
            if (ps.execute()) { // a statement that answers its own count of rows written
                try (var rs = ps.getResultSet()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
            return ps.getUpdateCount();
        }
    }

    private long stage(JobContext job, RowSource rows, Lookups lookups, Connection c, BulkTable table, Phases phases)
            throws Exception {
        long reading = 0;
        try (CopyStream out = new CopyStream(c, table.copy())) {
            while (true) {
                long t0 = System.nanoTime();
                Row r = rows.next();
                reading += System.nanoTime() - t0;
                if (r == null) {
                    break;
                }
                RowCheck rc = beforeScope(job.check(r));
                Lookups.Scope scope = lookups.scope(rc, job.caller());
                Object[] rest = check(rc, scope);
                if (scope == null || rest == null || !rc.ok()) {
                    continue;
                }
                out.field(r.number())
                        .field(scope.municipalityId())
                        .field(scope.indicator().id)
                        .field(scope.organizationId())
                        .field(scope.year());
                for (Object v : rest) {
                    out.field(v);
                }
                out.endRow();
            }
            long sent = out.finish();
            phases.add("(of which reading the file)", reading);
            phases.add("(of which sending to COPY)", out.sendingNanos());
            return sent;
        }
    }

    /** Lines sharing a natural key are all errors (each names the others); in partial mode they are dropped. */
    private long rejectDuplicates(JobContext job, Connection c, BulkTable table) throws SQLException {
        List<Long> dropped = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(table.duplicates())) {
            while (rs.next()) {
                Long[] lines = (Long[]) rs.getArray(1).getArray();
                for (Long line : lines) {
                    String others = java.util.Arrays.stream(lines)
                            .filter(l -> !l.equals(line))
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
                    job.errors()
                            .add(
                                    line,
                                    null,
                                    null,
                                    "duplicate",
                                    job.rowWord() + " " + line + ": та же запись (" + table.keyDescription()
                                            + ") повторяется в файле: " + job.rowWord() + " " + others);
                    dropped.add(line);
                }
            }
        }
        if (!dropped.isEmpty() && job.commits()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM imp_stage WHERE line = ANY (?)")) {
                Array array = c.createArrayOf("bigint", dropped.toArray());
                ps.setArray(1, array);
                ps.executeUpdate();
            }
        }
        return dropped.size();
    }
}
