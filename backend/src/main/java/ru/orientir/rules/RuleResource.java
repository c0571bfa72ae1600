package ru.orientir.rules;

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
import ru.orientir.rules.RuleDtos.RuleDto;
import ru.orientir.rules.RuleDtos.RuleInput;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/rules")
@Tag(name = "Rules")
@Produces(MediaType.APPLICATION_JSON)
public class RuleResource {

    @Inject
    RuleService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "listRules",
            summary = "Risk rules",
            description = "The region's rules and those of the municipalities the caller sees; with municipality, "
                    + "the rules that apply to it. Ordered by code.")
    public PageResult<RuleDto> list(
            @Parameter(description = "Only the rules that apply to this municipality") @QueryParam("municipality")
                    String municipality,
            @BeanParam PageParams page) {
        return service.list(current.get(), municipality, page);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getRule", summary = "One risk rule", description = "The ETag names its version.")
    public RestResponse<RuleDto> get(@PathParam("code") String code) {
        RiskRule r = service.rule(current.get(), code);
        return Saved.withETag(RuleDto.of(r), r.version);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putRule",
            summary = "Create or replace a risk rule",
            description = "The region's rules (no municipality) are kept by the ministry and the admin, a "
                    + "municipality's by its editors. Checked on save: unknown indicator, category not on the "
                    + "indicator's list, minYears over window, not exactly one test per condition give 422 with "
                    + "the field (conditions[i].field). A stale If-Match gets 412.")
    public RestResponse<RuleDto> put(
            @PathParam("code") String code,
            RuleInput input,
            @HeaderParam("If-Match") String ifMatch,
            @Context UriInfo uri) {
        return service.put(current.get(), code, input, ifMatch).toResponse(uri.getRequestUri());
    }

    @DELETE
    @Path("/{code}")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Operation(operationId = "deleteRule", summary = "Delete a risk rule", description = "Its flags go with it.")
    public Response delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        service.delete(current.get(), code, ifMatch);
        return Response.noContent().build();
    }
}
