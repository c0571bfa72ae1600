package ru.orientir.periods;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "A municipality's reporting year: state, history and what is missing or suspicious")
    public RestResponse<PeriodDto> get(@PathParam("code") String code, @PathParam("year") int year) {
        return ok(service.get(current.get(), code, year));
    }

    @POST
    @Path("/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the year for approval (the municipality's editors); locks its values and targets")
    public RestResponse<PeriodDto> submit(@PathParam("code") String code, @PathParam("year") int year, TransitionInput input,
            @HeaderParam("If-Match") String ifMatch) {
        return move(PeriodTransition.SUBMIT, code, year, input, ifMatch);
    }

    @POST
    @Path("/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a submitted year (ministry analyst, admin)")
    public RestResponse<PeriodDto> approve(@PathParam("code") String code, @PathParam("year") int year, TransitionInput input,
            @HeaderParam("If-Match") String ifMatch) {
        return move(PeriodTransition.APPROVE, code, year, input, ifMatch);
    }

    @POST
    @Path("/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return a submitted year for rework with a required comment (ministry analyst, admin)")
    public RestResponse<PeriodDto> returnForRework(@PathParam("code") String code, @PathParam("year") int year,
            TransitionInput input, @HeaderParam("If-Match") String ifMatch) {
        return move(PeriodTransition.RETURN, code, year, input, ifMatch);
    }

    @POST
    @Path("/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopen a submitted or approved year with a required reason (ministry analyst, admin)")
    public RestResponse<PeriodDto> reopen(@PathParam("code") String code, @PathParam("year") int year, TransitionInput input,
            @HeaderParam("If-Match") String ifMatch) {
        return move(PeriodTransition.REOPEN, code, year, input, ifMatch);
    }

    private RestResponse<PeriodDto> move(PeriodTransition t, String code, int year, TransitionInput input, String ifMatch) {
        return ok(service.transition(current.get(), t, code, year, input, ifMatch));
    }

    /** Typed, so that the published contract names the body; the ETag is the period's version. */
    private static RestResponse<PeriodDto> ok(PeriodDto period) {
        return RestResponse.ResponseBuilder.ok(period).tag(ETags.of(period.version())).build();
    }
}
