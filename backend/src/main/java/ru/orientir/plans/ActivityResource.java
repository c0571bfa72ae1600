package ru.orientir.plans;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Saved;
import ru.orientir.plans.PlanDtos.ActivityDto;
import ru.orientir.plans.PlanDtos.ActivityInput;
import ru.orientir.plans.PlanDtos.HistoryList;
import ru.orientir.plans.PlanDtos.StatusInput;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/plans/{code}/activities")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

    @Inject
    ActivityService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "listPlanActivities",
            summary = "A plan's activities",
            description = "Ordered by deadline; overdue: not done or cancelled and past the deadline's last day.")
    public PageResult<ActivityDto> list(
            @PathParam("code") String code,
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"planned", "in_progress", "done", "cancelled"}))
                    @QueryParam("status")
                    String status,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(description = "Only the activities attached to this node") @QueryParam("node") String node,
            @BeanParam PageParams page) {
        return service.list(
                current.get(),
                new ActivityService.Filter(null, code, node, status, overdue, null, null, null, null, null, null),
                page);
    }

    @GET
    @Path("/{activity}")
    @Operation(operationId = "getActivity", summary = "One activity", description = "The ETag names its version.")
    public RestResponse<ActivityDto> get(@PathParam("code") String code, @PathParam("activity") String activity) {
        ActivityDto a = service.get(current.get(), code, activity);
        return Saved.withETag(a, a.version());
    }

    @PUT
    @Path("/{activity}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putActivity",
            summary = "Create or replace an activity of a plan",
            description = "due is read by the one deadline parser: YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY or the documents'"
                    + " Russian forms («до 01.09.2022», «декабрь 2022», «II квартал 2023», «2022–2024», «ежегодно,"
                    + " август», «в течение года» = the plan's last year); 422 on due names the accepted forms. A recurring"
                    + " activity is due when the plan's span ends. organizations and groups are the plan's"
                    + " municipality's. The creation is the first entry of the history. " + PlanResource.LOCKED)
    public RestResponse<ActivityDto> put(
            @PathParam("code") String code,
            @PathParam("activity") String activity,
            ActivityInput input,
            @HeaderParam("If-Match") String ifMatch,
            @Context UriInfo uri) {
        return service.put(current.get(), code, activity, input, ifMatch).toResponse(uri.getRequestUri());
    }

    @DELETE
    @Path("/{activity}")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Operation(
            operationId = "deleteActivity",
            summary = "Delete an activity",
            description = "With its history and evidence. " + PlanResource.LOCKED)
    public Response delete(
            @PathParam("code") String code,
            @PathParam("activity") String activity,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(current.get(), code, activity, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{activity}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "setActivityStatus",
            summary = "Change an activity's status, with a comment",
            description = "Allowed on approved plans too: by the plan's keepers and the users named in"
                    + " responsibleUsers. Every change is an entry of the history.")
    public ActivityDto status(
            @PathParam("code") String code, @PathParam("activity") String activity, StatusInput input) {
        return service.status(current.get(), code, activity, input);
    }

    @Inject
    ActivityEffect effect;

    @GET
    @Path("/{activity}/effect")
    @Operation(
            operationId = "getActivityEffect",
            summary =
                    "The effect of an activity: its indicators the year before its deadline's year and the year after",
            description = "For the schools and registers it names (the municipality as a whole when none), with its"
                    + " planned result (resultIndicator reaching resultTarget in the deadline's year). 409 for an"
                    + " activity of a regional plan.")
    public ActivityEffect.Dto effect(@PathParam("code") String code, @PathParam("activity") String activity) {
        return effect.of(current.get(), code, activity);
    }

    @GET
    @Path("/{activity}/history")
    @Operation(
            operationId = "getActivityHistory",
            summary = "The history of an activity's status",
            description = "Oldest first; the creation is the first entry (from null).")
    public HistoryList history(@PathParam("code") String code, @PathParam("activity") String activity) {
        return service.history(current.get(), code, activity);
    }
}
