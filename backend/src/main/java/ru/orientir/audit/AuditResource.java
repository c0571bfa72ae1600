package ru.orientir.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditQuery audit;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "listAuditEvents",
            summary = "Audit trail, newest first: who changed what, when, through which channel, old → new",
            description = "Callers limited to some municipalities see their events and catalogue events only.")
    public PageResult<AuditEventDto> list(
            @QueryParam("entityType")
                    @Parameter(
                            description = "Entity type (value, target, period, plan, activity, indicator, "
                                    + "organization, ...) or several separated by commas: value,target,period")
                    String entityType,
            @QueryParam("entityId") String entityId,
            @QueryParam("municipality") String municipality,
            @QueryParam("indicator") String indicator,
            @QueryParam("actor") String actor,
            @QueryParam("importJob") @Parameter(description = "Import job id (UUID)") String importJob,
            @QueryParam("from") @Parameter(description = "From this date or ISO date-time, inclusive") String from,
            @QueryParam("to") @Parameter(description = "Up to this date (inclusive) or ISO date-time (exclusive)")
                    String to,
            @BeanParam PageParams page) {
        return audit.list(
                current.get(),
                new AuditQuery.Request(entityType, entityId, municipality, indicator, actor, importJob, from, to),
                page);
    }
}
