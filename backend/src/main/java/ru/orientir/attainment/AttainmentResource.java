package ru.orientir.attainment;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
                    + " targets.")
    public PageResult<RowDto> list(
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
        return service.rows(
                current.get(),
                new AttainmentService.RowsRequest(
                        municipality, year, indicator, area, organization, status, category, group),
                PageParams.of(page, size, 200));
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
                    + "unranked.",
            summary = "Municipalities ranked by their fact of an indicator for a year, best first")
    public RankingDto ranking(
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
        return service.ranking(current.get(), indicator, year);
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
