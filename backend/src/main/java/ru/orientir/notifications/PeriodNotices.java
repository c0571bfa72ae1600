package ru.orientir.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Tells a municipality's editors that the ministry returned (with its comment), approved or reopened their year. */
@ApplicationScoped
public class PeriodNotices {

    @Inject
    Notices notices;

    /**
     * Called by the period workflow in its transaction after a transition ({@code action} submit, approve, return or
     * reopen; a submit tells nobody). {@code eventId} is the transition's history entry: it is told once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(
            String action,
            String municipality,
            String municipalityName,
            int year,
            long eventId,
            String comment,
            String actor) {
        String kind;
        String title;
        String body;
        String where = "«" + municipalityName + "»";
        switch (action) {
            case "return" -> {
                kind = NoticeKind.PERIOD_RETURNED;
                title = "Данные за " + year + " год возвращены на доработку";
                body = "Министерство вернуло на доработку данные муниципалитета " + where + " за " + year
                        + " год. Комментарий: " + comment;
            }
            case "approve" -> {
                kind = NoticeKind.PERIOD_APPROVED;
                title = "Данные за " + year + " год утверждены";
                body = "Министерство утвердило данные муниципалитета " + where + " за " + year + " год."
                        + (comment == null ? "" : " Комментарий: " + comment);
            }
            case "reopen" -> {
                kind = NoticeKind.PERIOD_REOPENED;
                title = "Отчётный период " + year + " года переоткрыт";
                body = "Министерство переоткрыло отчётный период " + year + " года муниципалитета " + where
                        + ": данные снова можно изменять. Комментарий: " + comment;
            }
            default -> {
                return;
            }
        }
        notices.enqueue(
                kind,
                Audience.editorsOf(municipality).except(actor),
                "period:" + eventId,
                title,
                body,
                "/municipalities/" + municipality + "/entry/" + year,
                municipality);
    }
}
