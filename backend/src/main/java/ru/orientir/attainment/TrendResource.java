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
import ru.orientir.attainment.TrendDtos.DataYearsDto;
import ru.orientir.attainment.TrendDtos.TrendsDto;
import ru.orientir.common.Params;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/attainment")
@Tag(name = "Attainment")
@Produces(MediaType.APPLICATION_JSON)
public class TrendResource {

    @Inject
    TrendService service;

    @Inject
    CurrentCaller current;

    @GET
    @Path("/trends")
    @Operation(
            operationId = "getAttainmentTrends",
            summary = "The trends of every indicator and category of a municipality (or one organization) in one"
                    + " response",
            description = "Per active indicator and category, oldest year first: the annual fact (a derived"
                    + " indicator's computed one), the target of the year and its status, as getAttainmentSeries"
                    + " gives them one indicator at a time. Municipality trends of organization-level indicators"
                    + " also carry, per year, how many schools met their targets (own, else the target of every"
                    + " organization) and the mean of the schools' values. For the dashboard's sparklines: one"
                    + " request instead of one per row.")
    public TrendsDto trends(
            @QueryParam("municipality") @Parameter(required = true, description = "Municipality code")
                    String municipality,
            @QueryParam("organization")
                    @Parameter(description = "Organization code: its trends instead of the municipality's")
                    String organization,
            @QueryParam("group")
                    @Parameter(
                            description = "Register (group) code of the municipality: the schools counted are only"
                                    + " its members. An unknown register is 404 (field group).")
                    String group,
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
        return service.trends(current.get(), municipality, organization, group, yearFrom, yearTo);
    }

    @GET
    @Path("/years")
    @Operation(
            operationId = "getDataYears",
            summary = "The years in which a municipality (or organization) has values or targets, and the year to"
                    + " open",
            description = "Newest first, each with its counts of values and targets the caller may read and the"
                    + " state of the reporting period. suggested is the year a dashboard opens on: the latest"
                    + " year with values that is not approved, else the latest year with values — never simply"
                    + " the year of the last upload.")
    public DataYearsDto years(
            @QueryParam("municipality") @Parameter(required = true, description = "Municipality code")
                    String municipality,
            @QueryParam("organization") @Parameter(description = "Organization code: its years") String organization) {
        return service.years(current.get(), municipality, organization);
    }
}
