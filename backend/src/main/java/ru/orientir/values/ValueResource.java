package ru.orientir.values;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Saved;
import ru.orientir.facts.DataFilter;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/values")
@Tag(name = "Values")
@Produces(MediaType.APPLICATION_JSON)
public class ValueResource {

    @Inject
    ValueService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "listValues",
            description = "Lists are limited to the municipalities the caller may "
                    + "read; naming another municipality gives 403. Computed rows: the facts of derived indicators "
                    + "(an indicator with derived: computed live from its rule's flags, the same figures as "
                    + "attainment) stand in the list in their place of its order whenever the filter matches them, "
                    + "marked computed true with the rule's code, and for a share numerator (the schools counted) "
                    + "and denominator (those it is a share of). A computed fact is a municipality's annual total, "
                    + "so a filter on organization or group matches none. It has no id, version or updatedAt "
                    + "and cannot be written: PUT and the values import refuse a derived indicator (422 on "
                    + "indicator, derived_indicator). Stored and computed rows are paged and counted together: "
                    + "total counts both.",
            summary = "Measured values the caller may read, by municipality, indicator and year")
    public PageResult<ValueDto> list(@BeanParam DataFilter filter, @BeanParam PageParams page) {
        return service.list(current.get(), filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getValue",
            description = "The ETag is the value's version, for If-Match on a later " + "change.",
            summary = "One measured value")
    public RestResponse<ValueDto> get(@PathParam("id") long id) {
        MeasuredValue v = service.value(current.get(), id);
        return Saved.withETag(ValueDto.of(v), v.version);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putValue",
            description = "Idempotent: 201 when created, 200 when updated, nothing "
                    + "written when unchanged. The value is checked against the indicator's unit and scale (422 with the "
                    + "field and a message in Russian); a stale If-Match gets 412; a locked year gets 409. A "
                    + "derived indicator's facts are computed, never written: 422 on indicator (derived_indicator), "
                    + "with the same message as a row of the values import.",
            summary = "Create or update a measured value by its natural key "
                    + "(municipality, indicator, organization, year, period, category)")
    public RestResponse<ValueDto> put(ValueInput input, @HeaderParam("If-Match") String ifMatch, @Context UriInfo uri) {
        Saved<ValueDto> saved = service.put(current.get(), input, ifMatch);
        return saved.toResponse(uri.getBaseUriBuilder()
                .path("api/v1/values")
                .path(saved.body().id().toString())
                .build());
    }

    @DELETE
    @APIResponse(responseCode = "204", description = "Deleted")
    @Path("/{id}")
    @Operation(
            operationId = "deleteValue",
            description = "A locked year gets 409; a stale If-Match gets 412.",
            summary = "Delete a measured value")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(current.get(), id, ifMatch);
        return Response.noContent().build();
    }
}
