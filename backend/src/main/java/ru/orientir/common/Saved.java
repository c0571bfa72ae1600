package ru.orientir.common;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** The outcome of a PUT by natural key: the saved representation, its version, and whether it is new. */
public record Saved<T>(T body, int version, boolean created) {

    /** 201 with Location for a new resource, 200 otherwise; the ETag names the saved version. */
    public RestResponse<T> toResponse(URI location) {
        RestResponse.ResponseBuilder<T> rb =
                created ? RestResponse.ResponseBuilder.created(location) : RestResponse.ResponseBuilder.ok();
        return rb.entity(body).tag(ETags.of(version)).build();
    }

    /** A GET of one resource: the body with its version as the ETag. */
    public static <T> RestResponse<T> withETag(T body, int version) {
        return RestResponse.ResponseBuilder.ok(body).tag(ETags.of(version)).build();
    }
}
