package ru.orientir.common;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Bounds every statement by PostgreSQL's {@code statement_timeout}, chosen when a connection is taken from the
 * pool: the read bound for a GET, the write bound for other requests, the job bound outside requests (background
 * imports, migrations). The bound is set only when a connection's current one differs, so that reads, the common
 * case, cost no extra round trip. The connection is also registered with its request, whose client going away
 * cancels it ({@link ClientWatch}).
 */
@ApplicationScoped
public class StatementGuard implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(StatementGuard.class);
    /** A request whose client has gone gets this bound: whatever it still starts fails at once. */
    private static final long GONE_MILLIS = 1;

    @Inject
    StatementLimits limits;

    /** The bound each pooled connection's session holds (absent: unknown, e.g. set inside a transaction). */
    private final Map<PGConnection, Long> applied = new ConcurrentHashMap<>();

    /** The requests the connections are lent to. */
    private final Map<PGConnection, ClientWatch.Request> lent = new ConcurrentHashMap<>();

    @Override
    public void onConnectionCreate(Connection connection) {
        apply(connection, millis(limits.readTimeout()));
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        RoutingContext ctx = currentRequest();
        ClientWatch.Request request = ClientWatch.of(ctx);
        long bound;
        if (ctx == null) {
            bound = millis(limits.jobTimeout());
        } else if (request != null && request.isGone()) {
            bound = GONE_MILLIS;
        } else {
            HttpMethod m = ctx.request().method();
            bound = millis(m == HttpMethod.GET || m == HttpMethod.HEAD ? limits.readTimeout() : limits.writeTimeout());
        }
        PGConnection pg = apply(connection, bound);
        if (pg != null && request != null) {
            lent.put(pg, request);
            request.acquired(pg);
        }
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        PGConnection pg = pg(connection);
        if (pg != null) {
            ClientWatch.Request request = lent.remove(pg);
            if (request != null) {
                request.returned(pg);
            }
        }
    }

    @Override
    public void onConnectionDestroy(Connection connection) {
        PGConnection pg = pg(connection);
        if (pg != null) {
            applied.remove(pg);
            lent.remove(pg);
        }
    }

    /** Sets the session's bound unless it holds it already; returns the PostgreSQL connection. */
    private PGConnection apply(Connection connection, long bound) {
        PGConnection pg = pg(connection);
        if (pg == null) {
            return null;
        }
        Long current = applied.get(pg);
        if (current != null && current == bound) {
            return pg;
        }
        try (Statement s = connection.createStatement()) {
            boolean autoCommit = connection.getAutoCommit();
            s.execute("SET statement_timeout = " + bound);
            if (autoCommit) {
                applied.put(pg, bound);
            } else {
                // inside a transaction a rollback would undo the SET: set it again next time
                applied.remove(pg);
            }
        } catch (SQLException e) {
            applied.remove(pg);
            LOG.warn("statement_timeout could not be set on a pooled connection", e);
        }
        return pg;
    }

    private static PGConnection pg(Connection connection) {
        try {
            return connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private static RoutingContext currentRequest() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) {
            return null;
        }
        var current = arc.instance(CurrentVertxRequest.class);
        return current.isAvailable() ? current.get().getCurrent() : null;
    }

    private static long millis(java.time.Duration d) {
        return d == null || d.isNegative() ? 0 : d.toMillis();
    }
}
