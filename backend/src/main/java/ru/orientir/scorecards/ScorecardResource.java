package ru.orientir.scorecards;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Params;
import ru.orientir.common.Saved;
import ru.orientir.exports.ExportNames;
import ru.orientir.files.FileFormat;
import ru.orientir.scorecards.ScorecardDtos.RatingDto;
import ru.orientir.scorecards.ScorecardDtos.ScorecardDto;
import ru.orientir.scorecards.ScorecardDtos.ScorecardInput;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/scorecards")
@Tag(name = "Scorecards")
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {

    @Inject
    ScorecardService service;

    @Inject
    RatingService ratings;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "listScorecards",
            summary = "Scorecards",
            description = "The region's scorecards and those of the municipalities the caller sees; with "
                    + "municipality, those that apply to it.")
    public PageResult<ScorecardDto> list(
            @Parameter(description = "Only the scorecards that apply to this municipality") @QueryParam("municipality")
                    String municipality,
            @BeanParam PageParams page) {
        return service.list(current.get(), municipality, page);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getScorecard", summary = "One scorecard", description = "The ETag names its version.")
    public RestResponse<ScorecardDto> get(@PathParam("code") String code) {
        Scorecard s = service.scorecard(current.get(), code);
        return Saved.withETag(ScorecardDto.of(s), s.version);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putScorecard",
            summary = "Create or replace a scorecard",
            description = "The region's scorecards are kept by the ministry and the admin, a municipality's by its "
                    + "editors. Methods: presence (value > 0 gives points), per_unit (points × value), threshold "
                    + "(comparator and value), bands (from..to inclusive → points), above_average and below_average "
                    + "(against the municipal average of the year). 422 names the field (items[i].field).")
    public RestResponse<ScorecardDto> put(
            @PathParam("code") String code,
            ScorecardInput input,
            @HeaderParam("If-Match") String ifMatch,
            @Context UriInfo uri) {
        return service.put(current.get(), code, input, ifMatch).toResponse(uri.getRequestUri());
    }

    @DELETE
    @Path("/{code}")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Operation(operationId = "deleteScorecard", summary = "Delete a scorecard", description = "Nothing else goes.")
    public Response delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        service.delete(current.get(), code, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{code}/ratings/export")
    @Produces(FileFormat.XLSX_TYPE)
    @Operation(
            operationId = "exportRatings",
            summary = "The rating as an XLSX workbook: every school's rank, total and each item's value and points",
            description =
                    "The same rating as GET /scorecards/{code}/ratings, for people: why the points were given is"
                            + " in each points cell's comment; a sheet describes the scorecard, the year and the time of export.")
    @APIResponse(
            responseCode = "200",
            description = "The workbook",
            content =
                    @Content(
                            mediaType = FileFormat.XLSX_TYPE,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportRatings(
            @PathParam("code") String code,
            @Parameter(description = "Rate within this municipality") @QueryParam("municipality") String municipality,
            @Parameter(
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = Params.MIN_YEAR,
                                            maximum = Params.MAX_YEAR))
                    @QueryParam("year")
                    String year) {
        RatingService.Rated rated = ratings.rated(current.get(), code, municipality, year);
        return Response.ok(RatingWorkbook.of(rated, municipality), FileFormat.XLSX_TYPE)
                .header(
                        "Content-Disposition",
                        ExportNames.of(ExportNames.RATING, municipality, rated.year(), "xlsx")
                                .contentDisposition())
                .build();
    }

    @GET
    @Path("/{code}/ratings")
    @Operation(
            operationId = "listRatings",
            summary = "Every school's (municipality's) score, rank and breakdown for a year",
            description = "Computed from the current values. Units with any value of the scorecard's indicators "
                    + "are rated within the municipality given (or all those the caller sees); equal scores share a "
                    + "rank; an item without data gives no points and is counted in missing. A school coordinator "
                    + "sees its own school's rating (its rank among all the municipality's schools).")
    public PageResult<RatingDto> ratings(
            @PathParam("code") String code,
            @Parameter(description = "Rate within this municipality") @QueryParam("municipality") String municipality,
            @Parameter(
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = Params.MIN_YEAR,
                                            maximum = Params.MAX_YEAR))
                    @QueryParam("year")
                    String year,
            @BeanParam PageParams page) {
        return ratings.ratings(current.get(), code, municipality, year, page);
    }
}
