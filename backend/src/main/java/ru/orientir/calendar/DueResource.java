package ru.orientir.calendar;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.calendar.DueDtos.Board;
import ru.orientir.common.PageParams;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/due")
@Tag(name = "Calendar")
@Produces(MediaType.APPLICATION_JSON)
public class DueResource {

    @Inject
    DueService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "getDueBoard",
            summary = "The due board: what is late and by how many days, what is due this week and month, from whom",
            description = "For a date (default today), every period of the indicators that have a deadline rule"
                    + " (PUT /indicators/{code} deadline) whose deadline lies between a year back and the end of the"
                    + " date's month (or week, when it ends later), for each municipality whose catalogue holds the"
                    + " indicator. An item is done when every expected figure of its period is in (each school's"
                    + " for an organization-level indicator: completeness per school as expected and reported; the"
                    + " municipality's own otherwise), late when its deadline has passed without them (daysOverdue),"
                    + " due_soon otherwise (daysLeft; dueThisWeek up to Sunday). Late first, most overdue first."
                    + " Without municipality: the caller's municipalities (a ministry analyst, an admin or the"
                    + " integration: every municipality, with the counts per municipality); a school coordinator"
                    + " sees its school's items only. Counts cover every filter except status.")
    public Board board(
            @QueryParam("municipality") @Parameter(description = "Municipality code") String municipality,
            @QueryParam("organization")
                    @Parameter(
                            description =
                                    "A school of the municipality: only organization-level items, its own" + " figures")
                    String organization,
            @QueryParam("indicator") @Parameter(description = "Only this indicator (its code)") String indicator,
            @QueryParam("date")
                    @Parameter(
                            description = "The day to compute the board for, YYYY-MM-DD (default today)",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String date,
            @QueryParam("status")
                    @Parameter(
                            description = "Only items of this status",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"late", "due_soon", "done"}))
                    String status,
            @BeanParam PageParams page) {
        return service.board(current.get(), municipality, organization, indicator, date, status, page);
    }
}
