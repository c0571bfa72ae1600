package ru.orientir.attainment;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;
import ru.orientir.security.Caller;

/**
 * Conditional GETs of the ranking views: the ETag is the database's data version (db/changes/140-data-version.sql,
 * bumped in the committing transaction of every write and import, so the same on every replica) with the caller's
 * roles (what it may see) and the request. The version is read before the body is computed: a change committed in
 * between gives a new body under the old tag, which the next request replaces (never an old body under a new tag).
 */
public final class DataVersionTag {

    private static final CacheControl REVALIDATE = CacheControl.valueOf("private, no-cache");

    /** Answers that are the same for everyone (the public portal): shared caches may keep them for a minute. */
    public static final String SHARED = "public, max-age=60";

    private DataVersionTag() {}

    static EntityTag of(long version, Caller caller, String... request) {
        int scope = (new TreeSet<>(caller.roles()) + "|" + caller.readsAll() + "|" + caller.username()).hashCode();
        int what = Arrays.hashCode(request);
        return new EntityTag("d" + version + "-" + Integer.toHexString(scope) + Integer.toHexString(what));
    }

    /**
     * The tag of an answer that depends on no caller (the public portal's): the data version and the request. The
     * data version grows with every committed change of the figures, the periods and the publications.
     */
    public static EntityTag shared(long version, String... request) {
        return new EntityTag("p" + version + "-" + Integer.toHexString(Arrays.hashCode(request)));
    }

    /** 304 when If-None-Match names the current tag (or is *), else the body with its tag. */
    static <T> RestResponse<T> respond(EntityTag tag, String ifNoneMatch, Supplier<T> body) {
        if (matches(tag, ifNoneMatch)) {
            return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.NOT_MODIFIED)
                    .tag(tag)
                    .cacheControl(REVALIDATE)
                    .build();
        }
        return RestResponse.ResponseBuilder.ok(body.get())
                .tag(tag)
                .cacheControl(REVALIDATE)
                .build();
    }

    /** As {@link #respond(EntityTag, String, Supplier)} with the given Cache-Control header (e.g. {@link #SHARED}). */
    public static <T> RestResponse<T> respond(
            EntityTag tag, String ifNoneMatch, String cacheControl, Supplier<T> body) {
        RestResponse.ResponseBuilder<T> answer = matches(tag, ifNoneMatch)
                ? RestResponse.ResponseBuilder.<T>create(RestResponse.Status.NOT_MODIFIED)
                : RestResponse.ResponseBuilder.ok(body.get());
        return answer.tag(tag).header("Cache-Control", cacheControl).build();
    }

    static boolean matches(EntityTag tag, String ifNoneMatch) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals("\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }
}
