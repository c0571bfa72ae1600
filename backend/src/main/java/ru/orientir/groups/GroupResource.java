package ru.orientir.groups;

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
import ru.orientir.groups.GroupDtos.GroupDto;
import ru.orientir.groups.GroupDtos.GroupInput;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/municipalities/{code}/groups")
@Tag(name = "Groups")
@Produces(MediaType.APPLICATION_JSON)
public class GroupResource {

    @Inject
    GroupService service;

    @Inject
    GroupProgress progress;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "listGroups",
            summary = "Registers of the municipality's organizations",
            description = "Named sets of the municipality's organizations (e.g. the schools with low results of "
                    + "a year), each valid from yearFrom to yearTo; ordered by first year and code.")
    public PageResult<GroupDto> list(@PathParam("code") String code, @BeanParam PageParams page) {
        return service.list(current.get(), code, page);
    }

    @GET
    @Path("/{group}")
    @Operation(
            operationId = "getGroup",
            summary = "One register",
            description = "A register with its organizations; the ETag names its version.")
    public RestResponse<GroupDto> get(@PathParam("code") String code, @PathParam("group") String group) {
        OrganizationGroup g = service.group(current.get(), code, group);
        return Saved.withETag(GroupDto.of(g), g.version);
    }

    @GET
    @Path("/{group}/progress")
    @Operation(
            operationId = "getGroupProgress",
            summary = "A register's organizations against the rest of the municipality, year by year",
            description = "For one indicator and category: per year the arithmetic mean of the annual values "
                    + "(period '') of the register's organizations (groupAverage, groupCount), of the "
                    + "municipality's other organizations (restAverage, restCount) and of all of them "
                    + "(municipalAverage), and gap = groupAverage − restAverage, so that one sees whether the "
                    + "register's schools are catching up. Years: those with organization-level values, within "
                    + "yearFrom–yearTo when given. Municipality-level values do not count.")
    public GroupDtos.GroupProgressDto progress(
            @PathParam("code") String code,
            @PathParam("group") String group,
            @QueryParam("indicator") @Parameter(required = true, description = "Indicator code") String indicator,
            @QueryParam("category")
                    @Parameter(
                            description = "Category to average ('' or left out: the total); for an indicator with "
                                    + "dimensions also the bare member or pairs in any order (stored canonical)")
                    String category,
            @QueryParam("yearFrom")
                    @Parameter(
                            description = "From this year on",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = Params.MIN_YEAR,
                                            maximum = Params.MAX_YEAR))
                    String yearFrom,
            @QueryParam("yearTo")
                    @Parameter(
                            description = "Up to this year",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = Params.MIN_YEAR,
                                            maximum = Params.MAX_YEAR))
                    String yearTo) {
        return progress.progress(current.get(), code, group, indicator, category, yearFrom, yearTo);
    }

    @PUT
    @Path("/{group}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putGroup",
            summary = "Create or update a register (the municipality's editors)",
            description = "Creates the register or replaces its name, years and organizations. Unknown organization "
                    + "codes are refused with the list of them; a stale If-Match gets 412.")
    public RestResponse<GroupDto> put(
            @PathParam("code") String code,
            @PathParam("group") String group,
            GroupInput input,
            @HeaderParam("If-Match") String ifMatch,
            @Context UriInfo uri) {
        return service.put(current.get(), code, group, input, ifMatch).toResponse(uri.getRequestUri());
    }

    @DELETE
    @Path("/{group}")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Operation(
            operationId = "deleteGroup",
            summary = "Delete a register (the municipality's editors)",
            description = "Deletes the register; its organizations stay.")
    public Response delete(
            @PathParam("code") String code, @PathParam("group") String group, @HeaderParam("If-Match") String ifMatch) {
        service.delete(current.get(), code, group, ifMatch);
        return Response.noContent().build();
    }
}
