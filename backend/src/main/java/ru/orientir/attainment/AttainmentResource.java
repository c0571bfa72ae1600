package ru.orientir.attainment;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.attainment.AttainmentDtos.*;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
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
    @Operation(summary = "Target against fact per indicator and scope (municipality or organization) for a year",
            description = "Without municipality: every municipality the caller may read. Facts are annual values"
                    + " (no period, no category); status is met, not_met, no_data or no_target.")
    public PageResult<RowDto> list(@QueryParam("municipality") String municipality,
            @QueryParam("year") @Parameter(required = true, description = "1990–2100") String year,
            @QueryParam("indicator") String indicator,
            @QueryParam("area") @Parameter(description = "Area (direction) name or id") String area,
            @QueryParam("organization") @Parameter(description = "Organization code: only its rows") String organization,
            @QueryParam("status") @Parameter(description = "met, not_met, no_data or no_target") String status,
            @QueryParam("page") @DefaultValue("0") @Parameter(description = "Page number, from 0") int page,
            @QueryParam("size") @DefaultValue("200") @Parameter(description = "Page size, 1 to 1000") int size) {
        return service.rows(current.get(),
                new AttainmentService.RowsRequest(municipality, year, indicator, area, organization, status),
                new PageParams(page, size));
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Counts of met, not met, no data and no target for a municipality and year, per area")
    public SummaryDto summary(@QueryParam("municipality") String municipality,
            @QueryParam("year") @Parameter(required = true) String year) {
        return service.summary(current.get(), municipality, year);
    }

    @GET
    @Path("/ranking")
    @Operation(summary = "Municipalities ranked by their fact of an indicator for a year, best first")
    public RankingDto ranking(@QueryParam("indicator") @Parameter(required = true) String indicator,
            @QueryParam("year") @Parameter(required = true) String year) {
        return service.ranking(current.get(), indicator, year);
    }

    @GET
    @Path("/series")
    @Operation(summary = "Fact, target and baseline of an indicator year by year for a municipality or organization")
    public SeriesDto series(@QueryParam("indicator") @Parameter(required = true) String indicator,
            @QueryParam("municipality") @Parameter(required = true) String municipality,
            @QueryParam("organization") String organization,
            @QueryParam("yearFrom") String yearFrom, @QueryParam("yearTo") String yearTo) {
        return service.series(current.get(), indicator, municipality, organization, yearFrom, yearTo);
    }
}
