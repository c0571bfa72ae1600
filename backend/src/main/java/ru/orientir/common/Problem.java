package ru.orientir.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, with the field-level errors of a validation failure. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "Problem",
        description = "RFC 9457 problem details (application/problem+json)",
        requiredProperties = {"type", "title", "status"})
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPES = "https://orientir.example/problems/";
    private static final Pattern QUOTED = Pattern.compile("«([^»]{61,})»");
    private static final Pattern LONG_NUMBER = Pattern.compile("-?\\d{31,}(\\.\\d+)?");
    private static final int MAX_TEXT = 2000;

    /**
     * The problem as it is sent: values quoted in messages («...») cut to their start, so that an answer never echoes
     * a 10,000-character parameter or a 309-digit number back at the caller.
     */
    public Problem shortened() {
        List<FieldError> short_ = errors == null
                ? null
                : errors.stream()
                        .map(e -> new FieldError(Text.shown(e.field()), e.code(), shorten(e.message())))
                        .toList();
        return new Problem(type, title, status, shorten(detail), Text.shown(instance), short_);
    }

    static String shorten(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = QUOTED.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement("«" + Text.shown(m.group(1)) + "»"));
        }
        m.appendTail(b);
        Matcher n = LONG_NUMBER.matcher(b);
        StringBuilder c = new StringBuilder();
        while (n.find()) {
            n.appendReplacement(
                    c,
                    new java.math.BigDecimal(n.group())
                            .round(new java.math.MathContext(6))
                            .toString());
        }
        n.appendTail(c);
        return c.length() <= MAX_TEXT ? c.toString() : c.substring(0, MAX_TEXT) + "…";
    }

    /** An answer of the HTTP layer (no route, wrong method or format, too large...) with its Russian title. */
    public static Problem http(int status, String detail, String instance, List<FieldError> errors) {
        return new Problem(
                TYPES + "http-" + status,
                title(status),
                status,
                detail,
                instance,
                errors == null || errors.isEmpty() ? null : errors);
    }

    /** The title of an HTTP status, in Russian. */
    public static String title(int status) {
        return switch (status) {
            case 400 -> "Неверный запрос";
            case 401 -> "Нужен вход";
            case 403 -> "Нет доступа";
            case 404 -> "Не найдено";
            case 405 -> "Метод не поддерживается";
            case 406, 415 -> "Формат не поддерживается";
            case 409 -> "Конфликт";
            case 412 -> "Данные изменились";
            case 413 -> "Слишком большой запрос";
            case 414 -> "Слишком длинный адрес";
            case 422 -> "Ошибка в данных";
            case 429 -> "Слишком много запросов";
            case 431 -> "Слишком большие заголовки";
            case 503 -> "Сервис временно недоступен";
            default -> status < 500 ? "Неверный запрос" : "Ошибка сервера";
        };
    }

    /** What the caller can do about an HTTP status when nothing more specific is known. */
    public static String detail(int status) {
        return switch (status) {
            case 400 -> "Запрос не удалось разобрать: проверьте адрес, параметры и тело запроса";
            case 401 ->
                "Нет действующего токена доступа: войдите заново или получите токен в Keycloak и передайте его "
                        + "в заголовке «Authorization: Bearer <токен>»";
            case 403 -> "Недостаточно прав для этой операции";
            case 404 -> "Ресурс не найден: проверьте адрес";
            case 405 ->
                "Метод не поддерживается для этого ресурса: проверьте метод (GET, PUT, POST, DELETE) по описанию API";
            case 406 ->
                "Запрошенный формат ответа не поддерживается: уберите заголовок Accept или укажите application/json";
            case 413 -> "Тело запроса слишком велико: разделите данные на части";
            case 414 -> "Адрес запроса слишком длинный: передайте меньше фильтров";
            case 415 -> "Формат тела запроса не поддерживается: укажите Content-Type application/json";
            case 431 -> "Заголовки запроса слишком велики: уменьшите их";
            case 503 -> "Сервис временно недоступен: повторите запрос позже";
            default ->
                status < 500
                        ? "Неверный запрос: проверьте адрес, параметры и тело запроса"
                        : "Внутренняя ошибка сервера";
        };
    }
}
