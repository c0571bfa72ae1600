package ru.orientir.notifications;

import java.time.LocalDate;
import java.util.List;

/**
 * A source of the daily reminders: a CDI bean (e.g. {@code @ApplicationScoped}) implementing this is found by
 * {@link ReminderJob} and asked once per run. Its reminders' dedupe keys must name the thing and the occasion (an
 * activity and its deadline, a collection and its due day), so that a run repeated for the same or a later date tells
 * nobody twice.
 */
public interface ReminderSource {

    /** A short name for the run's report and the log, e.g. {@code activity_overdue}. */
    String name();

    /** The reminders due on {@code date}; runs inside the job's transaction. */
    List<Reminder> remindersFor(LocalDate date);

    /** One reminder: what to tell, and whom. */
    record Reminder(Notice notice, Audience to) {}
}
