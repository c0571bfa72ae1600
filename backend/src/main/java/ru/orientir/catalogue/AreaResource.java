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
import ru.orientir.catalogue.AreaDtos.AreaDto;
import ru.orientir.catalogue.AreaDtos.AreaInput;
import ru.orientir.common.Saved;
import ru.orientir.security.CurrentCaller;

/** The managed list of the catalogue's areas («направления»), by code. */
@Path("/api/v1/areas")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class AreaResource {

    @Inject
    AreaService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "listAreas",
            summary = "The catalogue's areas in order, with the number of indicators in each",
            description = "Every caller with a token may read them. An indicator names its area by the Russian name "
                    + "(field and file column «area»), as before; areaCode in an indicator is the area's code.")
    public List<AreaDto> list() {
        return service.list();
    }

    @GET
    @Path("/{code}")
    @Operation(
            operationId = "getArea",
            summary = "One area; the ETag is its version",
            description =
                    "The area with its names, position and the number of its indicators; 404 for an unknown code.")
    public RestResponse<AreaDto> get(@PathParam("code") String code) {
        IndicatorArea a = service.area(code);
        return Saved.withETag(service.dto(a), a.version);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putArea",
            summary = "Create or update an area by its code (admin, integration)",
            description = "Idempotent: 201 when created, 200 when updated. Renaming keeps its indicators in it. "
                    + "A stale If-Match gets 412; no or a duplicate Russian name, a bad code or position 422. Audited.")
    public RestResponse<AreaDto> put(
            @PathParam("code") String code,
            AreaInput input,
            @HeaderParam("If-Match") String ifMatch,
            @Context UriInfo uri) {
        return service.put(current.get(), code, input, ifMatch).toResponse(uri.getRequestUri());
    }

    @DELETE
    @Path("/{code}")
    @APIResponse(responseCode = "204", description = "Deleted: no indicator was in it")
    @APIResponse(responseCode = "409", description = "Indicators are in it (counted in errors)")
    @Operation(
            operationId = "deleteArea",
            summary = "Delete an area without indicators (admin, integration)",
            description = "Only an empty area can go: with indicators in it the answer is 409 counting them. Audited.")
    public Response delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        service.delete(current.get(), code, ifMatch);
        return Response.noContent().build();
    }
}
