package ru.orientir.notifications;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The daily reminders: every {@link ReminderSource} bean is asked for the day's reminders, which {@link Notices} writes
 * in one transaction. A PostgreSQL advisory lock (held by that transaction) makes one replica of a set run it at a
 * time; a replica that finds it held skips the run, and the dedupe keys make a run repeated later tell nobody twice.
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);
    /** The advisory lock's key: «orientir reminders». */
    static final long LOCK = 0x4f52_4e54_5245_4d44L;

    @Inject
    @All
    List<ReminderSource> sources;

    @Inject
    Notices notices;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "orientir.reminders.zone", defaultValue = "Europe/Moscow")
    ZoneId zone;

    /** What a run did: whether it ran (false: another replica held the lock), per source its reminders and notices. */
    public record Run(LocalDate date, boolean ran, List<SourceRun> sources, int notices) {}

    public record SourceRun(String source, int reminders, int notices) {}

    @Scheduled(
            identity = "orientir-reminders",
            cron = "${orientir.reminders.cron:0 0 7 * * ?}",
            timeZone = "Europe/Moscow",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        Run r = run(LocalDate.now(zone));
        LOG.infof("reminders of %s: %s", r.date(), r.ran() ? r.notices() + " notices" : "run by another replica");
    }

    /** Today where the reminders are meant (Moscow by default). */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public Run run(LocalDate date) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, LOCK)
                    .getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return new Run(date, false, List.of(), 0);
            }
            List<SourceRun> done = new ArrayList<>();
            int total = 0;
            for (ReminderSource s : sources) {
                List<ReminderSource.Reminder> reminders = s.remindersFor(date);
                int made = 0;
                for (ReminderSource.Reminder r : reminders) {
                    made += notices.enqueue(r.notice(), r.to());
                }
                done.add(new SourceRun(s.name(), reminders.size(), made));
                total += made;
            }
            return new Run(date, true, done, total);
        });
    }
}
