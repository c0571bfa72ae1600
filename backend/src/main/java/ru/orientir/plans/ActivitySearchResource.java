package ru.orientir.plans;

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
import ru.orientir.plans.PlanDtos.ActivityDto;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/activities")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
public class ActivitySearchResource {

    @Inject
    ActivityService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "listActivities",
            summary = "Activities of every plan the caller sees, filtered",
            description = "For the board and the calendar: filtered and paged in the database, ordered by deadline."
                    + " dueFrom/dueTo select the activities whose deadline span meets the period; mine: the caller is"
                    + " in responsibleUsers; responsible: a part of the responsible unit or position.")
    public PageResult<ActivityDto> list(
            @QueryParam("municipality") String municipality,
            @QueryParam("plan") String plan,
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"planned", "in_progress", "done", "cancelled"}))
                    @QueryParam("status")
                    String status,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("mine") String mine,
            @Parameter(description = "A part of the responsible unit or position (any case)") @QueryParam("responsible")
                    String responsible,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("dueFrom")
                    String dueFrom,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("dueTo") String dueTo,
            @Parameter(description = "Only activities addressed to this organization") @QueryParam("organization")
                    String organization,
            @Parameter(description = "Only activities linked to this indicator") @QueryParam("indicator")
                    String indicator,
            @BeanParam PageParams page) {
        return service.list(
                current.get(),
                new ActivityService.Filter(
                        municipality,
                        plan,
                        null,
                        status,
                        overdue,
                        mine,
                        responsible,
                        dueFrom,
                        dueTo,
                        organization,
                        indicator),
                page);
    }
}
