package ru.orientir.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The HTTP layer's answers as problem+json: what Vert.x and Quarkus decide before a resource runs (an address too
 * long or badly percent-encoded, a body over the limit, a failed route, a 401 challenge) gets the same Russian
 * problem details as the resources' own errors.
 */
@Singleton
public class HttpProblems {

    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    @Inject
    ObjectMapper mapper;

    /** The longest request target (path and query) served; longer ones get 414. */
    @ConfigProperty(name = "orientir.http.max-uri-length", defaultValue = "16384")
    int maxUriLength;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void routes(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        // failures no route could take (e.g. a path Vert.x cannot decode matches no route at all)
        for (int status = 400; status < 600; status++) {
            router.errorHandler(status, this::failure);
        }
    }

    /** Refuses what no resource could read: an address too long or badly encoded, a declared body over the limit. */
    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String uri = request.uri();
        if (uri.length() > maxUriLength) {
            send(
                    ctx,
                    Problem.http(
                            414,
                            "Адрес запроса длиннее " + maxUriLength + " символов (" + uri.length()
                                    + "): передайте меньше фильтров или короче значения, а большие данные загрузите файлом",
                            safePath(request),
                            null));
            return;
        }
        FieldError encoding = encodingError(uri);
        if (encoding == null) {
            encoding = syntaxError(uri);
        }
        if (encoding != null) {
            send(ctx, Problem.http(400, encoding.message(), safePath(request), List.of(encoding)));
            return;
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null) {
            String problem = contentTypeProblem(contentType);
            if (problem != null) {
                send(
                        ctx,
                        Problem.http(
                                415,
                                problem,
                                safePath(request),
                                List.of(new FieldError("Content-Type", "invalid_content_type", problem))));
                return;
            }
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && maxBodySize.isPresent()) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                send(
                        ctx,
                        Problem.http(
                                400,
                                "Заголовок Content-Length «" + Text.shown(length) + "» — не число байт",
                                safePath(request),
                                List.of(new FieldError(
                                        "Content-Length",
                                        "invalid_format",
                                        "Заголовок Content-Length должен быть числом байт"))));
                return;
            }
            long max = maxBodySize.get().asLongValue();
            if (declared > max) {
                send(
                        ctx,
                        Problem.http(
                                413,
                                "Тело запроса (" + declared + " байт) больше допустимых " + max
                                        + " байт: разделите данные на части",
                                safePath(request),
                                null));
                return;
            }
        }
        ctx.next();
    }

    /** Every failure of a route that no one answered: a status set by Vert.x, a security failure or an exception. */
    void failure(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            ctx.next();
            return;
        }
        Throwable failure = ctx.failure();
        String path = safePath(ctx.request());
        int status = failure instanceof HttpException http ? http.getStatusCode() : ctx.statusCode();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            unauthorized(ctx, new ChallengeData(401, "WWW-Authenticate", "Bearer"));
        } else if (failure instanceof ForbiddenException) {
            send(ctx, Problem.http(403, Problem.detail(403), path, null));
        } else if (status == 400 && encodingError(ctx.request().uri()) != null) {
            FieldError encoding = encodingError(ctx.request().uri());
            send(ctx, Problem.http(400, encoding.message(), path, List.of(encoding)));
        } else if (status >= 400 && status < 500) {
            LOG.debugf(failure, "%s %s answered %d", ctx.request().method(), path, status);
            send(ctx, Problem.http(status, Problem.detail(status), path, null));
        } else {
            String incident = UUID.randomUUID().toString();
            LOG.errorf(
                    failure,
                    "unexpected failure of %s %s (status %d), incident %s",
                    ctx.request().method(),
                    path,
                    ctx.statusCode(),
                    incident);
            send(ctx, internal(incident, path));
        }
    }

    /** Why a Content-Type header cannot be read (RESTEasy would fail on it with a 500), or null when it can. */
    static String contentTypeProblem(String header) {
        jakarta.ws.rs.core.MediaType type;
        try {
            type = jakarta.ws.rs.core.MediaType.valueOf(header);
        } catch (IllegalArgumentException e) {
            return "Заголовок Content-Type «" + header + "» не распознан: укажите тип тела, например application/json, "
                    + "text/csv или multipart/form-data; boundary=...";
        }
        if (type.getType().equalsIgnoreCase("multipart")
                && !type.getParameters().containsKey("boundary")) {
            return "В заголовке Content-Type «" + header + "» нет параметра boundary: укажите его "
                    + "(multipart/form-data; boundary=...)";
        }
        return null;
    }

    static Problem internal(String incident, String path) {
        return new Problem(
                Problem.TYPES + "internal",
                "Внутренняя ошибка",
                500,
                "Внутренняя ошибка сервера; сообщите администратору номер инцидента " + incident,
                path,
                null);
    }

    /** The 401 of the OIDC layer, with its challenge header (WWW-Authenticate: Bearer) and a problem+json body. */
    void unauthorized(RoutingContext ctx, ChallengeData challenge) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        if (challenge.headerName != null) {
            response.headers().set(challenge.headerName, challenge.headerContent);
        }
        String auth = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        String detail = auth == null || auth.isBlank()
                ? Problem.detail(401)
                : "Токен доступа не принят (недействителен, истёк или выдан не для этого API): получите новый токен "
                        + "в Keycloak и передайте его в заголовке «Authorization: Bearer <токен>»";
        int status = challenge.status > 0 ? challenge.status : 401;
        send(ctx, Problem.http(status, detail, safePath(ctx.request()), null));
    }

    void send(RoutingContext ctx, Problem problem) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        String body;
        try {
            body = mapper.writeValueAsString(problem.shortened());
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (!ctx.request().isEnded()) {
            // the rest of the request is not read: the connection cannot be reused
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }

    /** The path as received (percent-encoded, so plain ASCII), cut when long. */
    private static String safePath(HttpServerRequest request) {
        return Text.shown(pathOf(request.uri()));
    }

    /** The path of a request target: origin form ("/a?b") or absolute form ("http://host/a?b"). */
    private static String pathOf(String uri) {
        if (uri == null) {
            return "";
        }
        int start = 0;
        int scheme = uri.indexOf("://");
        if (scheme > 0 && scheme < uri.indexOf('/')) {
            int slash = uri.indexOf('/', scheme + 3);
            start = slash < 0 ? uri.length() : slash;
        }
        int q = uri.indexOf('?', start);
        return uri.substring(start, q < 0 ? uri.length() : q);
    }

    // ---- percent-encoding ------------------------------------------------------------------------------------

    /** The first badly encoded part of the address: a «%» not followed by two hex digits, or bytes that are not UTF-8. */
    static FieldError encodingError(String uri) {
        if (uri == null) {
            return null;
        }
        String path = pathOf(uri);
        int q = uri.indexOf('?');
        String query = q < 0 ? null : uri.substring(q + 1);
        int hash = query == null ? -1 : query.indexOf('#');
        return encodingError(path, hash < 0 ? query : query.substring(0, hash));
    }

    static FieldError encodingError(String path, String query) {
        if (path != null) {
            String problem = decodingProblem(path, false);
            if (problem != null) {
                return new FieldError(
                        "path",
                        "invalid_encoding",
                        "Путь запроса «" + Text.shown(path) + "» закодирован " + "неверно: " + problem
                                + ". Кодируйте символы как %XX в UTF-8");
            }
        }
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String nameProblem = decodingProblem(rawName, true);
            String name = nameProblem == null ? decode(rawName) : Text.shown(rawName);
            String problem =
                    nameProblem != null ? nameProblem : eq < 0 ? null : decodingProblem(pair.substring(eq + 1), true);
            if (problem != null) {
                return new FieldError(
                        name,
                        "invalid_encoding",
                        "Параметр «" + name + "» закодирован неверно: " + problem
                                + ". Кодируйте символы как %XX в UTF-8");
            }
        }
        return null;
    }

    /**
     * The request target as java.net.URI reads it: the rule Quarkus applies before any route (and answers with an
     * empty 400), applied here instead so that the answer says what is wrong ({@link UriValidationHandover}).
     */
    static FieldError syntaxError(String uri) {
        try {
            new java.net.URI(uri);
            return null;
        } catch (java.net.URISyntaxException e) {
            int at = e.getIndex();
            String what = at >= 0 && at < uri.length()
                    ? "недопустимый символ «" + printable(uri.charAt(at)) + "» на позиции " + (at + 1)
                    : "неверный синтаксис";
            return new FieldError(
                    at >= 0 && uri.indexOf('?') >= 0 && at > uri.indexOf('?') ? "query" : "path",
                    "invalid_uri",
                    "Адрес запроса содержит " + what + ": закодируйте такие символы как %XX в UTF-8");
        }
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }

    /** Why the percent-encoded text cannot be decoded, or null when it can. */
    static String decodingProblem(String s, boolean query) {
        if (s.indexOf('%') < 0) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()
                        || Character.digit(s.charAt(i + 1), 16) < 0
                        || Character.digit(s.charAt(i + 2), 16) < 0) {
                    String escape = s.substring(i, Math.min(s.length(), i + 3));
                    return "«" + escape + "» — не код %XX из двух шестнадцатеричных цифр";
                }
                bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return null;
        } catch (CharacterCodingException e) {
            return "байты %XX не образуют текст в UTF-8";
        }
    }

    private static String decode(String s) {
        try {
            return Text.shown(java.net.URLDecoder.decode(s, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Text.shown(s);
        }
    }
}
