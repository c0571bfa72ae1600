package ru.orientir.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ru.orientir.calendar.DueDtos.DueItem;
import ru.orientir.calendar.DueService;

/**
 * Collection deadlines of the due board ({@link DueService#items}): a municipality's editors are told once when an
 * item's deadline is {@link #APPROACHING_DAYS} days or less away and not yet met, and once when it has passed
 * (on the first run in the {@link #PASSED_WITHIN_DAYS} days after it: older lateness is the board's, not a mail's).
 */
@ApplicationScoped
public class DeadlineSource implements ReminderSource {

    static final int APPROACHING_DAYS = 3;
    static final int PASSED_WITHIN_DAYS = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    DueService due;

    @Override
    public String name() {
        return "deadlines";
    }

    @Override
    public List<Reminder> remindersFor(LocalDate date) {
        List<Reminder> out = new ArrayList<>();
        for (DueItem item : due.items(null, date)) {
            if ("late".equals(item.status())
                    && item.daysOverdue() != null
                    && item.daysOverdue() <= PASSED_WITHIN_DAYS) {
                out.add(reminder(item, NoticeKind.DEADLINE_PASSED, "Срок сдачи данных прошёл: ", passed(item)));
            } else if ("due_soon".equals(item.status())
                    && item.daysLeft() != null
                    && item.daysLeft() <= APPROACHING_DAYS) {
                out.add(reminder(
                        item, NoticeKind.DEADLINE_APPROACHING, "Приближается срок сдачи данных: ", soon(item)));
            }
        }
        return out;
    }

    private static Reminder reminder(DueItem item, String kind, String title, String body) {
        String key = kind + ":" + item.municipality() + ":" + item.indicator() + ":" + item.year() + ":" + item.period()
                + (item.organization() == null ? "" : ":" + item.organization());
        return new Reminder(
                new Notice(
                        kind,
                        key,
                        item.municipality(),
                        title + item.indicatorName() + ", " + item.periodLabel(),
                        body,
                        "/municipalities/" + item.municipality() + "/due"),
                Audience.editorsOf(item.municipality()));
    }

    private static String passed(DueItem item) {
        return "Данные показателя «" + item.indicatorName() + "» за " + item.periodLabel() + " нужно было сдать до "
                + item.deadline().format(DAY) + " (" + item.deadlineRule() + "); просрочено на " + item.daysOverdue()
                + " дн. Внесите их на странице «Сроки».";
    }

    private static String soon(DueItem item) {
        return "Данные показателя «" + item.indicatorName() + "» за " + item.periodLabel() + " нужно сдать до "
                + item.deadline().format(DAY) + " (" + item.deadlineRule() + "), осталось " + item.daysLeft()
                + " дн.";
    }
}
