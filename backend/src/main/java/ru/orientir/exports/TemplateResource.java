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
import ru.orientir.imports.Template;
import ru.orientir.security.CurrentCaller;

/** The XLSX templates a municipality (or a school) fills in for a year: values and targets. */
@Path("/api/v1/templates")
@Tag(name = "Imports")
public class TemplateResource {

    private static final String ROWS =
            " Rows: the indicators that apply (active, of the municipality's regional catalogue:"
                    + " never another region's indicators; municipality-level ones for the municipality, organization-level ones"
                    + " for organization= or group=, a school coordinator's own schools otherwise), with Russian headers, the"
                    + " indicator's name, unit and area, the current value and target, drop-downs, number checks and a hidden"
                    + " key column (orientir_key). Uploaded back (uploadImport), a row whose value cell is empty means «no"
                    + " change» and an unchanged row writes nothing; the job reports rowsChanged, rowsUnchanged, rowsEmpty.";

    @Inject
    TemplateService service;

    @Inject
    CurrentCaller current;

    @GET
    @Path("values")
    @Produces(FileFormat.XLSX_TYPE)
    @Operation(
            operationId = "getValuesTemplate",
            description = "A sheet to fill in the values of a year." + ROWS,
            summary = "XLSX template of a municipality's (or school's) values for a year, current values filled in")
    public Response values(
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
                    String rawYear,
            @QueryParam("organization") @Parameter(description = "Organization code: that school's rows")
                    String organization,
            @QueryParam("area") @Parameter(description = "Area (direction) name or id") String area,
            @QueryParam("group") @Parameter(description = "Register code: a row per organization of the register")
                    String group) {
        return template(Template.Kind.VALUES, municipality, rawYear, organization, area, group);
    }

    @GET
    @Path("targets")
    @Produces(FileFormat.XLSX_TYPE)
    @Operation(
            operationId = "getTargetsTemplate",
            description = "A sheet to fill in the targets of a year (kind target), the fact beside each." + ROWS,
            summary = "XLSX template of a municipality's (or school's) targets for a year, current targets filled in")
    public Response targets(
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
                    String rawYear,
            @QueryParam("organization") @Parameter(description = "Organization code: that school's rows")
                    String organization,
            @QueryParam("area") @Parameter(description = "Area (direction) name or id") String area,
            @QueryParam("group") @Parameter(description = "Register code: a row per organization of the register")
                    String group) {
        return template(Template.Kind.TARGETS, municipality, rawYear, organization, area, group);
    }

    private Response template(
            Template.Kind kind, String municipality, String rawYear, String organization, String area, String group) {
        Params p = new Params();
        p.required("municipality", municipality);
        int year = p.requiredYear("year", rawYear);
        p.throwIfAny();
        TemplateService.Request r = service.request(
                current.get(), kind, municipality, year, blank(organization), blank(area), blank(group));
        return Response.ok(service.workbook(r), FileFormat.XLSX_TYPE)
                .header(
                        "Content-Disposition",
                        ExportNames.of(
                                        kind == Template.Kind.VALUES
                                                ? ExportNames.VALUES_TEMPLATE
                                                : ExportNames.TARGETS_TEMPLATE,
                                        municipality,
                                        year,
                                        "xlsx")
                                .contentDisposition())
                .build();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
