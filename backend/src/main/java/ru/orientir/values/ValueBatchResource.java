package ru.orientir.values;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.common.Params;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/values/batch")
@Tag(name = "Values")
@Produces(MediaType.APPLICATION_JSON)
public class ValueBatchResource {

    @Inject
    ValueBatchService service;

    @Inject
    CurrentCaller current;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "writeValueBatch",
            summary = "Write many measured values at once, all or none",
            description = "Each item is a value by its natural key, as for PUT /values, checked by the same rules as "
                    + "PUT /values and a values file (scope, codes, locked years, unit and scale, category, duplicates "
                    + "in the batch). With version, an item is refused when its stored value has another version now "
                    + "(code stale_version). Nothing is written unless every item passes: a refused batch answers one "
                    + "problem+json listing every item's errors as items[i].field (403 when an item is outside the "
                    + "caller's scope, 412 when the only errors are values changed meanwhile, 422 otherwise). "
                    + "dryRun=true checks and writes nothing (the entry grid checks its cells with it). Every change is "
                    + "audited, one event per value, under the caller's channel.")
    public ValueBatchResult write(
            @QueryParam("dryRun")
                    @Parameter(
                            description = "true: check everything, write nothing (exactly true or false)",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    String dryRun,
            ValueBatchInput body) {
        Params p = new Params();
        boolean dry = p.bool("dryRun", dryRun, false);
        p.throwIfAny();
        return service.write(current.get(), body, dry);
    }
}
