package ru.orientir.plans;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Saved;
import ru.orientir.plans.PlanDtos.NodeDto;
import ru.orientir.plans.PlanDtos.NodeInput;
import ru.orientir.plans.PlanDtos.PlanDto;
import ru.orientir.plans.PlanDtos.PlanInput;
import ru.orientir.plans.PlanDtos.ReopenInput;
import ru.orientir.plans.PlanDtos.TreeDto;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/plans")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    static final String LOCKED = "While a plan is approved, its content (the plan, its nodes and activities) is locked:"
            + " such edits answer 409 until it is reopened with a reason; status changes and evidence go on.";

    @Inject
    PlanService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "listPlans",
            summary = "Plans",
            description = "The region's plans and those of the municipalities the caller sees (with municipality, that"
                    + " municipality's), each with the counts of its activities by status.")
    public PageResult<PlanDto> list(
            @Parameter(description = "Only this municipality's plans") @QueryParam("municipality") String municipality,
            @BeanParam PageParams page) {
        return service.list(current.get(), municipality, page);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getPlan", summary = "One plan", description = "The ETag names its version.")
    public RestResponse<PlanDto> get(@PathParam("code") String code) {
        PlanDto p = service.dto(service.plan(current.get(), code));
        return Saved.withETag(p, p.version());
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putPlan",
            summary = "Create or replace a plan",
            description = "A municipality's plan is kept by its editors, a regional one (no municipality) by the"
                    + " ministry and the admin. A plan keeps its municipality. " + LOCKED)
    public RestResponse<PlanDto> put(
            @PathParam("code") String code,
            PlanInput input,
            @HeaderParam("If-Match") String ifMatch,
            @Context UriInfo uri) {
        return service.put(current.get(), code, input, ifMatch).toResponse(uri.getRequestUri());
    }

    @DELETE
    @Path("/{code}")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Operation(
            operationId = "deletePlan",
            summary = "Delete a draft plan",
            description = "With its nodes, activities and evidence; an approved plan answers 409.")
    public Response delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        service.delete(current.get(), code, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{code}/approve")
    @Operation(
            operationId = "approvePlan",
            summary = "Approve a plan",
            description = "By its keepers; records who and when. " + LOCKED)
    public PlanDto approve(@PathParam("code") String code) {
        return service.approve(current.get(), code);
    }

    @POST
    @Path("/{code}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reopenPlan",
            summary = "Reopen an approved plan for changes, with a reason",
            description = "The plan becomes a draft again; the reason is kept on the plan and in the audit.")
    public PlanDto reopen(@PathParam("code") String code, ReopenInput input) {
        return service.reopen(current.get(), code, input);
    }

    @GET
    @Path("/{code}/tree")
    @Operation(
            operationId = "getPlanTree",
            summary = "The plan's tree of goals, projects and tasks with their activities and progress",
            description = "Each node has the counts of the activities in its subtree by status and the plan against"
                    + " fact of its indicators for the plan's municipality over the plan's years (the attainment"
                    + " rules); activities attached to no node are listed at the top level.")
    public TreeDto tree(@PathParam("code") String code) {
        return service.tree(current.get(), code);
    }

    @PUT
    @Path("/{code}/nodes/{node}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putPlanNode",
            summary = "Create or replace a goal, project or task of a plan",
            description = "parent names another node of the plan (never the node itself or one below it). " + LOCKED)
    public RestResponse<NodeDto> putNode(
            @PathParam("code") String code, @PathParam("node") String node, NodeInput input, @Context UriInfo uri) {
        return service.putNode(current.get(), code, node, input).toResponse(uri.getRequestUri());
    }

    @DELETE
    @Path("/{code}/nodes/{node}")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Operation(
            operationId = "deletePlanNode",
            summary = "Delete an empty node of a plan",
            description = "409 while it has child nodes or activities. " + LOCKED)
    public Response deleteNode(@PathParam("code") String code, @PathParam("node") String node) {
        service.deleteNode(current.get(), code, node);
        return Response.noContent().build();
    }
}
