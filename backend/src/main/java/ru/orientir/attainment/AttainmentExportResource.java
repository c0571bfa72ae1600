package ru.orientir.attainment;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.common.Params;
import ru.orientir.exports.ExportNames;
import ru.orientir.files.FileFormat;
import ru.orientir.security.Caller;
import ru.orientir.security.CurrentCaller;

/** The plan-vs-fact workbook of a municipality, a region or every municipality the caller reads. */
@Path("/api/v1/attainment/export")
@Tag(name = "Attainment")
public class AttainmentExportResource {

    @Inject
    AttainmentWorkbook workbook;

    @Inject
    CurrentCaller current;

    @GET
    @Produces(FileFormat.XLSX_TYPE)
    @Operation(
            operationId = "exportAttainment",
            summary = "Plan-vs-fact workbook (XLSX): a summary sheet and a sheet per area",
            description = "The municipality rows of getAttainment for the year: a summary sheet with the counts per"
                    + " area and status, then one sheet per area with indicator, unit, target with comparator, fact,"
                    + " deviation, the status coloured and the facts of the last 5 years. municipality= for one"
                    + " municipality, region= for the municipalities of a region the caller reads, neither for every"
                    + " municipality the caller reads (the ministry).")
    public Response export(
            @QueryParam("municipality") @Parameter(description = "Municipality code") String municipality,
            @QueryParam("region") @Parameter(description = "Region code (without municipality)") String region,
            @QueryParam("year")
                    @Parameter(
                            required = true,
                            description = "The year",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = Params.MIN_YEAR,
                                            maximum = Params.MAX_YEAR))
                    String year,
            @QueryParam("format")
                    @Parameter(
                            description = "File format: xlsx",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"xlsx"},
                                            defaultValue = "xlsx"))
                    String format) {
        Caller caller = current.get();
        AttainmentWorkbook.Scope scope = workbook.scope(caller, municipality, region, year, format);
        return Response.ok(workbook.workbook(caller, scope), FileFormat.XLSX_TYPE)
                .header(
                        "Content-Disposition",
                        ExportNames.of(
                                        ExportNames.ATTAINMENT,
                                        scope.municipality() != null ? scope.municipality() : scope.region(),
                                        scope.year(),
                                        "xlsx")
                                .contentDisposition())
                .build();
    }
}
