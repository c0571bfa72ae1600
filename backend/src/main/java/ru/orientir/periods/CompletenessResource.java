package ru.orientir.periods;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.periods.CompletenessDtos.SummaryDto;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/municipalities/{code}/periods/{year}/completeness")
@Tag(name = "Periods")
@Produces(MediaType.APPLICATION_JSON)
public class CompletenessResource {

    @Inject
    CompletenessSummary summary;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "getPeriodCompleteness",
            summary = "How complete a municipality's year is: the share of its indicators with a value, warnings and"
                    + " plan against fact",
            description = "For the submit and approve dialogs, before the click: the municipality's catalogue (as in"
                    + " the period's completeness), how many of its indicators have a value of the year and the"
                    + " percentage, the number of suspicious values, and the year's attainment counted by status"
                    + " as the dashboard counts it. Whoever may see the period may read it.")
    public SummaryDto get(@BeanParam PeriodPath path) {
        return summary.of(current.get(), path.code, path.year());
    }
}
