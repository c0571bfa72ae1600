package ru.orientir.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import ru.orientir.imports.ImportDtos.ImportErrorDto;

/**
 * Job rows in their own short transactions (never the job's data transaction, which may be rolled
 * back): progress, heartbeats, the final report. A replica beats the heartbeat of its unfinished jobs;
 * jobs whose replica died stop beating and are marked failed (their data transaction was rolled back
 * by PostgreSQL when the connection dropped).
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);
    static final String REPLICA = UUID.randomUUID().toString();

    /** The jobs this replica is running or has queued: only these get their heartbeat beaten. */
    private final java.util.Set<UUID> active = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Inject
    DataSource dataSource;

    @Inject
    ImportConfig config;

    public ImportJob create(ImportJob job) {
        job.replica = REPLICA;
        QuarkusTransaction.requiringNew().run(() -> job.persist());
        active.add(job.id);
        return job;
    }

    /** The job is no longer this replica's to beat (finished, or given up). */
    public void release(UUID id) {
        active.remove(id);
    }

    /** Ends a job whose report could not be stored: failed, with the reason, and no errors. */
    public void failed(UUID id, long total, String message) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE import_job SET status = 'failed', rows_total = ?, "
                        + "rows_processed = ?, rows_imported = 0, errors_stored = 0, message = ?, finished_at = now(), "
                        + "heartbeat_at = now() WHERE id = ?")) {
            ps.setLong(1, total);
            ps.setLong(2, total);
            ps.setString(3, ru.orientir.common.Text.clean(message));
            ps.setObject(4, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            // the heartbeat of this job stops now: the sweep of any replica fails it
            LOG.errorf(e, "import %s could not be marked failed", id);
        }
    }

    public ImportJob get(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(id));
    }

    public void started(UUID id) {
        QuarkusTransaction.requiringNew()
                .run(() -> ImportJob.update(
                        "status = ?1, startedAt = ?2, heartbeatAt = ?2 where id = ?3",
                        ImportJob.RUNNING,
                        OffsetDateTime.now(),
                        id));
    }

    /** Records the encoding and separator a CSV file was read with (reported in the job). */
    public void dialect(UUID id, ru.orientir.files.RowSource.Dialect dialect) {
        QuarkusTransaction.requiringNew()
                .run(() -> ImportJob.update(
                        "encoding = ?1, separator = ?2 where id = ?3", dialect.encoding(), dialect.separator(), id));
    }

    /** Publishes the rows read so far (plain JDBC: called from inside a running job, often). */
    public void progress(UUID id, long rows) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "UPDATE import_job SET rows_processed = ?, heartbeat_at = now() WHERE id = ?")) {
            ps.setLong(1, rows);
            ps.setObject(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf(e, "progress of import %s not published", id);
        }
    }

    /** What a values or targets job did to the stored rows (changed, unchanged, template rows left empty). */
    public void counts(UUID id, ImportRunner.Counts counts) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE import_job SET template = ?, rows_changed = ?, "
                        + "rows_unchanged = ?, rows_empty = ? WHERE id = ?")) {
            ps.setBoolean(1, counts.template());
            ps.setObject(2, counts.changed());
            ps.setObject(3, counts.unchanged());
            ps.setLong(4, counts.empty());
            ps.setObject(5, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf(e, "counts of import %s not stored", id);
        }
    }

    /** The final report: totals, status, message and the kept errors, in one transaction. */
    public void finish(UUID id, String status, long total, long imported, ErrorSink errors, String message) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO import_error (job_id, \"row\", \"column\", value, message, code) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (ErrorSink.RowError e : errors.kept()) {
                    ps.setObject(1, id);
                    ps.setLong(2, e.row());
                    ps.setString(3, e.column());
                    ps.setString(4, e.value());
                    ps.setString(5, e.message());
                    ps.setString(6, e.code());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE import_job SET status = ?, rows_total = ?, "
                    + "rows_processed = ?, rows_imported = ?, rows_rejected = ?, errors_stored = ?, message = ?, "
                    + "finished_at = now(), heartbeat_at = now() WHERE id = ?")) {
                ps.setString(1, status);
                ps.setLong(2, total);
                ps.setLong(3, total);
                ps.setLong(4, imported);
                ps.setLong(5, errors.rejectedRows());
                ps.setInt(6, errors.kept().size());
                ps.setString(7, message);
                ps.setObject(8, id);
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("report of import " + id + " not stored", e);
        }
    }

    public List<ImportErrorDto> errors(UUID id, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> ImportJob.getEntityManager()
                .createNativeQuery(
                        "SELECT \"row\", \"column\", value, message, code FROM import_error WHERE job_id = ?1 "
                                + "ORDER BY \"row\", id",
                        Object[].class)
                .setParameter(1, id)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(r -> {
                    Object[] a = (Object[]) r;
                    return new ImportErrorDto(
                            ((Number) a[0]).longValue(), (String) a[1], (String) a[2], (String) a[4], (String) a[3]);
                })
                .toList());
    }

    void onStart(@Observes StartupEvent ev) {
        sweep();
    }

    @Scheduled(
            every = "${orientir.imports.heartbeat-every:15s}",
            delayed = "${orientir.imports.heartbeat-every:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeatAndSweep() {
        beat();
        sweep();
    }

    /** Beats the heartbeat of the jobs this replica runs (not of every row naming it: a lost job must go stale). */
    void beat() {
        if (active.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE import_job SET heartbeat_at = now() "
                        + "WHERE id = ANY (?) AND status IN ('queued', 'running')")) {
            ps.setArray(1, c.createArrayOf("uuid", active.toArray()));
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("heartbeat of import jobs failed", e);
        }
    }

    /**
     * Marks failed the unfinished jobs whose heartbeat stopped (their replica died or was restarted, or lost
     * the job), whichever replica they belong to; this replica's running jobs are beaten first.
     */
    int sweep() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("UPDATE import_job SET status = 'failed', finished_at = now(), "
                                + "message = 'Импорт прерван: сервер, который его выполнял, остановился. Ничего не записано; "
                                + "загрузите файл ещё раз' WHERE status IN ('queued', 'running') AND NOT (id = ANY (?)) "
                                + "AND heartbeat_at < now() - make_interval(secs => ?)")) {
            ps.setArray(1, c.createArrayOf("uuid", active.toArray()));
            ps.setInt(2, config.staleAfterSeconds());
            int n = ps.executeUpdate();
            if (n > 0) {
                LOG.infof("%d import job(s) without a heartbeat marked failed", n);
            }
            return n;
        } catch (SQLException e) {
            LOG.warn("sweep of stale import jobs failed", e);
            return 0;
        }
    }
}
