package ru.orientir.publication;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many public requests a client address may make per window (orientir.public.rate-limit.*): a fixed window per
 * replica, the counters of all clients dropped when it ends, so memory stays bounded by the clients of one window
 * (beyond {@link #MAX_CLIENTS} addresses the newcomers share one counter). Behind a reverse proxy the address is the
 * forwarded one only when quarkus.http.proxy.proxy-address-forwarding is on.
 */
@ApplicationScoped
public class PublicRateLimit {

    static final int MAX_CLIENTS = 100_000;
    private static final String OVERFLOW = "*";

    @ConfigProperty(name = "orientir.public.rate-limit.requests", defaultValue = "120")
    int configuredRequests;

    @ConfigProperty(name = "orientir.public.rate-limit.window", defaultValue = "60s")
    Duration configuredWindow;

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile int requests;
    private volatile long windowNanos;
    private volatile long windowStart;

    @PostConstruct
    void init() {
        use(configuredRequests, configuredWindow);
    }

    /** Sets the limit and starts a new window (at start from the configuration; tests use small limits). */
    synchronized void use(int requests, Duration window) {
        this.requests = requests;
        this.windowNanos = Math.max(1, window.toNanos());
        counts.clear();
        windowStart = System.nanoTime();
    }

    /** The configured limit again. */
    void reset() {
        use(configuredRequests, configuredWindow);
    }

    int requests() {
        return requests;
    }

    long windowSeconds() {
        return Math.max(1, Duration.ofNanos(windowNanos).toSeconds());
    }

    /** 0 when the client may go on, else the whole seconds until its window ends (at least 1). 0 or less: no limit. */
    long acquire(String client) {
        if (requests <= 0) {
            return 0;
        }
        long now = System.nanoTime();
        if (now - windowStart >= windowNanos) {
            roll(now);
        }
        String key = counts.size() >= MAX_CLIENTS && !counts.containsKey(client) ? OVERFLOW : client;
        int n = counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        if (n <= requests) {
            return 0;
        }
        long left = windowNanos - (now - windowStart);
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    private synchronized void roll(long now) {
        if (now - windowStart >= windowNanos) {
            counts.clear();
            windowStart = now;
        }
    }
}
