package ru.orientir.exports;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.exports.ExportService.Kind;
import ru.orientir.files.FileFormat;
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
    @Operation(
            operationId = "exportValues",
            description = "The file has the columns of the values import, so that "
                    + "an export re-imports unchanged; the list filters apply. The stored values only: the computed "
                    + "facts of derived indicators (computed true in GET /values) are left out of a CSV (either "
                    + "dialect), which therefore re-imports with nothing changed and nothing refused; the XLSX for "
                    + "people shows them on a sheet of their own, «Рассчитано» (codes, year, value, numerator and "
                    + "denominator, the indicator's name and unit, the rule and how the value was computed), which "
                    + "the import does not read (it reads the first sheet).",
            summary = "Measured values the caller may read, as CSV or XLSX in the import format (re-imports unchanged)")
    public Response export(@BeanParam ExportQuery query) {
        return service.download(current.get(), Kind.VALUES, "values", query);
    }
}
