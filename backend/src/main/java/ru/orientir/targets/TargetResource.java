package ru.orientir.targets;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Params;
import ru.orientir.common.Saved;
import ru.orientir.facts.DataFilter;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/targets")
@Tag(name = "Targets")
@Produces(MediaType.APPLICATION_JSON)
public class TargetResource {

    @Inject
    TargetService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "listTargets",
            description = "Lists are limited to the municipalities the caller may "
                    + "read; naming another municipality gives 403.",
            summary = "Targets and baselines the caller may read, by municipality, indicator and year")
    public PageResult<TargetDto> list(
            @BeanParam DataFilter filter,
            @QueryParam("kind")
                    @Parameter(
                            description = "Only targets or only baselines",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"target", "baseline"}))
                    String kind,
            @QueryParam("category")
                    @Parameter(
                            description = "Only this category, in canonical form (e.g. subject=math;grade=4); an"
                                    + " empty value is no filter. The filter organization=* lists the targets of every"
                                    + " organization of the municipality.")
                    String category,
            @BeanParam PageParams page) {
        return service.list(
                current.get(),
                filter,
                Params.optionalOneOf("kind", kind, Target.KINDS),
                ru.orientir.common.Pages.blankToNull(category),
                page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getTarget",
            description = "The ETag is the target's version, for If-Match on a later " + "change.",
            summary = "One target")
    public RestResponse<TargetDto> get(@PathParam("id") long id) {
        Target t = service.target(current.get(), id);
        return Saved.withETag(TargetDto.of(t), t.version);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putTarget",
            description = "Idempotent: 201 when created, 200 when updated, nothing "
                    + "written when unchanged. A stale If-Match gets 412; a locked year gets 409. Organization '*' is"
                    + " a target of every organization of the municipality (organization-level indicators only, a"
                    + " municipality writer required); an organization's own target takes precedence over it.",
            summary = "Create or update a target by its natural key (municipality, indicator, organization, year,"
                    + " kind, category)")
    public RestResponse<TargetDto> put(
            TargetInput input, @HeaderParam("If-Match") String ifMatch, @Context UriInfo uri) {
        Saved<TargetDto> saved = service.put(current.get(), input, ifMatch);
        return saved.toResponse(uri.getBaseUriBuilder()
                .path("api/v1/targets")
                .path(saved.body().id().toString())
                .build());
    }

    @DELETE
    @APIResponse(responseCode = "204", description = "Deleted")
    @Path("/{id}")
    @Operation(
            operationId = "deleteTarget",
            description = "A locked year gets 409; a stale If-Match gets 412.",
            summary = "Delete a target")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(current.get(), id, ifMatch);
        return Response.noContent().build();
    }
}
