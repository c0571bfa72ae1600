package ru.orientir.reports;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.common.Params;
import ru.orientir.exports.ExportNames;
import ru.orientir.files.FileFormat;
import ru.orientir.security.CurrentCaller;

/** The annual report of a municipality, a school or a region: PDF to print and publish, XLSX, HTML to preview. */
@Path("/api/v1/reports/annual")
@Tag(name = "Reports")
public class ReportResource {

    static final String PDF_TYPE = "application/pdf";
    static final String HTML_TYPE = "text/html;charset=UTF-8";

    @Inject
    AnnualReportBuilder builder;

    @Inject
    CurrentCaller current;

    @GET
    @Produces({PDF_TYPE, FileFormat.XLSX_TYPE, "text/html"})
    @Operation(
            operationId = "getAnnualReport",
            summary = "The annual report for a year as PDF, XLSX or HTML",
            description = "Title page (who, year, the reporting period's state: a year that is not approved is"
                    + " watermarked «ЧЕРНОВИК»), a table of contents, the summary of attainment per area with a chart,"
                    + " per area the indicators (name, unit, target with comparator, fact, deviation, status, the facts"
                    + " of the last three years; school-level indicators with how many schools met their target), the"
                    + " year's risk flags and registers, the plan activities due in the year with their status, and the"
                    + " data sources. municipality= gives the municipality's report, with organization= the school's;"
                    + " region= the region's, in which each indicator counts the municipalities that met their target."
                    + " The report shows what the caller may read, nothing more. format=pdf (default) embeds its fonts;"
                    + " html is one self-contained page (the SPA's preview).")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = {
                @Content(mediaType = PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = FileFormat.XLSX_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING))
            })
    public Response annual(
            @QueryParam("municipality") @Parameter(description = "Municipality code") String municipality,
            @QueryParam("organization")
                    @Parameter(description = "Organization code (with municipality): the school's report")
                    String organization,
            @QueryParam("region") @Parameter(description = "Region code (instead of municipality)") String region,
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
                            description = "pdf (default), xlsx or html",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"pdf", "xlsx", "html"},
                                            defaultValue = "pdf"))
                    String format) {
        ReportRequest r = ReportRequest.of(municipality, organization, region, year, format);
        AnnualReport report = builder.build(current.get(), r);
        ExportNames names = ExportNames.of(ExportNames.ANNUAL_REPORT, r.subjectCode(), r.year(), r.format());
        return switch (r.format()) {
            case ReportRequest.XLSX ->
                Response.ok(XlsxReport.render(report), FileFormat.XLSX_TYPE)
                        .header("Content-Disposition", names.contentDisposition())
                        .build();
            case ReportRequest.HTML ->
                Response.ok(HtmlReport.render(report).getBytes(StandardCharsets.UTF_8), HTML_TYPE)
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                        .build();
            default ->
                Response.ok(PdfReport.render(report), PDF_TYPE)
                        .header("Content-Disposition", names.contentDisposition())
                        .build();
        };
    }
}
