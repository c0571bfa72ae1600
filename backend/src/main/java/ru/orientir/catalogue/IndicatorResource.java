package ru.orientir.catalogue;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.orientir.catalogue.CatalogueDtos.AreaDto;
import ru.orientir.catalogue.CatalogueDtos.IndicatorDto;
import ru.orientir.catalogue.CatalogueDtos.IndicatorInput;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Params;
import ru.orientir.common.Saved;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/indicators")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    @Inject
    IndicatorService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "listIndicators",
            description = "Every caller with a token may read the catalogue; filter by area, text, status and level."
                    + " A caller bound to municipalities gets its own catalogue by default (scope=mine,"
                    + " see scope); each item tells how many municipalities keep it (municipalityCount,"
                    + " shared) and its latest years with data.",
            summary = "Indicators of the catalogue, by code")
    public PageResult<IndicatorDto> list(
            @QueryParam("area") @Parameter(description = "Direction, Russian or English name") String area,
            @QueryParam("q") @Parameter(description = "Part of the code or the name") String search,
            @QueryParam("status")
                    @Parameter(
                            description = "Only active or only archived indicators",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"active", "archived"}))
                    String status,
            @QueryParam("level")
                    @Parameter(
                            description = "Only indicators of this level",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"municipality", "organization"}))
                    String level,
            @QueryParam("scope")
                    @Parameter(
                            description = "Whose catalogue: «mine» (the default) is the catalogue of the caller's"
                                    + " municipalities: their region's indicators (their own among them), the"
                                    + " common ones kept in more than one region and new ones nobody keeps yet, never"
                                    + " an indicator only another region's municipalities keep; for callers bound to"
                                    + " no municipality (admin, ministry, integration) it is the whole catalogue."
                                    + " «all» is the whole catalogue for everyone",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"mine", "all"},
                                            defaultValue = "mine"))
                    String scope,
            @QueryParam("municipality")
                    @Parameter(
                            description = "The catalogue of this municipality (as scope=mine for its users), for a"
                                    + " caller who may see it (403 otherwise); overrides scope")
                    String municipality,
            @BeanParam PageParams page) {
        Params p = new Params();
        String s = p.oneOf("status", status, Indicator.STATUSES, null);
        String l = p.oneOf("level", level, Indicator.LEVELS, null);
        String sc = p.oneOf("scope", scope, IndicatorService.SCOPES, "mine");
        p.throwIfAny();
        String m = municipality == null || municipality.isBlank() ? null : municipality.strip();
        return service.list(current.get(), area, search, s, l, sc, m, page);
    }

    @GET
    @Path("/areas")
    @Operation(
            operationId = "listIndicatorAreas",
            description = "The areas («направления») in catalogue order, each "
                    + "with its Russian and English name and how many indicators it holds.",
            summary = "Directions of the catalogue with the number of indicators in each")
    public List<AreaDto> areas() {
        return service.areas();
    }

    @GET
    @Path("/{code}")
    @Operation(
            operationId = "getIndicator",
            description = "The indicator with its unit, scale, bands, polarity and "
                    + "categories; the ETag is its version, for If-Match on a later change.",
            summary = "One indicator")
    public RestResponse<IndicatorDto> get(@PathParam("code") String code) {
        Indicator i = service.indicator(code);
        return Saved.withETag(service.dto(i), i.version);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putIndicator",
            description = "Idempotent: 201 when created, 200 when updated or "
                    + "unchanged. A stale If-Match gets 412 and changes nothing.",
            summary = "Create or update an indicator by its code (admin, integration)")
    public RestResponse<IndicatorDto> put(
            @PathParam("code") String code,
            IndicatorInput input,
            @HeaderParam("If-Match") String ifMatch,
            @Context UriInfo uri) {
        return service.put(current.get(), code, input, ifMatch).toResponse(uri.getRequestUri());
    }

    @DELETE
    @APIResponse(responseCode = "204", description = "Deleted: the indicator had no data")
    @APIResponse(
            responseCode = "409",
            description = "Values or targets refer to it (counted in errors): archive it instead")
    @Path("/{code}")
    @Operation(
            operationId = "deleteIndicator",
            summary =
                    "Delete an unused indicator (204); one with values or " + "targets is refused with 409 naming them",
            description = "An indicator that has targets or values is "
                    + "never deleted, so that its history stays readable: archive it with PUT status archived instead.")
    public Response delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        service.delete(current.get(), code, ifMatch);
        return Response.noContent().build();
    }

    @PUT
    @Path("/areas/{area}")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "200",
            description = "Renamed: the area with its number of indicators",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AreaDto.class)))
    @APIResponse(responseCode = "409", description = "Another area already has the new name")
    @Operation(
            operationId = "renameIndicatorArea",
            summary = "Rename a direction of the catalogue (admin)",
            description = "The path names the area by its current Russian name; the body gives the new «area» and "
                    + "optional «areaEn». Its indicators stay in it. Audited.")
    public AreaDto renameArea(@PathParam("area") String area, AreaDto input) {
        return service.renameArea(current.get(), area, input);
    }

    @DELETE
    @Path("/areas/{area}")
    @APIResponse(responseCode = "204", description = "Deleted: no indicator was in it")
    @APIResponse(responseCode = "409", description = "Indicators are in it (counted in errors)")
    @Operation(
            operationId = "deleteIndicatorArea",
            summary = "Delete an unused direction of the catalogue (admin)",
            description = "Only an area without indicators can be deleted; otherwise 409 with their number. Audited.")
    public Response deleteArea(@PathParam("area") String area) {
        service.deleteArea(current.get(), area);
        return Response.noContent().build();
    }
}
