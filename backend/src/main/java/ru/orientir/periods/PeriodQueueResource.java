package ru.orientir.periods;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.periods.PeriodDtos.QueueItem;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/periods")
@Tag(name = "Periods")
@Produces(MediaType.APPLICATION_JSON)
public class PeriodQueueResource {

    @Inject
    PeriodService service;
    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "Reporting periods that were ever moved, oldest change first: the ministry's approval "
            + "queue (state=submitted) or the caller's own municipalities' periods")
    public PageResult<QueueItem> list(
            @QueryParam("state") @Parameter(description = "open, submitted, approved, returned") String state,
            @QueryParam("year") String year, @QueryParam("municipality") String municipality,
            @BeanParam PageParams page) {
        return service.queue(current.get(), state, year, municipality, page);
    }
}
