package ru.orientir.rules;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Params;
import ru.orientir.rules.FlagDtos.FlagDto;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/flags")
@Tag(name = "Rules")
@Produces(MediaType.APPLICATION_JSON)
public class FlagResource {

    @Inject
    FlagService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "listFlags",
            summary = "Schools (or municipalities) a rule flags in a year, with the evidence",
            description = "Computed live from the current values. A unit is flagged when the rule's conditions "
                    + "(combined by any or all) hold in at least minYears of the window's years; a year in which "
                    + "the unit gave no value of any of the conditions (indicator and category) never holds. Only units with data are "
                    + "judged. Within the caller's scope: a school coordinator sees its own school's flags. "
                    + "Ordered by rule, municipality and school name.")
    public PageResult<FlagDto> list(
            @Parameter(description = "Only this municipality (default: all in the caller's scope)")
                    @QueryParam("municipality")
                    String municipality,
            @Parameter(
                            required = true,
                            description = "The year judged",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = Params.MIN_YEAR,
                                            maximum = Params.MAX_YEAR))
                    @QueryParam("year")
                    String year,
            @Parameter(description = "Only this rule (default: every rule that applies)") @QueryParam("rule")
                    String rule,
            @Parameter(description = "Only this organization (needs municipality)") @QueryParam("organization")
                    String organization,
            @BeanParam PageParams page) {
        return service.flags(current.get(), municipality, year, rule, organization, page);
    }
}
