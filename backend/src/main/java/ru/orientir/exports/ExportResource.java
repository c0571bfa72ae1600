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

/** Files in the import format: exports of values and targets, and the template to fill in. */
@Path("/api/v1")
@Tag(name = "Imports")
public class ExportResource {

    @Inject
    ExportService service;
    @Inject
    CurrentCaller current;

    @GET
    @Path("/values/export")
    @Produces({"text/csv", FileFormat.XLSX_TYPE})
    @Operation(summary = "Measured values the caller may read, as CSV or XLSX in the import format (re-imports unchanged)")
    public Response values(@QueryParam("format") String format, @QueryParam("municipality") String municipality,
            @QueryParam("indicator") String indicator, @QueryParam("organization") String organization,
            @QueryParam("year") Integer year, @QueryParam("yearFrom") Integer yearFrom, @QueryParam("yearTo") Integer yearTo) {
        return file(Kind.VALUES, "values", format, new Filters(municipality, indicator, organization, year, yearFrom, yearTo));
    }

    @GET
    @Path("/targets/export")
    @Produces({"text/csv", FileFormat.XLSX_TYPE})
    @Operation(summary = "Targets and baselines the caller may read, as CSV or XLSX in the import format")
    public Response targets(@QueryParam("format") String format, @QueryParam("municipality") String municipality,
            @QueryParam("indicator") String indicator, @QueryParam("organization") String organization,
            @QueryParam("year") Integer year, @QueryParam("yearFrom") Integer yearFrom, @QueryParam("yearTo") Integer yearTo) {
        return file(Kind.TARGETS, "targets", format, new Filters(municipality, indicator, organization, year, yearFrom, yearTo));
    }

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

    private Response file(Kind kind, String name, String format, Filters filters) {
        String f = format == null || format.isBlank() ? "csv" : format.trim().toLowerCase();
        if (!List.of("csv", "xlsx").contains(f)) {
            throw ProblemException.badRequest("format", "unknown_format", "Формат «" + format + "» не поддерживается: csv или xlsx");
        }
        String type = "xlsx".equals(f) ? FileFormat.XLSX_TYPE : "text/csv; charset=UTF-8";
        return Response.ok(service.export(current.get(), kind, filters, f), type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + f + "\"").build();
    }
}
