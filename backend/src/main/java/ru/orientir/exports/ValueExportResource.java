package ru.orientir.exports;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.exports.ExportService.Kind;
import ru.orientir.imports.source.FileFormat;
import ru.orientir.security.CurrentCaller;

/** Measured values the caller may read, as CSV or XLSX in the import format (re-imports unchanged) */
@Path("/api/v1/values/export")
@Tag(name = "Imports")
public class ValueExportResource {

    @Inject
    ExportService service;
    @Inject
    CurrentCaller current;

    @GET
    @Produces({"text/csv", FileFormat.XLSX_TYPE})
    @Operation(summary = "Measured values the caller may read, as CSV or XLSX in the import format (re-imports unchanged)")
    public Response export(@BeanParam ExportQuery query) {
        String format = query.checkedFormat();
        String type = "xlsx".equals(format) ? FileFormat.XLSX_TYPE : "text/csv; charset=UTF-8";
        return Response.ok(service.export(current.get(), Kind.VALUES, query.filters(), format), type)
                .header("Content-Disposition", "attachment; filename=\"values." + format + "\"").build();
    }
}
