package ru.orientir.attainment;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.orientir.attainment.AttainmentDtos.SchoolRankingDto;
import ru.orientir.common.Params;
import ru.orientir.security.CurrentCaller;

/** The ranking of a municipality's schools on one indicator (municipalities are ranked by /attainment/ranking). */
@Path("/api/v1/rankings")
@Tag(name = "Attainment")
@Produces(MediaType.APPLICATION_JSON)
public class RankingResource {

    @Inject
    AttainmentService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "getSchoolRanking",
            summary = "A municipality's organizations ranked on an organization-level indicator for a year",
            description =
                    "Every organization of the municipality (of the register, with group=): best annual"
                            + " value first by the indicator's polarity (higher is better: the highest first), equal values"
                            + " share a rank (1, 2, 2, 4), organizations without a value last and unranked; each with its"
                            + " difference from the municipal average and its status against its own target, else the"
                            + " municipality's target of every organization. A municipality-level indicator is 422 (field"
                            + " indicator); an unknown register is 404 (field group); a municipality the caller may not read"
                            + " is 403. The response carries an ETag (the data version, which every committed write and import"
                            + " changes, and the caller's scope); with If-None-Match naming it the answer is 304 without a body.")
    @APIResponse(
            responseCode = "200",
            description = "The ranking",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = SchoolRankingDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag named by If-None-Match")
    public RestResponse<SchoolRankingDto> ranking(
            @HeaderParam("If-None-Match")
                    @Parameter(description = "The ETag of a ranking read before: 304 while nothing has changed")
                    String ifNoneMatch,
            @QueryParam("municipality") @Parameter(required = true, description = "Municipality code")
                    String municipality,
            @QueryParam("indicator")
                    @Parameter(required = true, description = "Indicator code (an organization-level indicator)")
                    String indicator,
            @QueryParam("year")
                    @Parameter(
                            required = true,
                            description = "The year (a school year by the year it starts: 2019 for 2019/20)",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = Params.MIN_YEAR,
                                            maximum = Params.MAX_YEAR))
                    String year,
            @QueryParam("category")
                    @Parameter(
                            description = "The category ('' or absent: the total), as values accept it; one the"
                                    + " indicator has not is 400 (field category)")
                    String category,
            @QueryParam("group")
                    @Parameter(
                            description = "Register (group) code of the municipality: only its organizations (whatever"
                                    + " year the register is for); the municipal average stays the whole municipality's."
                                    + " An unknown register is 404 (field group).")
                    String group) {
        EntityTag tag = DataVersionTag.of(
                service.dataVersion(), current.get(), "schools", municipality, indicator, year, category, group);
        return DataVersionTag.respond(
                tag,
                ifNoneMatch,
                () -> service.schoolRanking(current.get(), municipality, indicator, year, category, group));
    }
}
