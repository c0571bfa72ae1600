package ru.orientir.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into RFC 9457 problem+json; a client's mistake never becomes a 500. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.shortened())
                .build();
    }

    static Response respond(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : Text.shown(uri.getPath().replace('\u0000', '?'));
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof InvalidDefinitionException) {
            return unexpected(e, uri);
        }
        return respond(jsonProblem(e), uri);
    }

    /**
     * A figure that is not a number ("около 25000") or a wrong type: RESTEasy's built-in mapper for
     * this subclass would otherwise win over {@link #json} and answer plain JSON without the field.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    /** Jackson's built-in mapper of this one answers a bare 500. */
    @ServerExceptionMapper
    public Response invalidDefinition(InvalidDefinitionException e, UriInfo uri) {
        return unexpected(e, uri);
    }

    /** What is wrong with a JSON body, in Russian, naming the field: never Jackson's English internals. */
    static ProblemException jsonProblem(JsonProcessingException e) {
        String field = e instanceof JsonMappingException jm ? fieldPath(jm) : currentName(e);
        String code;
        String message;
        if (e instanceof JacksonConfig.InvalidCharacterException ic) {
            code = "invalid_character";
            message = Text.invalidCharacterMessage("Поле", field == null ? "body" : field, ic.problem());
        } else if (e instanceof UnrecognizedPropertyException up) {
            field = field == null ? up.getPropertyName() : field;
            code = "unknown_field";
            Collection<Object> known = up.getKnownPropertyIds();
            message = "Неизвестное поле «" + Text.shown(up.getPropertyName()) + "»"
                    + (known == null || known.isEmpty()
                            ? ""
                            : "; допустимы: "
                                    + known.stream()
                                            .map(String::valueOf)
                                            .sorted()
                                            .collect(Collectors.joining(", ")));
        } else if (e instanceof InvalidFormatException inv) {
            code = "invalid_format";
            message = "«" + Text.shown(String.valueOf(inv.getValue())) + "» — " + describe(inv.getTargetType())
                    + (field == null ? "" : " (поле «" + field + "»)");
        } else if (e instanceof MismatchedInputException mi && field == null) {
            code = "invalid_type";
            message = "Тело запроса должно быть " + expected(mi.getTargetType());
        } else if (e instanceof JsonMappingException jm && field != null) {
            code = "invalid_type";
            message = "Поле «" + field + "» имеет неверный тип: ожидается "
                    + (jm instanceof MismatchedInputException mi ? expected(mi.getTargetType()) : "другое значение");
        } else if (e instanceof StreamConstraintsException) {
            code = "too_large";
            message = constraint(e.getOriginalMessage());
        } else if (e instanceof InputCoercionException) {
            code = "out_of_range";
            message = "Число" + (field == null ? "" : " в поле «" + field + "»") + " вне допустимого диапазона";
        } else {
            Matcher dup = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (dup.find()) {
                field = dup.group(1);
                code = "duplicate_field";
                message = "Поле «" + Text.shown(field) + "» указано в теле запроса дважды: оставьте одно значение";
            } else {
                code = "malformed_json";
                var at = e.getLocation();
                message = "Тело запроса — некорректный JSON"
                        + (at == null || at.getLineNr() < 0
                                ? ""
                                : " (строка " + at.getLineNr() + ", символ " + at.getColumnNr() + ")")
                        + ": "
                        + syntax(String.valueOf(e.getOriginalMessage())) + ". Проверьте кавычки, запятые и скобки";
            }
        }
        List<FieldError> errors = List.of(new FieldError(field == null ? "body" : field, code, message));
        return new ProblemException(400, "malformed-request", "Неверный запрос", message, errors);
    }

    private static String currentName(JsonProcessingException e) {
        if (e instanceof StreamReadException sr && sr.getProcessor() != null) {
            try {
                return sr.getProcessor().currentName();
            } catch (java.io.IOException | RuntimeException ignored) {
                return null;
            }
        }
        return null;
    }

    private static String constraint(String original) {
        String m = String.valueOf(original);
        if (m.contains("nesting depth")) {
            return "Тело запроса вложено слишком глубоко (больше 1000 уровней): такой структуры API не ждёт";
        }
        if (m.contains("Number value length")) {
            return "Число в теле запроса длиннее 1000 цифр";
        }
        if (m.contains("String value length")) {
            return "Строка в теле запроса слишком длинная (больше 20 млн символов)";
        }
        return "Тело запроса слишком велико: разделите данные на части";
    }

    private static String syntax(String original) {
        if (original.contains("end-of-input")) {
            return "текст обрывается (не закрыта строка, объект или массив)";
        }
        if (original.contains("CTRL-CHAR")) {
            return "управляющий символ внутри строки: его нужно экранировать (\\n, \\t, \\u0001)";
        }
        if (original.contains("UTF-8") || original.contains("UTF8")) {
            return "байты не в кодировке UTF-8";
        }
        if (original.contains("Unrecognized token") || original.contains("Unexpected character")) {
            return "неожиданный символ";
        }
        if (original.contains("No content")) {
            return "тело пусто";
        }
        return "синтаксическая ошибка";
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), "invalid", v.getMessage()))
                .collect(Collectors.toList());
        return respond(ProblemException.validation(errors), uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(
                ProblemException.preconditionFailed(
                        "Запись одновременно изменил кто-то другой. Обновите данные и повторите"),
                uri);
    }

    @ServerExceptionMapper
    public Response dbConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.debugf(e, "constraint violated: %s", e.getConstraintName());
        return respond(
                ProblemException.conflict(
                        "conflict",
                        "Операция нарушает целостность данных (" + e.getConstraintName()
                                + "): запись с таким ключом уже есть или на неё ссылаются другие данные"),
                uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemException.forbidden("Недостаточно прав для этой операции"), uri);
    }

    /** A 401 raised inside a resource (lazy authentication): the same answer as the OIDC layer's. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.http(401, Problem.detail(401), path(uri), null)))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Throwable cause = e.getCause();
        if (cause instanceof ProblemException p) {
            // e.g. a parameter converter that refused a value: RESTEasy wraps it in a 404 or 400
            return respond(p, uri);
        }
        if (cause instanceof JsonProcessingException j && e.getResponse().getStatus() == 400) {
            return json(j, uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 401) {
            return unauthorized(e, uri);
        }
        String detail =
                switch (status) {
                    case 404 -> "Ресурс не найден: " + path(uri) + ". Проверьте адрес по описанию API (/q/openapi)";
                    case 405 -> allowed(e.getResponse().getAllowedMethods());
                    case 415 -> contentType(headers);
                    case 400 -> Problem.detail(400);
                    default -> status >= 500 ? null : Problem.detail(status);
                };
        if (detail == null) {
            return unexpected(e, uri);
        }
        Response.ResponseBuilder answer = Response.fromResponse(respond(Problem.http(status, detail, path(uri), null)));
        if (status == 405 && !e.getResponse().getAllowedMethods().isEmpty()) {
            answer.allow(e.getResponse().getAllowedMethods());
        }
        return answer.build();
    }

    private static String contentType(HttpHeaders headers) {
        String given = headers == null ? null : headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        return "Формат тела запроса"
                + (given == null || given.isBlank() ? " не указан" : " «" + given + "» не поддерживается")
                + ": укажите Content-Type application/json";
    }

    private static String allowed(Set<String> methods) {
        return methods == null || methods.isEmpty()
                ? Problem.detail(405)
                : "Метод не поддерживается для этого ресурса; допустимы: "
                        + String.join(", ", new java.util.TreeSet<>(methods));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            return web(wae, uri, null);
        }
        if (e instanceof java.io.IOException && String.valueOf(e.getMessage()).contains("multipart")) {
            return respond(Problem.http(
                    400,
                    "Тело multipart/form-data повреждено: граница (boundary) из Content-Type "
                            + "не найдена или часть обрезана. Отправьте файл заново",
                    path(uri),
                    null));
        }
        Overload.Kind overload = Overload.of(e);
        if (overload != null) {
            // bounded, not broken: the statement was cancelled in PostgreSQL and its connection is free again
            LOG.warnf(
                    "%s: %s",
                    overload == Overload.Kind.TOO_BROAD ? "statement past its bound" : "no free connection", path(uri));
            return Response.fromResponse(respond(Overload.problem(overload, path(uri))))
                    .header(HttpHeaders.RETRY_AFTER, Overload.RETRY_AFTER)
                    .build();
        }
        String data = dataProblem(e);
        if (data != null) {
            // the database refused a value the checks let through: the client's data, the transaction rolled back
            LOG.warnf(e, "value refused by the database: %s", data);
            return respond(ProblemException.validation(List.of(new FieldError("body", "invalid_value", data))), uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, incident %s", incident);
        return respond(HttpProblems.internal(incident, path(uri)));
    }

    /** The message of a data exception of PostgreSQL (SQLState class 22) somewhere in the causes, or null. */
    private static String dataProblem(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return switch (sql.getSQLState()) {
                    case "22001" -> "Значение длиннее допустимого: сократите текст (имя файла, название, комментарий)";
                    case "22003" -> "Число вне допустимого диапазона";
                    case "22008" -> "Дата или время вне допустимого диапазона";
                    case "22021", "22P05" -> "Текст содержит недопустимый символ (например, NUL): уберите его";
                    default -> "Значение не подходит по формату: проверьте данные запроса";
                };
            }
        }
        return null;
    }

    private static String fieldPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? null : path.replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "неверное значение";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "не число";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "не логическое значение (true или false)";
        }
        if (type.isEnum()) {
            return "недопустимое значение; допустимы: "
                    + Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "не идентификатор (UUID)";
        }
        return "неверное значение";
    }

    /** The JSON shape a Java type is read from, in Russian. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "другое значение";
        }
        if (type == String.class || type.isEnum() || type == UUID.class) {
            return "строка";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "число";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true или false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "массив [...]";
        }
        if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
            return "JSON-объект {...}";
        }
        return "другое значение";
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
