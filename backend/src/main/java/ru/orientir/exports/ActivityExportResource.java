package ru.orientir.exports;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.common.Params;
import ru.orientir.files.FileFormat;
import ru.orientir.imports.ImportType;
import ru.orientir.plans.ActivityService;
import ru.orientir.security.CurrentCaller;

/** Plans' trees and activities as CSV or XLSX in the columns of the activities import. */
@Path("/api/v1/exports/activities")
@Tag(name = "Imports")
public class ActivityExportResource {

    @Inject
    ActivityService activities;

    @Inject
    CurrentCaller current;

    @GET
    @Produces({"text/csv", FileFormat.XLSX_TYPE})
    @Operation(
            operationId = "exportActivities",
            summary = "Plans' nodes and activities the caller sees, as CSV or XLSX in the import format",
            description = "The columns of the import type=activities: each plan's goals, projects and tasks first"
                    + " (kind, parents before children), then its activities; due is canonical (a recurring one as"
                    + " «ежегодно, август» with recurrence), so that the file re-imports unchanged.")
    public Response export(
            @Parameter(description = "Only this municipality's plans") @QueryParam("municipality") String municipality,
            @Parameter(description = "Only this plan") @QueryParam("plan") String plan,
            @Parameter(
                            description = "File format, csv by default",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"csv", "xlsx"},
                                            defaultValue = "csv"))
                    @QueryParam("format")
                    String format) {
        Params p = new Params();
        String f = p.oneOf("format", format, ExportQuery.FORMATS, "csv");
        p.throwIfAny();
        List<String> columns = ImportType.ACTIVITIES.columns();
        List<List<String>> rows = activities.exportRows(current.get(), municipality, plan, columns);
        String type = "xlsx".equals(f) ? FileFormat.XLSX_TYPE : "text/csv; charset=UTF-8";
        return Response.ok(ExportService.table("Мероприятия", columns, rows, f), type)
                .header(
                        "Content-Disposition",
                        ExportNames.of(ExportNames.ACTIVITIES, plan != null ? plan : municipality, null, f)
                                .contentDisposition())
                .build();
    }
}
