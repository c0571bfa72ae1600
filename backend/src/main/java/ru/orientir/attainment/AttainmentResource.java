package ru.orientir.attainment;

import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import ru.orientir.attainment.AttainmentDtos.*;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Params;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/attainment")
@Tag(name = "Attainment")
@Produces(MediaType.APPLICATION_JSON)
public class AttainmentResource {

    @Inject
    AttainmentService service;

    @Inject
    CurrentCaller current;

    /** Whether the page's total is exact (true) or estimated (false). */
    static final String TOTAL_EXACT = "X-Total-Exact";

    @GET
    @Operation(
            operationId = "getAttainment",
            summary = "Target against fact per indicator and scope (municipality or organization) for a year",
            description = "Without municipality: every municipality the caller may read. Facts are annual values"
                    + " (no period) per category ('' = the total); status is met, not_met, no_data or no_target."
                    + " Organization rows: every organization of the municipality where a target applies, its own"
                    + " or else the municipality's target of every organization (organization '*', targetScope"
                    + " every_organization), with the municipal average of the organizations and the difference"
                    + " from it (the regional average for callers who read every municipality). The municipality"
                    + " row of an organization-level indicator carries schools: how many organizations met their"
                    + " targets. Status, its filter, the order, the paging and the count are computed in the database,"
                    + " one statement per page. total is exact, except for a caller who reads every municipality and"
                    + " names neither municipality nor indicator: that page is read indicator by indicator in the"
                    + " list's order (area, indicator), the rows of the indicators read are counted exactly and the"
                    + " rest estimated from their average (counting every status of the whole country costs many"
                    + " times the page), and the response says so with the header X-Total-Exact: false (true"
                    + " otherwise). Page through such a list until a page comes back short, or name a municipality or"
                    + " an indicator for an exact total.")
    public PageResult<RowDto> list(
            @Context HttpServerResponse response,
            @QueryParam("municipality")
                    @Parameter(description = "Municipality code; without it, every municipality the caller may read")
                    String municipality,
            @QueryParam("year")
                    @Parameter(
                            required = true,
                            description = "The year",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = Params.MIN_YEAR,
                                            maximum = Params.MAX_YEAR))
                    String year,
            @QueryParam("indicator") @Parameter(description = "Indicator code") String indicator,
            @QueryParam("area") @Parameter(description = "Area (direction) name or id") String area,
            @QueryParam("organization") @Parameter(description = "Organization code: only its rows")
                    String organization,
            @QueryParam("status")
                    @Parameter(
                            description = "Only rows with this status",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"met", "not_met", "no_data", "no_target"}))
                    String status,
            @QueryParam("category")
                    @Parameter(
                            description = "Only rows of this category ('' or absent: every category; canonical form, or"
                                    + " as values accept it when indicator= is given, e.g. math for a one-dimension"
                                    + " indicator)")
                    String category,
            @QueryParam("group")
                    @Parameter(
                            description = "Register (group) code of the municipality (needs municipality=): only the"
                                    + " organizations of that register (its members, whatever year the register is for,"
                                    + " so that its schools can be followed later); the municipality rows stay and count"
                                    + " only them. An unknown register is 404 (field group).")
                    String group,
            @QueryParam("page")
                    @Parameter(
                            description = "Page number, from 0",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
                    String page,
            @QueryParam("size")
                    @Parameter(
                            description = "Page size, 1 to 1000",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "1000",
                                            defaultValue = "200"))
                    String size) {
        AttainmentService.CountedRows rows = service.counted(
                current.get(),
                new AttainmentService.RowsRequest(
                        municipality, year, indicator, area, organization, status, category, group),
                PageParams.of(page, size, 200));
        response.putHeader(TOTAL_EXACT, String.valueOf(rows.exact()));
        return rows.page();
    }

    @GET
    @Path("/summary")
    @Operation(
            operationId = "getAttainmentSummary",
            description = "The same rows as getAttainment for the "
                    + "municipality (or every municipality the caller may read) and year, counted by status, in total and "
                    + "per area.",
            summary = "Counts of met, not met, no data and no target for a municipality and year, per area, and"
                    + " per organization-level indicator how many schools met their targets (byIndicator)")
    public SummaryDto summary(
            @QueryParam("municipality")
                    @Parameter(description = "Municipality code; without it, every municipality the caller may read")
                    String municipality,
            @QueryParam("year")
                    @Parameter(
                            required = true,
                            description = "The year",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = Params.MIN_YEAR,
                                            maximum = Params.MAX_YEAR))
                    String year,
            @QueryParam("group")
                    @Parameter(
                            description = "Register (group) code of the municipality (needs municipality=): only the"
                                    + " organizations of that register (its members, whatever year the register is for,"
                                    + " so that its schools can be followed later); the municipality rows stay and count"
                                    + " only them. An unknown register is 404 (field group).")
                    String group) {
        return service.summary(current.get(), municipality, year, group);
    }

    @GET
    @Path("/ranking")
    @Operation(
            operationId = "getAttainmentRanking",
            description = "Every municipality the caller may read: best "
                    + "fact first by the indicator's polarity, ties share a rank, municipalities without a fact last and "
                    + "unranked. Ranked in the database from that year's figures only. The response carries an ETag"
                    + " (the data version, which every committed write and import changes, and the caller's scope);"
                    + " with If-None-Match naming it the answer is 304 without a body.",
            summary = "Municipalities ranked by their fact of an indicator for a year, best first")
    @APIResponse(
            responseCode = "200",
            description = "The ranking",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RankingDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag named by If-None-Match")
    public RestResponse<RankingDto> ranking(
            @HeaderParam("If-None-Match")
                    @Parameter(description = "The ETag of a ranking read before: 304 while nothing has changed")
                    String ifNoneMatch,
            @QueryParam("indicator") @Parameter(required = true, description = "Indicator code") String indicator,
            @QueryParam("year")
                    @Parameter(
                            required = true,
                            description = "The year",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = Params.MIN_YEAR,
                                            maximum = Params.MAX_YEAR))
                    String year) {
        EntityTag tag = DataVersionTag.of(service.dataVersion(), current.get(), "ranking", indicator, year);
        return DataVersionTag.respond(tag, ifNoneMatch, () -> service.ranking(current.get(), indicator, year));
    }

    @GET
    @Path("/series")
    @Operation(
            operationId = "getAttainmentSeries",
            description = "One point per year with a fact or a target, for "
                    + "trend charts; yearFrom and yearTo limit the years.",
            summary = "Fact, target and baseline of an indicator year by year for a municipality or organization")
    public SeriesDto series(
            @QueryParam("indicator") @Parameter(required = true, description = "Indicator code") String indicator,
            @QueryParam("municipality") @Parameter(required = true, description = "Municipality code")
                    String municipality,
            @QueryParam("organization")
                    @Parameter(description = "Organization code: its series instead of the municipality's")
                    String organization,
            @QueryParam("category") @Parameter(description = "The category's series ('' or absent: the total)")
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
        return service.series(current.get(), indicator, municipality, organization, category, yearFrom, yearTo);
    }
}
