package ru.orientir.territory;

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
import ru.orientir.security.CurrentCaller;
import ru.orientir.territory.TerritoryDtos.*;

@Path("/api/v1/municipalities")
@Tag(name = "Territory")
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityResource {

    @Inject
    TerritoryService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "listMunicipalities",
            description =
                    "Only the municipalities the caller may read; " + "filter by region and part of the code or name.",
            summary = "Municipalities the caller may read")
    public PageResult<MunicipalityDto> list(
            @QueryParam("region") String region,
            @QueryParam("q") String search,
            @QueryParam("status")
                    @Parameter(
                            description = "Only active or only archived ones (default: both)",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"active", "archived"}))
                    String status,
            @BeanParam PageParams page) {
        return service.municipalities(current.get(), region, search, status(status), page);
    }

    private static String status(String status) {
        Params p = new Params();
        String s = p.oneOf("status", status, TerritoryRules.STATUSES, null);
        p.throwIfAny();
        return s;
    }

    @GET
    @Path("/{code}")
    @Operation(
            operationId = "getMunicipality",
            description = "A municipality the caller may not read gives 403. The " + "ETag is its version.",
            summary = "One municipality")
    public RestResponse<MunicipalityDto> get(@PathParam("code") String code) {
        Municipality m = service.visibleMunicipality(current.get(), code);
        return Saved.withETag(MunicipalityDto.of(m), m.version);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putMunicipality",
            description = "Idempotent: 201 when created, 200 when updated. A new "
                    + "municipality gets its roles municipality:<code>:editor and :viewer in Keycloak.",
            summary = "Create or update a municipality by its code (admin); a new one gets its Keycloak roles")
    public RestResponse<MunicipalityDto> put(
            @PathParam("code") String code,
            MunicipalityInput input,
            @HeaderParam("If-Match") String ifMatch,
            @Context UriInfo uri) {
        return service.putMunicipality(current.get(), code, input, ifMatch).toResponse(uri.getRequestUri());
    }

    @DELETE
    @APIResponse(responseCode = "204", description = "Deleted")
    @Path("/{code}")
    @Operation(
            operationId = "deleteMunicipality",
            description = "Refused with 409 while it has organizations or " + "data.",
            summary = "Delete a municipality that has no organizations and no data (admin)")
    public Response delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        service.deleteMunicipality(current.get(), code, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{code}/organizations")
    @Operation(
            operationId = "listOrganizations",
            description = "Filter by type and part of the code or name.",
            summary = "Organizations (schools, kindergartens...) of a municipality")
    public PageResult<OrganizationDto> organizations(
            @PathParam("code") String code,
            @QueryParam("type") String type,
            @QueryParam("q") String search,
            @QueryParam("status")
                    @Parameter(
                            description = "Only active or only archived ones (default: both)",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"active", "archived"}))
                    String status,
            @BeanParam PageParams page) {
        return service.organizations(current.get(), code, type, search, status(status), page);
    }

    @GET
    @Path("/{code}/organizations/{org}")
    @Operation(
            operationId = "getOrganization",
            description = "The ETag is the organization's version.",
            summary = "One organization")
    public RestResponse<OrganizationDto> organization(@PathParam("code") String code, @PathParam("org") String org) {
        Organization o = service.organization(current.get(), code, org);
        return Saved.withETag(OrganizationDto.of(o), o.version);
    }

    @PUT
    @Path("/{code}/organizations/{org}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putOrganization",
            description = "Idempotent: 201 when created, 200 when updated.",
            summary = "Create or update an organization of the municipality (its editors, admin)")
    public RestResponse<OrganizationDto> putOrganization(
            @PathParam("code") String code,
            @PathParam("org") String org,
            OrganizationInput input,
            @HeaderParam("If-Match") String ifMatch,
            @Context UriInfo uri) {
        return service.putOrganization(current.get(), code, org, input, ifMatch).toResponse(uri.getRequestUri());
    }

    @DELETE
    @APIResponse(responseCode = "204", description = "Deleted")
    @Path("/{code}/organizations/{org}")
    @Operation(
            operationId = "deleteOrganization",
            description = "Refused with 409 while it has data.",
            summary = "Delete an organization that has no data")
    public Response deleteOrganization(
            @PathParam("code") String code, @PathParam("org") String org, @HeaderParam("If-Match") String ifMatch) {
        service.deleteOrganization(current.get(), code, org, ifMatch);
        return Response.noContent().build();
    }
}
