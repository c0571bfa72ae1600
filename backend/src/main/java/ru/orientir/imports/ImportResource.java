package ru.orientir.imports;

import ru.orientir.files.FileFormat;
import ru.orientir.files.SpreadsheetText;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.ProblemException;
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

    @POST
    @APIResponse(responseCode = "201", description = "The file was checked (and written unless rejected or a dry run): the finished job",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(responseCode = "202", description = "A large file: the job is queued and runs in the background; follow GET /api/v1/imports/{id}",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(responseCode = "200", description = "The Idempotency-Key was used before: the first job, nothing written again",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the configured limit")
    @Consumes({"text/csv", MediaType.APPLICATION_JSON, ru.orientir.files.FileFormat.XLSX_TYPE, "text/plain",
            MediaType.APPLICATION_OCTET_STREAM, "application/csv"})
    @Operation(summary = "Upload a file of values, targets, indicators, organizations, municipalities or regions "
            + "(CSV, JSON array or XLSX as the body). Small files answer 201 with the finished job, large ones 202 "
            + "with the queued job; a replayed Idempotency-Key answers 200 with the first job")
    public Response upload(@QueryParam("type") @Parameter(description = "values, targets, indicators, organizations, municipalities, regions") String type,
            @QueryParam("dryRun") @Parameter(description = "true: check everything, write nothing") String dryRun,
            @QueryParam("mode") @Parameter(description = "atomic (default): all rows or none; partial: the good rows") String mode,
            @QueryParam("fileName") @Parameter(description = "Name of the file, shown in the job list") String fileName,
            @HeaderParam("Idempotency-Key") String key, @HeaderParam("Content-Type") String contentType,
            @HeaderParam("Content-Length") Long length, InputStream body) {
        return answer(service.upload(current.get(),
                new ImportService.Request(type, mode, dryRun, key, contentType, fileName), body, length));
    }

    @POST
    @APIResponse(responseCode = "201", description = "The file was checked (and written unless rejected or a dry run): the finished job",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(responseCode = "202", description = "A large file: the job is queued and runs in the background; follow GET /api/v1/imports/{id}",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(responseCode = "200", description = "The Idempotency-Key was used before: the first job, nothing written again",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the configured limit")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a file as the multipart/form-data field «file»")
    public Response uploadForm(@QueryParam("type") String type, @QueryParam("dryRun") String dryRun,
            @QueryParam("mode") String mode, @HeaderParam("Idempotency-Key") String key,
            @RestForm("file") FileUpload file) {
        if (file == null) {
            throw ProblemException.badRequest("file", "required", "В форме нет поля «file» с файлом");
        }
        return answer(service.upload(current.get(),
                new ImportService.Request(type, mode, dryRun, key, file.contentType(), file.fileName()), file.uploadedFile()));
    }

    /** A body that ends before its multipart form does (wrong boundary, truncated part): 400, not 500. */
    @org.jboss.resteasy.reactive.server.ServerExceptionMapper
    public Response brokenBody(java.io.IOException e, jakarta.ws.rs.core.UriInfo uri) {
        ProblemException p = ProblemException.badRequest("file", "broken_body", "Тело запроса повреждено или передано "
                + "не полностью (для multipart/form-data: неверный boundary или обрезанная часть). Отправьте файл заново");
        return Response.status(400).type(ru.orientir.common.Problem.MEDIA_TYPE)
                .entity(p.toProblem(uri.getPath())).build();
    }

    private static Response answer(ImportService.Accepted a) {
        URI location = URI.create("/api/v1/imports/" + a.job().id());
        if (!a.created()) {
            return Response.ok(a.job()).location(location).build();
        }
        boolean finished = !"queued".equals(a.job().status()) && !"running".equals(a.job().status());
        return Response.status(finished ? 201 : 202).location(location).entity(a.job()).build();
    }

    @GET
    @Operation(summary = "Past import jobs: the caller's own (all for admins and the ministry), newest first")
    public PageResult<ImportJobDto> list(@QueryParam("type") String type, @QueryParam("status") String status,
            @BeanParam PageParams page) {
        return service.list(current.get(), type, status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An import job: status, progress, counts and the first 1000 errors")
    public ImportJobDto get(@PathParam("id") String id) {
        return service.job(current.get(), uuid(id));
    }

    @GET
    @Path("/{id}/errors")
    @Produces("text/csv")
    @Operation(summary = "The bad rows of a job as CSV: row,column,value,message (the first 10,000 by default)")
    public Response errors(@PathParam("id") String id) {
        ImportJob job = service.visible(current.get(), uuid(id));
        StreamingOutput out = os -> {
            OutputStreamWriter w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            try (CsvWriter csv = CsvWriter.builder().build(w)) {
                csv.writeRecord("row", "column", "value", "message");
                for (ImportErrorDto e : service.errors(job, Integer.MAX_VALUE)) {
                    csv.writeRecord(String.valueOf(e.row()), SpreadsheetText.neutralise(e.column()),
                            SpreadsheetText.neutralise(e.value()), SpreadsheetText.neutralise(e.message()));
                }
            }
        };
        return Response.ok(out, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + job.id + "-errors.csv\"").build();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("id", "Задание импорта " + id + " не найдено");
        }
    }
}
