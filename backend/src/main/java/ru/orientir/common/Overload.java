package ru.orientir.common;

import java.sql.SQLException;

/**
 * A request the database could not serve in its bound: a statement past {@code statement_timeout} (or cancelled
 * because its client went away), or no pooled connection free in time. Answered 503 with what to do: never a
 * 500, and no connection stays held for everybody else.
 */
final class Overload {

    /** PostgreSQL's query_canceled: statement_timeout, or a cancel request. */
    static final String QUERY_CANCELED = "57014";

    /** Seconds a client should wait before retrying a request refused for a busy pool. */
    static final String RETRY_AFTER = "5";

    enum Kind {
        TOO_BROAD,
        BUSY
    }

    private Overload() {}

    /** What kind of overload the failure is, or null when it is another failure. */
    static Kind of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                if (QUERY_CANCELED.equals(sql.getSQLState())) {
                    return Kind.TOO_BROAD;
                }
                if (String.valueOf(sql.getMessage()).contains("acquisition timeout")) {
                    return Kind.BUSY;
                }
            }
            if (t instanceof jakarta.persistence.QueryTimeoutException
                    || t instanceof org.hibernate.QueryTimeoutException) {
                return Kind.TOO_BROAD;
            }
        }
        return null;
    }

    static Problem problem(Kind kind, String path) {
        return switch (kind) {
            case TOO_BROAD ->
                new Problem(
                        Problem.TYPES + "query-timeout",
                        "Запрос слишком широкий",
                        503,
                        "Запрос слишком широкий: база данных не ответила за отведённое время, и он остановлен. "
                                + "Сузьте выборку: укажите муниципалитет, показатель или год (или меньший размер страницы) "
                                + "и повторите",
                        path,
                        null);
            case BUSY ->
                new Problem(
                        Problem.TYPES + "busy",
                        Problem.title(503),
                        503,
                        "Сервер сейчас занят другими запросами: повторите через несколько секунд",
                        path,
                        null);
        };
    }
}
