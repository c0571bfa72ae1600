package ru.orientir.exports;

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
import ru.orientir.files.FileFormat;
import ru.orientir.security.CurrentCaller;
import ru.orientir.territory.Municipality;

/** The XLSX template a municipality fills in for a year. */
@Path("/api/v1/templates/values")
@Tag(name = "Imports")
public class TemplateResource {

    @Inject
    ExportService service;

    @Inject
    CurrentCaller current;

    @GET
    @Produces(FileFormat.XLSX_TYPE)
    @Operation(
            operationId = "getValuesTemplate",
            description = "A sheet with one row per active indicator of the "
                    + "catalogue for the municipality and year, value empty, and a second sheet naming the indicators; fill "
                    + "it in and upload it with uploadImport (type=values). A school coordinator's sheet holds its own "
                    + "school's rows of the organization-level indicators (organization filled in).",
            summary = "XLSX template of a municipality's values for a year: active indicators listed, value empty")
    public Response template(
            @QueryParam("municipality") @Parameter(required = true, description = "Municipality code")
                    String municipality,
            @QueryParam("year")
                    @Parameter(
                            required = true,
                            description = "The year to fill in",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = Params.MIN_YEAR,
                                            maximum = Params.MAX_YEAR))
                    String rawYear) {
        Params p = new Params();
        p.required("municipality", municipality);
        int year = p.requiredYear("year", rawYear);
        p.throwIfAny();
        var out = service.valuesTemplate(current.get(), municipality, year);
        if (Municipality.count("code", municipality) == 0) {
            throw ExportService.unknownMunicipality(municipality);
        }
        return Response.ok(out, FileFormat.XLSX_TYPE)
                .header("Content-Disposition", "attachment; filename=\"values-" + municipality + "-" + year + ".xlsx\"")
                .build();
    }
}
