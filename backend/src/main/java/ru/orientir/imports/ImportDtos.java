package ru.orientir.imports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of import jobs. */
public final class ImportDtos {

    private ImportDtos() {}

    @Schema(
            name = "ImportError",
            description = "A bad row: its number in the file (header = 1), the column and why",
            requiredProperties = {"row", "message"})
    public record ImportErrorDto(
            long row,
            String column,
            String value,
            @Schema(
                            description =
                                    "The rule broken, the same code as the API's field error for it (e.g. band_inverted,"
                                            + " invalid_format for a cell that cannot be read); absent for an error of the whole row")
                    String code,
            String message) {}

    @Schema(
            name = "ImportJob",
            description = "An upload and its report; errors lists the first 1000 bad rows",
            requiredProperties = {
                "id",
                "type",
                "status",
                "dryRun",
                "mode",
                "actor",
                "rowsTotal",
                "rowsProcessed",
                "rowsImported",
                "rowsRejected",
                "errorsStored",
                "errors",
                "createdAt"
            })
    public record ImportJobDto(
            UUID id,
            String type,
            @Schema(enumeration = {"queued", "running", "succeeded", "failed", "rejected"}) String status,
            boolean dryRun,
            @Schema(enumeration = {"atomic", "partial"}) String mode,
            String format,
            @Schema(
                            description = "CSV: the encoding detected from the file's first bytes",
                            example = "Windows-1251",
                            nullable = true)
                    String encoding,
            @Schema(
                            description = "CSV: the separator detected from the header line",
                            enumeration = {",", ";", "tab"},
                            nullable = true)
                    String separator,
            String fileName,
            String actor,
            long rowsTotal,
            long rowsProcessed,
            long rowsImported,
            long rowsRejected,
            @Schema(
                            description =
                                    "Errors stored and downloadable from /errors (at most orientir.imports.max-stored-errors)")
                    int errorsStored,
            List<ImportErrorDto> errors,
            OffsetDateTime createdAt,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            String message,
            @Schema(description = "Whether the file was an Orientir template (an empty value cell means «no change»)")
                    boolean template,
            @Schema(
                            description = "Values and targets jobs that wrote: rows created or changed (absent for a"
                                    + " dry run, a rejected file and other types)")
                    Long rowsChanged,
            @Schema(
                            description = "Values and targets jobs that wrote: good rows whose figures were already"
                                    + " stored, so nothing was written for them")
                    Long rowsUnchanged,
            @Schema(description = "Values and targets jobs: template rows whose value was left empty (no change)")
                    Long rowsEmpty) {

        static ImportJobDto of(ImportJob j, List<ImportErrorDto> errors) {
            return new ImportJobDto(
                    j.id,
                    j.type,
                    j.status,
                    j.dryRun,
                    j.mode,
                    j.format,
                    j.encoding,
                    j.separator,
                    j.fileName,
                    j.actor,
                    j.rowsTotal,
                    j.rowsProcessed,
                    j.rowsImported,
                    j.rowsRejected,
                    j.errorsStored,
                    errors,
                    j.createdAt,
                    j.startedAt,
                    j.finishedAt,
                    j.message,
                    j.template,
                    j.rowsChanged,
                    j.rowsUnchanged,
                    j.rowsEmpty);
        }
    }
}
