package ru.orientir.plans;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import ru.orientir.plans.PlanDtos.EvidenceDto;
import ru.orientir.plans.PlanDtos.EvidenceInput;
import ru.orientir.plans.PlanDtos.EvidenceList;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/plans/{code}/activities/{activity}/evidence")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    static final String WHO = "By the plan's keepers and the users named responsible; allowed on approved plans.";

    @Inject
    EvidenceService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(operationId = "listEvidence", summary = "An activity's evidence", description = "Oldest first.")
    public EvidenceList list(@PathParam("code") String code, @PathParam("activity") String activity) {
        return service.list(current.get(), code, activity);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EvidenceDto.class)))
    @APIResponse(responseCode = "413", description = "Larger than orientir.evidence.max-bytes (10 MiB by default)")
    @APIResponse(responseCode = "415", description = "A type not allowed, or bytes that do not match the extension")
    @Operation(
            operationId = "uploadEvidence",
            summary = "Attach a file (multipart field «file», optional «note»)",
            description = "Allowed: " + EvidenceFiles.ALLOWED + "; the bytes must match the extension (a .pdf starts"
                    + " with %PDF, docx/xlsx/odt/ods are zip, doc/xls OLE, png/jpg their signatures, txt/csv UTF-8 or"
                    + " Windows-1251 text). " + WHO)
    public Response upload(
            @PathParam("code") String code,
            @PathParam("activity") String activity,
            @HeaderParam("Content-Length") Long length,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
            @RestForm("note") String note) {
        service.checkLength(length);
        EvidenceService.Upload up =
                file == null ? null : new EvidenceService.Upload(file.uploadedFile(), file.fileName(), file.size());
        return Response.status(201)
                .entity(service.addFile(current.get(), code, activity, up, note))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EvidenceDto.class)))
    @Operation(
            operationId = "addEvidenceNote",
            summary = "Attach a note or a link",
            description = "A link must be an http(s) address. " + WHO)
    public Response note(@PathParam("code") String code, @PathParam("activity") String activity, EvidenceInput input) {
        return Response.status(201)
                .entity(service.addNote(current.get(), code, activity, input))
                .build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.WILDCARD)
    @APIResponse(
            responseCode = "200",
            description = "The file, with its original name in Content-Disposition",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Operation(
            operationId = "downloadEvidence",
            summary = "Download an evidence file",
            description = "404 for a note or a link.")
    public Response download(
            @PathParam("code") String code, @PathParam("activity") String activity, @PathParam("id") long id) {
        EvidenceService.Download d = service.download(current.get(), code, activity, id);
        return Response.ok(d.body(), d.contentType())
                .header("Content-Disposition", EvidenceService.disposition(d.name()))
                .header("Content-Length", d.size())
                .build();
    }

    @DELETE
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Operation(operationId = "deleteEvidence", summary = "Delete an evidence item", description = WHO)
    public Response delete(
            @PathParam("code") String code, @PathParam("activity") String activity, @PathParam("id") long id) {
        service.delete(current.get(), code, activity, id);
        return Response.noContent().build();
    }
}
