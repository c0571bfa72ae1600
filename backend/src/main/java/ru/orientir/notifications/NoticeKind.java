package ru.orientir.notifications;

import java.util.LinkedHashMap;
import java.util.Map;

/** The kinds of notices, with how a person reads each one; every user may choose per kind in-app and e-mail. */
public final class NoticeKind {

    public static final String PERIOD_RETURNED = "period_returned";
    public static final String PERIOD_APPROVED = "period_approved";
    public static final String PERIOD_REOPENED = "period_reopened";
    public static final String ACTIVITY_OVERDUE = "activity_overdue";
    public static final String INDICATOR_NOT_MET = "indicator_not_met";
    /** Collection deadlines (the calendar's reminder sources). */
    public static final String DEADLINE_APPROACHING = "deadline_approaching";

    public static final String DEADLINE_PASSED = "deadline_passed";

    /** Every kind in the order the preferences page shows them, with its Russian label. */
    public static final Map<String, String> LABELS = labels();

    private NoticeKind() {}

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(PERIOD_RETURNED, "Отчётный период возвращён на доработку");
        m.put(PERIOD_APPROVED, "Отчётный период утверждён");
        m.put(PERIOD_REOPENED, "Отчётный период переоткрыт");
        m.put(ACTIVITY_OVERDUE, "Просрочено мероприятие плана");
        m.put(INDICATOR_NOT_MET, "Показатель перестал достигать цели");
        m.put(DEADLINE_APPROACHING, "Приближается срок сдачи данных");
        m.put(DEADLINE_PASSED, "Срок сдачи данных прошёл");
        return java.util.Collections.unmodifiableMap(m);
    }
}
