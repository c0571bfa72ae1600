package ru.orientir.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** An upload and its outcome; rows are written only by the job's own transaction. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    public static final String REJECTED = "rejected";
    public static final java.util.List<String> STATUSES =
            java.util.List.of(QUEUED, RUNNING, SUCCEEDED, FAILED, REJECTED);

    @Id
    public UUID id;

    public String type;
    public String status = QUEUED;

    @Column(name = "dry_run")
    public boolean dryRun;

    public String mode;
    public String format;

    /** A CSV file's detected encoding («UTF-8», «Windows-1251», «UTF-16LE (BOM)»…), null for XLSX and JSON. */
    public String encoding;

    /** A CSV file's detected separator: «,», «;» or «tab». */
    public String separator;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    public String actor;
    public String channel;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "file_bytes")
    public Long fileBytes;

    @Column(name = "rows_total")
    public long rowsTotal;

    @Column(name = "rows_processed")
    public long rowsProcessed;

    @Column(name = "rows_imported")
    public long rowsImported;

    @Column(name = "rows_rejected")
    public long rowsRejected;

    @Column(name = "errors_stored")
    public int errorsStored;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(name = "heartbeat_at")
    public OffsetDateTime heartbeatAt = OffsetDateTime.now();

    public String replica;
    /** SHA-256 of the request under an Idempotency-Key (parameters and bytes): a replay must match it. */
    @Column(name = "request_hash")
    public String requestHash;

    public String message;

    /** Whether the file was a template (empty cells meant «no change»). */
    public boolean template;

    /** Values and targets jobs that wrote: rows created or updated. */
    @Column(name = "rows_changed")
    public Long rowsChanged;

    /** Values and targets jobs that wrote: rows whose figures were already stored (nothing written). */
    @Column(name = "rows_unchanged")
    public Long rowsUnchanged;

    /** Values and targets jobs: template rows left empty («no change»). */
    @Column(name = "rows_empty")
    public Long rowsEmpty;

    public static Optional<ImportJob> byKey(String actor, String key) {
        return find("actor = ?1 and idempotencyKey = ?2", actor, key).firstResultOptional();
    }

    public boolean finished() {
        return !QUEUED.equals(status) && !RUNNING.equals(status);
    }
}
