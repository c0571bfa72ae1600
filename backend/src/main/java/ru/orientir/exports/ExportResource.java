package ru.orientir.exports;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.common.ProblemException;
import ru.orientir.exports.ExportService.Filters;
import ru.orientir.exports.ExportService.Kind;
import ru.orientir.imports.source.FileFormat;
import ru.orientir.security.CurrentCaller;
import ru.orientir.territory.Municipality;

/** The template to fill in; the exports of values and targets are {@link ValueExportResource} and {@link TargetExportResource}. */
@Path("/api/v1")
@Tag(name = "Imports")
public class ExportResource {

    @Inject
    ExportService service;
    @Inject
    CurrentCaller current;

    @GET
    @Path("/templates/values")
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

    /**
     * The export of values or targets as a file. The two exports live in their own resources under
     * /api/v1/values/export and /api/v1/targets/export: under this class's /api/v1 they were shadowed by
     * ValueResource's and TargetResource's /{id} (the longest class path wins) and answered 404.
     */
    static Response file(ExportService service, ru.orientir.security.Caller caller, Kind kind, String name, String format,
            Filters filters) {
        String f = format == null || format.isBlank() ? "csv" : format.trim().toLowerCase();
        if (!List.of("csv", "xlsx").contains(f)) {
            throw ProblemException.badRequest("format", "unknown_format", "Формат «" + format + "» не поддерживается: csv или xlsx");
        }
        String type = "xlsx".equals(f) ? FileFormat.XLSX_TYPE : "text/csv; charset=UTF-8";
        return Response.ok(service.export(caller, kind, filters, f), type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + f + "\"").build();
    }
}
