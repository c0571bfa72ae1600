package ru.orientir.common;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks the path and query parameters of every request before the resource (and before RESTEasy converts them):
 * no NUL or lone surrogate in any value ({@link Text}), and a parameter declared as a number or a UUID holds one.
 * Without this, the first reached PostgreSQL (500) and the second became a 404 that named nothing.
 */
public class RequestTextFilter {

    /** A path or query parameter of a resource method declared with a type RESTEasy converts. */
    private record Typed(boolean path, String name, Class<?> type) {}

    private static final Map<Method, List<Typed>> TYPED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        List<FieldError> errors = new ArrayList<>();
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters(true);
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        text("Параметр", path, errors); // the same words as the parameter parsers, path or query
        text("Параметр", query, errors);
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method != null && errors.isEmpty()) {
            for (Typed t : TYPED.computeIfAbsent(method, RequestTextFilter::typed)) {
                List<String> values = (t.path() ? path : query).get(t.name());
                if (values != null) {
                    for (String v : values) {
                        String problem = typeProblem(t.type(), v);
                        if (problem != null) {
                            errors.add(new FieldError(
                                    t.name(),
                                    "invalid_format",
                                    "Параметр «" + t.name() + "»: «" + Text.shown(v) + "» — " + problem));
                            break;
                        }
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1
                    ? errors.get(0).message()
                    : "Запрос содержит ошибки в параметрах (" + errors.size() + "): исправьте отмеченные";
            throw new ProblemException(400, "bad-request", "Неверный запрос", detail, errors);
        }
    }

    private static void text(String kind, MultivaluedMap<String, String> params, List<FieldError> errors) {
        params.forEach((name, values) -> {
            String problem = Text.invalidCharacter(name);
            if (problem != null) {
                errors.add(new FieldError(
                        "query",
                        "invalid_character",
                        Text.invalidCharacterMessage(kind, Text.shown(name.replace('\u0000', '?')), problem)));
                return;
            }
            for (String v : values) {
                problem = Text.invalidCharacter(v);
                if (problem != null) {
                    errors.add(new FieldError(
                            name, "invalid_character", Text.invalidCharacterMessage(kind, name, problem)));
                    return;
                }
            }
        });
    }

    /** Why the text is not a value of the type, or null when it is one (or the type is not checked here). */
    static String typeProblem(Class<?> type, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String v = value;
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(v);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(v);
            } else if (type == short.class || type == Short.class) {
                Short.parseShort(v);
            } else if (type == UUID.class) {
                UUID.fromString(v);
            }
            return null;
        } catch (NumberFormatException e) {
            return v.matches("[+-]?\\d+") ? "число вне допустимого диапазона" : "не целое число";
        } catch (IllegalArgumentException e) {
            return "не идентификатор (UUID)";
        }
    }

    private static List<Typed> typed(Method method) {
        List<Typed> typed = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = p.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        add(typed, f, f.getName(), f.getType());
                    }
                }
            } else {
                add(typed, p, p.getName(), p.getType());
            }
        }
        return List.copyOf(typed);
    }

    private static void add(List<Typed> typed, AnnotatedElement e, String javaName, Class<?> type) {
        if (type == String.class) {
            return;
        }
        QueryParam q = e.getAnnotation(QueryParam.class);
        RestQuery rq = e.getAnnotation(RestQuery.class);
        PathParam pp = e.getAnnotation(PathParam.class);
        RestPath rp = e.getAnnotation(RestPath.class);
        if (q != null) {
            typed.add(new Typed(false, q.value(), type));
        } else if (rq != null) {
            typed.add(new Typed(false, rq.value().isEmpty() ? javaName : rq.value(), type));
        } else if (pp != null) {
            typed.add(new Typed(true, pp.value(), type));
        } else if (rp != null) {
            typed.add(new Typed(true, rp.value().isEmpty() ? javaName : rp.value(), type));
        }
    }
}
