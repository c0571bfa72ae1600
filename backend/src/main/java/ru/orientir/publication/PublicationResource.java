package ru.orientir.publication;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.common.Params;
import ru.orientir.publication.PublicationDtos.PublicationDto;
import ru.orientir.publication.PublicationDtos.PublishInput;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/municipalities/{code}/periods/{year}")
@Tag(name = "Publication")
@Produces(MediaType.APPLICATION_JSON)
public class PublicationResource {

    @Inject
    PublicationService service;

    @Inject
    CurrentCaller current;

    @GET
    @Path("/publication")
    @Operation(
            operationId = "getPublication",
            summary = "What of a municipality's year is open to the public, per area and per indicator",
            description = "For those who see the municipality. The indicators are the municipality rows of the year's"
                    + " plan and fact; canPublish says whether the caller may publish them.")
    public PublicationDto get(
            @PathParam("code") @Parameter(description = "Municipality code") String code,
            @PathParam("year")
                    @Parameter(
                            description = "Reporting year",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = Params.MIN_YEAR,
                                            maximum = Params.MAX_YEAR))
                    String year) {
        return service.get(current.get(), code, Params.requireYear("year", year));
    }

    @POST
    @Path("/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "publishPeriod",
            summary = "Open an approved year's figures to the public (ministry analyst, admin; the municipality's"
                    + " editors when its region allows it)",
            description = "Adds the named areas' and indicators' figures to what is published (without a body: every"
                    + " indicator of the year). Only an approved year: otherwise 409 saying why; an area or indicator"
                    + " that is not among the year's is 422 on its field. Audited; reopening the year stops its"
                    + " publication at once.")
    public PublicationDto publish(
            @PathParam("code") @Parameter(description = "Municipality code") String code,
            @PathParam("year")
                    @Parameter(
                            description = "Reporting year",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = Params.MIN_YEAR,
                                            maximum = Params.MAX_YEAR))
                    String year,
            @RequestBody(required = false) PublishInput input) {
        return service.publish(current.get(), code, Params.requireYear("year", year), input);
    }

    @POST
    @Path("/unpublish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "unpublishPeriod",
            summary = "Take a year's figures (or some areas or indicators of it) off the public portal",
            description = "Without a body, everything of the year. The next public request no longer shows them."
                    + " Audited when something was published.")
    public PublicationDto unpublish(
            @PathParam("code") @Parameter(description = "Municipality code") String code,
            @PathParam("year")
                    @Parameter(
                            description = "Reporting year",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = Params.MIN_YEAR,
                                            maximum = Params.MAX_YEAR))
                    String year,
            @RequestBody(required = false) PublishInput input) {
        return service.unpublish(current.get(), code, Params.requireYear("year", year), input);
    }
}
