package ru.orientir.common;

import java.util.List;

/**
 * A client's mistake or a refused operation, answered as problem+json. Messages are in Russian:
 * they are shown to department analysts as they are.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final transient List<FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException validation(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).message()
                : "Запрос содержит ошибки (" + errors.size() + "): исправьте отмеченные поля";
        return new ProblemException(422, "validation", "Ошибка в данных", detail, errors);
    }

    public static ProblemException badRequest(String field, String code, String message) {
        return new ProblemException(
                400,
                "bad-request",
                "Неверный запрос",
                message,
                field == null ? List.of() : List.of(new FieldError(field, code, message)));
    }

    public static ProblemException notFound(String field, String message) {
        return new ProblemException(
                404,
                "not-found",
                "Не найдено",
                message,
                field == null ? List.of() : List.of(new FieldError(field, "not_found", message)));
    }

    public static ProblemException conflict(String code, String message) {
        return new ProblemException(409, code, "Конфликт", message, List.of());
    }

    public static ProblemException forbidden(String message) {
        return new ProblemException(403, "forbidden", "Нет доступа", message, List.of());
    }

    public static ProblemException preconditionFailed(String message) {
        return new ProblemException(412, "precondition-failed", "Данные изменились", message, List.of());
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(
                "https://orientir.example/problems/" + type,
                title,
                status,
                getMessage(),
                instance,
                errors.isEmpty() ? null : errors);
    }
}
