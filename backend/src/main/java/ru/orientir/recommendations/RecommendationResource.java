package ru.orientir.recommendations;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.ProblemException;
import ru.orientir.common.Saved;
import ru.orientir.effects.EffectDtos.Effect;
import ru.orientir.recommendations.RecommendationDtos.BatchDto;
import ru.orientir.recommendations.RecommendationDtos.RecommendationDto;
import ru.orientir.recommendations.RecommendationDtos.RecommendationInput;
import ru.orientir.recommendations.RecommendationDtos.ResponseInput;
import ru.orientir.recommendations.RecommendationDtos.VerdictInput;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/recommendations")
@Tag(name = "Recommendations")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    @Inject
    RecommendationService service;

    @Inject
    CurrentCaller current;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "201",
            description = "One recommendation per school addressed, sharing a batch",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BatchDto.class)))
    @Operation(
            operationId = "createRecommendations",
            summary = "Address a recommendation to schools",
            description = "By the municipality's editors. The addressees are exactly one of: organizations (codes), "
                    + "group (a register of the municipality; every school in it, the register must hold in the "
                    + "deadline's year) or fromFlags {rule, year} (every school the rule flags that year, with the "
                    + "flag's evidence as the reason). Unknown codes, a deadline not in the forms YYYY-MM-DD, "
                    + "YYYY-MM, YYYY-Qn, YYYY, or no school addressed give 422 with the field.")
    public RestResponse<BatchDto> create(RecommendationInput input) {
        return RestResponse.status(RestResponse.Status.CREATED, service.create(current.get(), input));
    }

    @GET
    @Operation(
            operationId = "listRecommendations",
            summary = "Recommendations",
            description = "Within the caller's scope (a school coordinator: its own school's), newest first. "
                    + "overdue=true: still open after the deadline's last day.")
    public PageResult<RecommendationDto> list(
            @QueryParam("municipality") String municipality,
            @Parameter(description = "An organization's code") @QueryParam("organization") String organization,
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"open", "answered", "closed"}))
                    @QueryParam("status")
                    String status,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(description = "Made from this rule's flags") @QueryParam("rule") String rule,
            @Parameter(description = "Addressed to this register") @QueryParam("group") String group,
            @Parameter(
                            description = "The batch of one request",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("batch")
                    String batch,
            @BeanParam PageParams page) {
        return service.list(
                current.get(),
                new RecommendationService.Filter(municipality, organization, status, overdue, rule, group, batch),
                page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getRecommendation",
            summary = "One recommendation",
            description = "The ETag names its version.")
    public RestResponse<RecommendationDto> get(@PathParam("id") String id) {
        RecommendationDto dto = service.get(current.get(), id(id));
        return Saved.withETag(dto, dto.version());
    }

    @POST
    @Path("/{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "respondToRecommendation",
            summary = "The school's response",
            description = "By the school's editor or the municipality's editors; status becomes answered. A closed "
                    + "recommendation gives 409.")
    public RestResponse<RecommendationDto> respond(
            @PathParam("id") String id, ResponseInput input, @HeaderParam("If-Match") String ifMatch) {
        RecommendationDto dto = service.respond(current.get(), id(id), input, ifMatch);
        return Saved.withETag(dto, dto.version());
    }

    @POST
    @Path("/{id}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "closeRecommendation",
            summary = "The department's verdict",
            description = "By the municipality's editors only; status becomes closed. Already closed gives 409.")
    public RestResponse<RecommendationDto> verdict(
            @PathParam("id") String id, VerdictInput input, @HeaderParam("If-Match") String ifMatch) {
        RecommendationDto dto = service.verdict(current.get(), id(id), input, ifMatch);
        return Saved.withETag(dto, dto.version());
    }

    @DELETE
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Operation(
            operationId = "deleteRecommendation",
            summary = "Delete an open recommendation",
            description = "By the municipality's editors; answered or closed ones give 409.")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(current.get(), id(id), ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/effect")
    @Operation(
            operationId = "getRecommendationEffect",
            summary = "The effect at the school",
            description = "The recommendation's indicators at its school the year before the deadline's year and "
                    + "the year after, each judged by the indicator's direction.")
    public Effect effect(@PathParam("id") String id) {
        return service.effect(current.get(), id(id));
    }

    /** A path id of digits; anything else names no recommendation (404). */
    private static long id(String raw) {
        if (raw == null || !raw.matches("\\d{1,18}")) {
            throw ProblemException.notFound("id", "Рекомендация «" + raw + "» не найдена");
        }
        return Long.parseLong(raw);
    }
}
