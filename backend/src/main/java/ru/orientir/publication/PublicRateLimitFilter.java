package ru.orientir.publication;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import ru.orientir.common.Problem;

/**
 * Counts every request under /api/v1/public (before matching, so wrong methods and paths count too) against the
 * client address's limit; over it, 429 problem+json with Retry-After.
 */
public class PublicRateLimitFilter {

    @Inject
    PublicRateLimit limit;

    @ServerRequestFilter(preMatching = true)
    public Response check(HttpServerRequest request) {
        String path = request.path();
        if (!path.equals(PublicResource.PATH) && !path.startsWith(PublicResource.PATH + "/")) {
            return null;
        }
        long wait = limit.acquire(client(request));
        if (wait == 0) {
            return null;
        }
        Problem problem = Problem.http(
                429,
                "Слишком много запросов с вашего адреса: не больше " + limit.requests() + " за " + limit.windowSeconds()
                        + " с. Повторите через " + wait + " с",
                path,
                null);
        return Response.status(429)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(wait))
                .entity(problem)
                .build();
    }

    private static String client(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        return address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
    }
}
