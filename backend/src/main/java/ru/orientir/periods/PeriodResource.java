package ru.orientir.periods;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.orientir.common.ETags;
import ru.orientir.periods.PeriodDtos.PeriodDto;
import ru.orientir.periods.PeriodDtos.TransitionInput;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/municipalities/{code}/periods/{year}")
@Tag(name = "Periods")
@Produces(MediaType.APPLICATION_JSON)
public class PeriodResource {

    @Inject
    PeriodService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "getPeriod",
            description = "The state (open, submitted, approved, returned), history, "
                    + "possible actions for the caller, indicators without a value and suspicious values. The ETag is the "
                    + "period's version.",
            summary = "A municipality's reporting year: state, history and what is missing or suspicious")
    public RestResponse<PeriodDto> get(
            @BeanParam PeriodPath path, @QueryParam("period") @Parameter(description = PERIOD) String period) {
        return ok(service.get(current.get(), path.code, path.year(), period));
    }

    @POST
    @Path("/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "submitPeriod",
            description = "Allowed from open or returned; the editor may submit "
                    + "with missing or suspicious values, which the ministry then sees.",
            summary = "Submit the year for approval (the municipality's editors); locks its values and targets")
    public RestResponse<PeriodDto> submit(
            @BeanParam PeriodPath path,
            @QueryParam("period") @Parameter(description = PERIOD) String period,
            TransitionInput input,
            @HeaderParam("If-Match") String ifMatch) {
        return move(PeriodTransition.SUBMIT, path, period, input, ifMatch);
    }

    @POST
    @Path("/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "approvePeriod",
            description = "Allowed from submitted; the year stays locked.",
            summary = "Approve a submitted year (ministry analyst, admin)")
    public RestResponse<PeriodDto> approve(
            @BeanParam PeriodPath path,
            @QueryParam("period") @Parameter(description = PERIOD) String period,
            TransitionInput input,
            @HeaderParam("If-Match") String ifMatch) {
        return move(PeriodTransition.APPROVE, path, period, input, ifMatch);
    }

    @POST
    @Path("/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "returnPeriod",
            description = "Allowed from submitted; the comment tells the "
                    + "municipality what to fix, and its year is editable again.",
            summary = "Return a submitted year for rework with a required comment (ministry analyst, admin)")
    public RestResponse<PeriodDto> returnForRework(
            @BeanParam PeriodPath path,
            @QueryParam("period") @Parameter(description = PERIOD) String period,
            TransitionInput input,
            @HeaderParam("If-Match") String ifMatch) {
        return move(PeriodTransition.RETURN, path, period, input, ifMatch);
    }

    @POST
    @Path("/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reopenPeriod",
            description = "The reason is recorded in the history and the audit; the " + "year is editable again.",
            summary = "Reopen a submitted or approved year with a required reason (ministry analyst, admin)")
    public RestResponse<PeriodDto> reopen(
            @BeanParam PeriodPath path,
            @QueryParam("period") @Parameter(description = PERIOD) String period,
            TransitionInput input,
            @HeaderParam("If-Match") String ifMatch) {
        return move(PeriodTransition.REOPEN, path, period, input, ifMatch);
    }

    private RestResponse<PeriodDto> move(
            PeriodTransition t, PeriodPath path, String period, TransitionInput input, String ifMatch) {
        return ok(service.transition(current.get(), t, path.code, path.year(), period, input, ifMatch));
    }

    static final String PERIOD = "A month, quarter, half year or ISO week of the year, for indicators collected at"
            + " that rhythm: 2024-03 (or M03), 2024-Q1 (Q1), 2024-H1 (H1), 2024-W07 (W07); written with a year, that"
            + " must be the path's. Left out: the year itself. A submitted or approved month locks the values of"
            + " that month only (not the next month, not the year's own values); a locked year locks all of them.";

    /** Typed, so that the published contract names the body; the ETag is the period's version. */
    private static RestResponse<PeriodDto> ok(PeriodDto period) {
        return RestResponse.ResponseBuilder.ok(period)
                .tag(ETags.of(period.version()))
                .build();
    }
}
