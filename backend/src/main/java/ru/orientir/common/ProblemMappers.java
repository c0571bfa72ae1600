package ru.orientir.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.ForbiddenException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into RFC 9457 problem+json; a client's mistake never becomes a 500. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static Response respond(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(uri == null ? null : uri.getPath()));
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException jm ? fieldPath(jm) : null;
        String message;
        String code;
        if (e instanceof UnrecognizedPropertyException up) {
            field = up.getPropertyName();
            code = "unknown_field";
            message = "Неизвестное поле «" + up.getPropertyName() + "»";
        } else if (e instanceof InvalidFormatException inv) {
            code = "invalid_format";
            message = "«" + inv.getValue() + "» — " + describe(inv.getTargetType())
                    + (field == null ? "" : " (поле «" + field + "»)");
        } else if (e instanceof JsonMappingException && field != null) {
            code = "invalid_type";
            message = "Поле «" + field + "» имеет неверный тип";
        } else {
            code = "malformed_json";
            message = "Тело запроса — некорректный JSON: " + e.getOriginalMessage();
        }
        List<FieldError> errors = List.of(new FieldError(field == null ? "body" : field, code, message));
        return respond(new ProblemException(400, "malformed-request", "Неверный запрос", message, errors), uri);
    }

    /**
     * A figure that is not a number ("около 25000") or a wrong type: RESTEasy's built-in mapper for
     * this subclass would otherwise win over {@link #json} and answer plain JSON without the field.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
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
        return respond(ProblemException.preconditionFailed(
                "Запись одновременно изменил кто-то другой. Обновите данные и повторите"), uri);
    }

    @ServerExceptionMapper
    public Response dbConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.debugf(e, "constraint violated: %s", e.getConstraintName());
        return respond(ProblemException.conflict("conflict",
                "Операция нарушает целостность данных (" + e.getConstraintName()
                        + "): запись с таким ключом уже есть или на неё ссылаются другие данные"), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemException.forbidden("Недостаточно прав для этой операции"), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 401) {
            return e.getResponse();
        }
        String detail = switch (status) {
            case 404 -> "Ресурс не найден: " + (uri == null ? "" : uri.getPath());
            case 405 -> "Метод не поддерживается для этого ресурса";
            case 406 -> "Запрошенный формат ответа не поддерживается";
            case 415 -> "Формат тела запроса не поддерживается (ожидается application/json)";
            default -> e.getMessage();
        };
        String title = switch (status) {
            case 404 -> "Не найдено";
            case 405 -> "Метод не поддерживается";
            case 406, 415 -> "Формат не поддерживается";
            case 413 -> "Слишком большой запрос";
            default -> status < 500 ? "Неверный запрос" : "Ошибка сервера";
        };
        return respond(new Problem("https://orientir.example/problems/http-" + status, title, status, detail,
                uri == null ? null : uri.getPath(), null));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (e instanceof WebApplicationException wae) {
            return web(wae, uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, incident %s", incident);
        return respond(new Problem("https://orientir.example/problems/internal", "Внутренняя ошибка", 500,
                "Внутренняя ошибка сервера; сообщите администратору номер инцидента " + incident,
                uri == null ? null : uri.getPath(), null));
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
        if (type.isEnum()) {
            return "недопустимое значение";
        }
        return "неверное значение";
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
