package ru.orientir.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ru.orientir.plans.Activity;
import ru.orientir.security.Roles;

/**
 * Activities of plans past their deadline and not done or cancelled ({@link Activity#overdue}): the municipality's
 * editors (the ministry's analysts for a regional plan) and the activity's responsible users are told once per
 * activity and deadline.
 */
@ApplicationScoped
public class ActivityOverdueSource implements ReminderSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Override
    public String name() {
        return NoticeKind.ACTIVITY_OVERDUE;
    }

    @Override
    public List<Reminder> remindersFor(LocalDate date) {
        List<Activity> late = Activity.list(
                "select a from Activity a join fetch a.plan p left join fetch p.municipality"
                        + " where a.status not in ?1 and a.dueTo < ?2 order by a.id",
                List.of(Activity.DONE, Activity.CANCELLED),
                date);
        List<Reminder> out = new ArrayList<>();
        for (Activity a : late) {
            if (!a.overdue(date)) {
                continue;
            }
            String municipality = a.plan.municipality == null ? null : a.plan.municipality.code;
            Audience base = municipality == null
                    ? Audience.holdersOf(Roles.MINISTRY_ANALYST)
                    : Audience.editorsOf(municipality);
            Audience to = new Audience(base.roles(), List.copyOf(a.responsibleUsers), null);
            String link = (municipality == null ? "" : "/municipalities/" + municipality) + "/plans/" + a.plan.code;
            String due = a.dueLabel != null ? a.dueLabel : a.due;
            out.add(new Reminder(
                    new Notice(
                            NoticeKind.ACTIVITY_OVERDUE,
                            "activity-overdue:" + a.id + ":" + a.due,
                            municipality,
                            "Просрочено мероприятие «" + a.title + "»",
                            "Мероприятие «" + a.title + "» (" + a.code + ") плана «" + a.plan.name
                                    + "» не выполнено в срок: срок «" + due + "» истёк " + a.dueTo.format(DAY)
                                    + ". Отметьте его выполнение или перенесите срок.",
                            link),
                    to));
        }
        return out;
    }
}
