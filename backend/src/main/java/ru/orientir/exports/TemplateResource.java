package ru.orientir.exports;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
    @Operation(summary = "XLSX template of a municipality's values for a year: active indicators listed, value empty")
    public Response template(@QueryParam("municipality") String municipality, @QueryParam("year") Integer year) {
        var out = service.valuesTemplate(current.get(), municipality, year);
        if (Municipality.count("code", municipality) == 0) {
            throw ExportService.unknownMunicipality(municipality);
        }
        return Response.ok(out, FileFormat.XLSX_TYPE).header("Content-Disposition",
                "attachment; filename=\"values-" + municipality + "-" + year + ".xlsx\"").build();
    }
}
