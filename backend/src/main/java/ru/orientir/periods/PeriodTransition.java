package ru.orientir.periods;

import static ru.orientir.periods.ReportingPeriod.*;

import java.util.Arrays;
import java.util.List;
import ru.orientir.security.Caller;

/** The workflow of a reporting period: who may move it, from which states, to which state. */
public enum PeriodTransition {
    SUBMIT("submit", "отправить на утверждение", List.of(OPEN, RETURNED), SUBMITTED, false),
    APPROVE("approve", "утвердить", List.of(SUBMITTED), APPROVED, false),
    RETURN("return", "вернуть на доработку", List.of(SUBMITTED), RETURNED, true),
    REOPEN("reopen", "переоткрыть", List.of(SUBMITTED, APPROVED), OPEN, true);

    public final String action;
    public final String label;
    public final List<String> from;
    public final String to;
    /** A return or a reopen undoes someone's work: the reason must be written down. */
    public final boolean commentRequired;

    PeriodTransition(String action, String label, List<String> from, String to, boolean commentRequired) {
        this.action = action;
        this.label = label;
        this.from = from;
        this.to = to;
        this.commentRequired = commentRequired;
    }

    /** Submitting is the municipality's act (its editors); the ministry approves, returns and reopens. */
    public boolean allowed(Caller caller, String municipality) {
        return this == SUBMIT ? caller.canWrite(municipality) : caller.canApprove();
    }

    public void authorize(Caller caller, String municipality) {
        if (this == SUBMIT) {
            caller.requireWrite(municipality);
        } else {
            caller.requireApprover();
        }
    }

    public static List<PeriodTransition> possibleFrom(String state) {
        return Arrays.stream(values()).filter(t -> t.from.contains(state)).toList();
    }

    public static String stateLabel(String state) {
        return switch (state) {
            case SUBMITTED -> "отправлен на утверждение";
            case APPROVED -> "утверждён";
            case RETURNED -> "возвращён на доработку";
            default -> "открыт";
        };
    }
}
