package ru.orientir.common;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Follows each API request's client: when the client goes away before its answer is sent (closed the tab, a
 * script's timeout, a proxy giving up), the statements this request is running in PostgreSQL are cancelled, so
 * that an abandoned wide query does not keep a database process and a pooled connection busy.
 */
@Singleton
public class ClientWatch {

    private static final Logger LOG = Logger.getLogger(ClientWatch.class);
    static final String KEY = ClientWatch.class.getName();

    void routes(@Observes Router router) {
        // right after HttpProblems' own checks; the end handlers of a routing context are a list (never replaced)
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(ClientWatch::watch);
    }

    static void watch(RoutingContext ctx) {
        Request request = new Request(ctx.vertx());
        ctx.put(KEY, request);
        ctx.addEndHandler(ended -> {
            if (ended.failed()) {
                // the connection closed before the response ended: nobody waits for this answer
                request.gone();
            } else {
                request.ended();
            }
        });
        ctx.next();
    }

    /** The request a routing context carries, or null outside the API. */
    static Request of(RoutingContext ctx) {
        return ctx == null ? null : ctx.get(KEY);
    }

    /** One API request: the database connections it holds now, and whether its client is still there. */
    static final class Request {

        private final Vertx vertx;
        private final Set<PGConnection> connections = ConcurrentHashMap.newKeySet();
        private volatile boolean gone;
        private volatile boolean ended;

        Request(Vertx vertx) {
            this.vertx = vertx;
        }

        boolean isGone() {
            return gone;
        }

        void acquired(PGConnection c) {
            connections.add(c);
        }

        void returned(PGConnection c) {
            synchronized (this) {
                connections.remove(c);
            }
        }

        void ended() {
            ended = true;
        }

        void gone() {
            if (ended || gone) {
                return;
            }
            gone = true;
            if (connections.isEmpty()) {
                return;
            }
            // a cancel request opens a socket to PostgreSQL: never on the event loop
            vertx.executeBlocking(
                    () -> {
                        cancelRunning();
                        return null;
                    },
                    false);
        }

        private void cancelRunning() {
            for (PGConnection c : connections) {
                // under the lock returned() takes: a connection given back to the pool is no longer cancelled
                synchronized (this) {
                    if (!connections.contains(c)) {
                        continue;
                    }
                    try {
                        c.cancelQuery();
                        LOG.infof(
                                "client went away: its statement on PostgreSQL process %d cancelled",
                                c.getBackendPID());
                    } catch (SQLException | RuntimeException e) {
                        LOG.warn("the statement of a request whose client went away could not be cancelled", e);
                    }
                }
            }
        }
    }
}
