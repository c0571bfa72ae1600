package ru.orientir.common;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The outcome of a PUT by natural key: the saved representation, its version, and whether it is new. */
public record Saved<T>(T body, int version, boolean created) {

    /** 201 with Location for a new resource, 200 otherwise; the ETag names the saved version. */
    public Response toResponse(URI location) {
        Response.ResponseBuilder rb = created ? Response.created(location) : Response.ok();
        return rb.entity(body).tag(ETags.of(version)).build();
    }
}
