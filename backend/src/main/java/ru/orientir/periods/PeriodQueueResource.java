package ru.orientir.periods;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Params;
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
    @Operation(
            operationId = "listPeriods",
            description = "Limited to the municipalities the caller may read.",
            summary = "Reporting periods that were ever moved, oldest change first: the ministry's approval "
                    + "queue (state=submitted) or the caller's own municipalities' periods")
    public PageResult<QueueItem> list(
            @QueryParam("state")
                    @Parameter(
                            description = "Only periods in this state",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"open", "submitted", "approved", "returned"}))
                    String state,
            @QueryParam("year")
                    @Parameter(
                            description = "Only this year",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = Params.MIN_YEAR,
                                            maximum = Params.MAX_YEAR))
                    String year,
            @QueryParam("municipality") @Parameter(description = "Municipality code") String municipality,
            @BeanParam PageParams page) {
        return service.queue(current.get(), state, year, municipality, page);
    }
}
