package ru.orientir.notifications;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the outbox's e-mails by SMTP, outside every request: right after a transaction that wrote some commits (a
 * kick, on a thread of its own) and every {@code orientir.mail.poll-every} on each replica. Rows are taken with
 * {@code FOR UPDATE SKIP LOCKED}, so replicas and rounds never send the same row; the row stays locked while it is
 * sent and is marked sent in the same transaction, so it is sent once. A failed send is retried with a growing delay
 * (1, 2, 4 ... minutes, at most 6 hours) up to {@code orientir.mail.max-attempts} times; its last error is kept.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);
    static final int BATCH = 20;

    @Inject
    DataSource dataSource;

    @Inject
    Mailer mailer;

    @ConfigProperty(name = "orientir.mail.max-attempts", defaultValue = "12")
    int maxAttempts;

    @ConfigProperty(name = "orientir.mail.first-retry", defaultValue = "60s")
    Duration firstRetry;

    /** One thread, at most one round waiting: a burst of commits makes one more round, not one per commit. */
    private final ExecutorService kicks =
            new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1), r -> {
                Thread t = new Thread(r, "orientir-mail-kick");
                t.setDaemon(true);
                return t;
            });

    /** What one round did. */
    public record Round(int sent, int failed) {}

    @Scheduled(
            identity = "orientir-mail-dispatch",
            every = "${orientir.mail.poll-every:15s}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        dispatchDue(OffsetDateTime.now());
    }

    /** A round soon, on the dispatcher's own thread (the caller never waits for SMTP). */
    public void kick() {
        try {
            kicks.execute(() -> dispatchDue(OffsetDateTime.now()));
        } catch (RejectedExecutionException e) {
            // a round is already waiting: it will take this commit's rows too
        }
    }

    /** Sends every row due at {@code now} (batch by batch); failures are logged, kept on the row and retried later. */
    public Round dispatchDue(OffsetDateTime now) {
        int sent = 0;
        int failed = 0;
        try {
            for (int round = 0; round < 100; round++) {
                Round r = batch(now);
                sent += r.sent;
                failed += r.failed;
                if (r.sent + r.failed < BATCH) {
                    break;
                }
            }
        } catch (SQLException e) {
            LOG.warnf("mail dispatch stopped: %s", e.getMessage());
        }
        return new Round(sent, failed);
    }

    private record Row(long id, String address, String subject, String body, int attempts) {}

    private Round batch(OffsetDateTime now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Row> rows = due(c, now);
                int sent = 0;
                for (Row r : rows) {
                    String error = send(r);
                    if (error == null) {
                        sent++;
                    }
                    mark(c, r, now, error);
                }
                c.commit();
                return new Round(sent, rows.size() - sent);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private List<Row> due(Connection c, OffsetDateTime now) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, address, subject, body, attempts FROM mail_outbox"
                + " WHERE sent_at IS NULL AND next_attempt_at <= ? AND attempts < ?"
                + " ORDER BY next_attempt_at, id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")) {
            ps.setObject(1, now);
            ps.setInt(2, maxAttempts);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                }
            }
        }
        return rows;
    }

    /** Null when the SMTP server took the mail, else the error. */
    private String send(Row r) {
        try {
            mailer.send(Mail.withText(r.address, r.subject, r.body));
            return null;
        } catch (RuntimeException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warnf("mail %d to %s not sent (attempt %d): %s", r.id, r.address, r.attempts + 1, error);
            return error;
        }
    }

    private void mark(Connection c, Row r, OffsetDateTime now, String error) throws SQLException {
        if (error == null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE mail_outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ?")) {
                ps.setLong(1, r.id);
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?")) {
            ps.setObject(1, now.plus(retryDelay(r.attempts + 1)));
            ps.setString(2, error.length() > 2000 ? error.substring(0, 2000) : error);
            ps.setLong(3, r.id);
            ps.executeUpdate();
        }
    }

    /** 1, 2, 4 ... times the first delay after the 1st, 2nd, 3rd failure, at most 6 hours. */
    Duration retryDelay(int failures) {
        Duration d = firstRetry.multipliedBy(1L << Math.min(failures - 1, 20));
        return d.compareTo(Duration.ofHours(6)) > 0 ? Duration.ofHours(6) : d;
    }

    @PreDestroy
    void stop() {
        kicks.shutdownNow();
    }
}
