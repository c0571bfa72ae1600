package ru.orientir.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long one SQL statement may run (application.properties, prefix orientir.db): past it PostgreSQL cancels
 * the statement and the request answers 503. Zero means no bound.
 */
@ConfigMapping(prefix = "orientir.db")
public interface StatementLimits {

    /** Statements of a reading request (GET, HEAD). */
    @WithDefault("10s")
    Duration readTimeout();

    /** Statements of a writing request (PUT, POST, DELETE), a synchronous import included. */
    @WithDefault("60s")
    Duration writeTimeout();

    /** Statements outside any HTTP request: background import jobs, migrations at start, scheduled work. */
    @WithDefault("1h")
    Duration jobTimeout();
}
