package ru.orientir.catalogue;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.orientir.catalogue.DimensionDtos.DimensionDto;
import ru.orientir.catalogue.DimensionDtos.DimensionInput;
import ru.orientir.common.Saved;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/dimensions")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class DimensionResource {

    @Inject
    DimensionService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "listDimensions",
            summary = "Dimensions of disaggregation, by code",
            description = "The controlled lists (e.g. subject «Предмет», grade «Класс») whose member codes make up the "
                    + "categories of indicators disaggregated by them: subject=math;grade=4, pairs in the order of the "
                    + "indicator's dimensions.")
    public List<DimensionDto> list() {
        return service.list();
    }

    @GET
    @Path("/{code}")
    @Operation(
            operationId = "getDimension",
            summary = "One dimension with its members",
            description = "The ETag names its version.")
    public RestResponse<DimensionDto> get(@PathParam("code") String code) {
        Dimension d = service.dimension(code);
        return Saved.withETag(DimensionDto.of(d), d.version);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putDimension",
            summary = "Create or replace a dimension (catalogue administrators)",
            description = "Creates the dimension or replaces its names and members (the whole list, in display "
                    + "order). A member that measured values use cannot be left out: 409 with the indicators "
                    + "concerned. A stale If-Match gets 412.")
    public RestResponse<DimensionDto> put(
            @PathParam("code") String code,
            DimensionInput input,
            @HeaderParam("If-Match") String ifMatch,
            @Context UriInfo uri) {
        return service.put(current.get(), code, input, ifMatch).toResponse(uri.getRequestUri());
    }

    @DELETE
    @Path("/{code}")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Operation(
            operationId = "deleteDimension",
            summary = "Delete a dimension (catalogue administrators)",
            description = "Only a dimension no indicator is disaggregated by: 409 otherwise, with those indicators.")
    public Response delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        service.delete(current.get(), code, ifMatch);
        return Response.noContent().build();
    }
}
