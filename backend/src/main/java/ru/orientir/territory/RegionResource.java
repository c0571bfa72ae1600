package ru.orientir.territory;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
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
import ru.orientir.security.CurrentCaller;
import ru.orientir.territory.TerritoryDtos.RegionDto;
import ru.orientir.territory.TerritoryDtos.RegionInput;

@Path("/api/v1/regions")
@Tag(name = "Territory")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    @Inject
    TerritoryService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "listRegions",
            description = "Every region, by code.",
            summary = "Regions the caller can see")
    public PageResult<RegionDto> list(@BeanParam PageParams page) {
        return service.regions(current.get(), page);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getRegion", description = "The ETag is the region's version.", summary = "One region")
    public RestResponse<RegionDto> get(@PathParam("code") String code) {
        Region r = service.region(current.get(), code);
        return Saved.withETag(RegionDto.of(r), r.version);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putRegion",
            description = "Idempotent: 201 when created, 200 when updated.",
            summary = "Create or update a region by its code (admin)")
    public RestResponse<RegionDto> put(
            @PathParam("code") String code,
            RegionInput input,
            @HeaderParam("If-Match") String ifMatch,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        return service.putRegion(current.get(), code, input, ifMatch).toResponse(uri.getRequestUri());
    }

    @DELETE
    @APIResponse(responseCode = "204", description = "Deleted")
    @Path("/{code}")
    @Operation(
            operationId = "deleteRegion",
            description = "Refused with 409 while it has municipalities.",
            summary = "Delete a region without municipalities (admin)")
    public Response delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        service.deleteRegion(current.get(), code, ifMatch);
        return Response.noContent().build();
    }
}
