package ru.orientir.imports;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Params;
import ru.orientir.common.ProblemException;
import ru.orientir.files.FileFormat;
import ru.orientir.files.SpreadsheetText;
import ru.orientir.imports.ImportDtos.ImportErrorDto;
import ru.orientir.imports.ImportDtos.ImportJobDto;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/imports")
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    ImportService service;

    @Inject
    CurrentCaller current;

    static final String UPLOAD_DESCRIPTION = "Every row is checked like the single-row API (codes, rights, locked "
            + "periods, units and scales, comparators, duplicates within the file); every bad row is reported with its "
            + "line (the header is line 1), column and a message in Russian. mode=atomic (default) writes every row or "
            + "none, mode=partial writes the good rows; dryRun=true only checks. Files under 1 MB answer 201 with the "
            + "finished job, larger ones 202 with the queued job (follow GET /api/v1/imports/{id}); a replayed "
            + "Idempotency-Key answers 200 with the first job and writes nothing twice.";

    @POST
    @APIResponse(
            responseCode = "201",
            description = "The file was checked (and written unless rejected or a dry " + "run): the finished job",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(
            responseCode = "202",
            description =
                    "A large file: the job is queued and runs in the background; " + "follow GET /api/v1/imports/{id}",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(
            responseCode = "200",
            description = "The Idempotency-Key was used before: the first job, nothing " + "written again",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the configured limit")
    @Consumes({
        "text/csv",
        MediaType.APPLICATION_JSON,
        ru.orientir.files.FileFormat.XLSX_TYPE,
        "text/plain",
        MediaType.APPLICATION_OCTET_STREAM,
        "application/csv"
    })
    @Operation(
            operationId = "uploadImport",
            summary =
                    "Upload a file of values, targets, indicators, organizations, "
                            + "municipalities, regions or groups (registers) (CSV, JSON array or XLSX), as the body or as the multipart/form-data field «file»",
            description = UPLOAD_DESCRIPTION)
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "text/csv",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"),
                        example = "municipality,indicator,year,value\nkaluga,kaluga-12,2024,12.5\n"),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = FileFormat.XLSX_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MediaType.APPLICATION_OCTET_STREAM,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response upload(
            @QueryParam("type")
                    @Parameter(
                            required = true,
                            description = TYPE,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "values",
                                                "targets",
                                                "indicators",
                                                "organizations",
                                                "municipalities",
                                                "regions",
                                                "groups",
                                                "activities"
                                            }))
                    String type,
            @QueryParam("dryRun")
                    @Parameter(
                            description = DRY_RUN,
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    String dryRun,
            @QueryParam("mode")
                    @Parameter(
                            description = MODE,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"atomic", "partial"},
                                            defaultValue = "atomic"))
                    String mode,
            @QueryParam("fileName") @Parameter(description = "Name of the file, shown in the job list") String fileName,
            @HeaderParam("Idempotency-Key") @Parameter(description = KEY) String key,
            @HeaderParam("Content-Type") String contentType,
            @HeaderParam("Content-Length") @Parameter(hidden = true) Long length,
            InputStream body) {
        return answer(
                service.upload(current.get(), request(type, dryRun, mode, key, contentType, fileName), body, length));
    }

    static final String TYPE = "What the file holds. groups (registers of organizations): one row per member with the "
            + "columns municipality, group, organization, and name, year_from, year_to, description on the register's "
            + "first row; a register named in the file is replaced: its members become exactly the organizations of its "
            + "rows, and a register with a bad row is not written (in partial mode too). activities: plan, code, title, "
            + "due, responsible, result, status, indicators, organizations (codes separated by |), and kind "
            + "(goal, project, task or activity, the default: the first three write the plan's tree), parent, "
            + "recurrence, result_indicator, result_target, groups; the plan must exist and be a draft";
    static final String DRY_RUN = "true: check everything, write nothing (exactly true or false)";
    static final String MODE = "atomic (default): all rows or none; partial: the good rows";
    static final String KEY = "A key of your choice (up to 200 characters): the same key again returns the first job";

    @POST
    @APIResponse(
            responseCode = "201",
            description = "The file was checked (and written unless rejected or a dry " + "run): the finished job",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(
            responseCode = "202",
            description =
                    "A large file: the job is queued and runs in the background; " + "follow GET /api/v1/imports/{id}",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(
            responseCode = "200",
            description = "The Idempotency-Key was used before: the first job, nothing " + "written again",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the configured limit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            operationId = "uploadImport",
            summary = "Upload a file as the multipart/form-data field «file»",
            description = UPLOAD_DESCRIPTION)
    public Response uploadForm(
            @QueryParam("type")
                    @Parameter(
                            required = true,
                            description = TYPE,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "values",
                                                "targets",
                                                "indicators",
                                                "organizations",
                                                "municipalities",
                                                "regions",
                                                "groups",
                                                "activities"
                                            }))
                    String type,
            @QueryParam("dryRun")
                    @Parameter(
                            description = DRY_RUN,
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    String dryRun,
            @QueryParam("mode")
                    @Parameter(
                            description = MODE,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"atomic", "partial"},
                                            defaultValue = "atomic"))
                    String mode,
            @HeaderParam("Idempotency-Key") @Parameter(description = KEY) String key,
            @RestForm("file") FileUpload file) {
        ImportService.Request req = request(type, dryRun, mode, key, null, null);
        if (file == null) {
            throw ProblemException.badRequest("file", "required", "В форме нет поля «file» с файлом");
        }
        return answer(service.upload(
                current.get(),
                new ImportService.Request(
                        req.type(), req.mode(), req.dryRun(), key, file.contentType(), file.fileName()),
                file.uploadedFile()));
    }

    /** The one place the upload's parameters are parsed: the job runs on exactly these values. */
    private static ImportService.Request request(
            String type, String dryRun, String mode, String key, String contentType, String fileName) {
        Params p = new Params();
        String t = p.requiredOneOf("type", type, ImportType.codes());
        boolean dry = p.bool("dryRun", dryRun, false);
        String m = p.oneOf("mode", mode, ImportService.MODES, "atomic");
        p.throwIfAny();
        return new ImportService.Request(ImportType.parse(t), m, dry, key, contentType, fileName);
    }

    /** A body that ends before its multipart form does (wrong boundary, truncated part): 400, not 500. */
    @org.jboss.resteasy.reactive.server.ServerExceptionMapper
    public Response brokenBody(java.io.IOException e, jakarta.ws.rs.core.UriInfo uri) {
        ProblemException p = ProblemException.badRequest(
                "file",
                "broken_body",
                "Тело запроса повреждено или передано "
                        + "не полностью (для multipart/form-data: неверный boundary или обрезанная часть). Отправьте файл заново");
        return Response.status(400)
                .type(ru.orientir.common.Problem.MEDIA_TYPE)
                .entity(p.toProblem(uri.getPath()))
                .build();
    }

    private static Response answer(ImportService.Accepted a) {
        URI location = URI.create("/api/v1/imports/" + a.job().id());
        if (!a.created()) {
            return Response.ok(a.job()).location(location).build();
        }
        boolean finished =
                !"queued".equals(a.job().status()) && !"running".equals(a.job().status());
        return Response.status(finished ? 201 : 202)
                .location(location)
                .entity(a.job())
                .build();
    }

    @GET
    @Operation(
            operationId = "listImports",
            summary = "Past import jobs, newest first",
            description = "The caller's own jobs; admins and the ministry see every job.")
    public PageResult<ImportJobDto> list(
            @QueryParam("type")
                    @Parameter(
                            description = TYPE,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "values",
                                                "targets",
                                                "indicators",
                                                "organizations",
                                                "municipalities",
                                                "regions",
                                                "groups",
                                                "activities"
                                            }))
                    String type,
            @QueryParam("status")
                    @Parameter(
                            description = "Only jobs in this state",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"queued", "running", "succeeded", "failed", "rejected"}))
                    String status,
            @BeanParam PageParams page) {
        Params p = new Params();
        String t = p.oneOf("type", type, ImportType.codes(), null);
        String s = p.oneOf("status", status, ImportJob.STATUSES, null);
        p.throwIfAny();
        return service.list(current.get(), t, s, page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getImport",
            summary = "An import job: status, progress, counts and the first 1000 errors",
            description = "A job of another caller is not found (404), unless the caller is an admin or the ministry.")
    public ImportJobDto get(
            @PathParam("id")
                    @Parameter(
                            description = "Job id (UUID)",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String id) {
        return service.job(current.get(), uuid(id));
    }

    @GET
    @Path("/{id}/errors")
    @Produces("text/csv")
    @Operation(
            operationId = "getImportErrors",
            summary = "The bad rows of a job as CSV",
            description = "Columns row, column, value, message; UTF-8 with a BOM, so that Excel opens it as it is.")
    @APIResponse(
            responseCode = "200",
            description = "The bad rows",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response errors(
            @PathParam("id")
                    @Parameter(
                            description = "Job id (UUID)",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String id) {
        ImportJob job = service.visible(current.get(), uuid(id));
        StreamingOutput out = os -> {
            OutputStreamWriter w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            try (CsvWriter csv = CsvWriter.builder().build(w)) {
                csv.writeRecord("row", "column", "value", "message");
                for (ImportErrorDto e : service.errors(job, Integer.MAX_VALUE)) {
                    csv.writeRecord(
                            String.valueOf(e.row()),
                            SpreadsheetText.neutralise(e.column()),
                            SpreadsheetText.neutralise(e.value()),
                            SpreadsheetText.neutralise(e.message()));
                }
            }
        };
        return Response.ok(out, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + job.id + "-errors.csv\"")
                .build();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("id", "Задание импорта " + id + " не найдено");
        }
    }
}
