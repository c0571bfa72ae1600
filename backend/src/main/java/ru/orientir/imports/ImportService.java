package ru.orientir.imports;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Pages;
import ru.orientir.common.ProblemException;
import ru.orientir.files.FileFormat;
import ru.orientir.imports.ImportDtos.ImportErrorDto;
import ru.orientir.imports.ImportDtos.ImportJobDto;
import ru.orientir.security.Caller;

/**
 * Accepts uploads: checks the request, spools the body to a temporary file (never into memory),
 * answers a replayed Idempotency-Key with the first job, and runs the job during the request (small
 * files) or on a bounded background pool (large ones).
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    public static final int ERRORS_IN_JOB = 1000;

    @Inject
    ImportConfig config;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportRunner runner;

    private ExecutorService workers;

    public static final List<String> MODES = List.of("atomic", "partial");

    /** The request's parameters, parsed by {@link ru.orientir.common.Params}: the job runs on these very values. */
    public record Request(
            ImportType type, String mode, boolean dryRun, String idempotencyKey, String contentType, String fileName) {}

    /** A job and whether it was created by this request (false: replay of an Idempotency-Key). */
    public record Accepted(ImportJobDto job, boolean created) {}

    private synchronized ExecutorService workers() {
        if (workers == null) {
            workers = Executors.newFixedThreadPool(Math.max(1, config.workers()), r -> {
                Thread t = new Thread(r, "orientir-import");
                t.setDaemon(true);
                return t;
            });
        }
        return workers;
    }

    @PreDestroy
    void stop() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    /** The content types a file may be sent as (besides multipart/form-data with the field «file»). */
    public static final List<String> ACCEPTED_TYPES = List.of(
            "text/csv",
            "application/csv",
            "text/plain",
            "application/json",
            FileFormat.XLSX_TYPE,
            "application/octet-stream",
            "multipart/form-data");

    /** The file name stored with the job (import_job.file_name is VARCHAR(500)); longer names are cut. */
    static final int FILE_NAME_CHARS = 500;

    public Accepted upload(Caller caller, Request req, InputStream body, Long declaredLength) {
        ImportType type = checkRequest(caller, req);
        if (declaredLength != null && declaredLength > config.maxBytes()) {
            throw tooLarge();
        }
        Spooled spooled = spool(body, req);
        return startOrReplay(caller, req, type, spooled);
    }

    public Accepted upload(Caller caller, Request req, Path uploaded) {
        ImportType type = checkRequest(caller, req);
        try {
            if (Files.size(uploaded) > config.maxBytes()) {
                throw tooLarge();
            }
            try (InputStream in = Files.newInputStream(uploaded)) {
                return startOrReplay(caller, req, type, spool(in, req));
            }
        } catch (IOException e) {
            throw ProblemException.badRequest(
                    "file", "upload_interrupted", "Файл передан не полностью: загрузите его снова");
        }
    }

    /** A spooled body and the SHA-256 of the request (its parameters and its bytes), kept with an Idempotency-Key. */
    private record Spooled(Path file, String hash) {}

    /**
     * A replayed Idempotency-Key answers its first job when the request is the same (same bytes, same
     * parameters); a different request under a used key is refused (422) and nothing is written.
     */
    private Accepted startOrReplay(Caller caller, Request req, ImportType type, Spooled spooled) {
        ImportJob replay = replay(caller, req.idempotencyKey());
        if (replay != null) {
            deleteQuietly(spooled.file());
            return new Accepted(view(sameRequest(replay, spooled.hash())), false);
        }
        return start(caller, req, type, spooled);
    }

    private static ImportJob sameRequest(ImportJob first, String hash) {
        if (first.requestHash != null && !first.requestHash.equals(hash)) {
            throw new ProblemException(
                    422,
                    "idempotency-key-reused",
                    "Ключ уже использован",
                    "Idempotency-Key уже использован для другого файла или других параметров (задание " + first.id
                            + "): ключ уже использован для другого файла. Для нового файла возьмите новый ключ",
                    List.of(new ru.orientir.common.FieldError(
                            "Idempotency-Key", "reused", "ключ уже использован для другого файла")));
        }
        return first;
    }

    private Accepted start(Caller caller, Request req, ImportType type, Spooled spooled) {
        Path file = spooled.file();
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw ProblemException.badRequest(
                        "file", "empty_file", "Файл пуст: загрузите таблицу со строкой заголовка и строками данных");
            }
            FileFormat format = FileFormat.detect(req.contentType(), req.fileName(), file);
            ImportJob job = newJob(caller, req, type, format, size);
            job.requestHash = job.idempotencyKey == null ? null : spooled.hash();
            try {
                jobs.create(job);
            } catch (RuntimeException e) {
                ImportJob raced = replay(caller, req.idempotencyKey());
                if (raced != null) {
                    Files.deleteIfExists(file);
                    return new Accepted(view(sameRequest(raced, spooled.hash())), false);
                }
                throw e;
            }
            ImportRunner.Work work = new ImportRunner.Work(
                    job.id, caller, type, format, file, req.dryRun(), "atomic".equals(req.mode()));
            if (size < config.syncBytes()) {
                runner.run(work);
            } else {
                try {
                    workers().submit(() -> {
                        try {
                            runner.run(work);
                        } catch (RuntimeException e) {
                            LOG.errorf(e, "import %s could not be reported", job.id);
                        }
                    });
                } catch (RuntimeException e) {
                    jobs.release(job.id);
                    throw e;
                }
            }
            return new Accepted(view(jobs.get(job.id)), true);
        } catch (IOException e) {
            throw new IllegalStateException("upload not readable", e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private static ImportJob newJob(Caller caller, Request req, ImportType type, FileFormat format, long size) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.type = type.code();
        job.dryRun = req.dryRun();
        job.mode = req.mode();
        job.format = format.name().toLowerCase(Locale.ROOT);
        job.idempotencyKey = blankToNull(req.idempotencyKey());
        job.actor = caller.username();
        job.channel = Caller.CHANNEL_IMPORT;
        job.fileName = ru.orientir.common.Text.truncate(blankToNull(req.fileName()), FILE_NAME_CHARS);
        job.fileBytes = size;
        return job;
    }

    /** Refuses a request that can never succeed before reading its body: 400 bad parameters, 403 no rights. */
    private ImportType checkRequest(Caller caller, Request req) {
        ImportType type = req.type();
        if (req.idempotencyKey() != null && req.idempotencyKey().length() > 200) {
            throw ProblemException.badRequest("Idempotency-Key", "too_long", "Idempotency-Key длиннее 200 символов");
        }
        invalidCharacter("Idempotency-Key", req.idempotencyKey());
        invalidCharacter("fileName", req.fileName());
        switch (type) {
            case REGIONS, MUNICIPALITIES, INDICATORS -> caller.requireCatalogueAdmin();
            // school editors upload their own school's figures; the rows decide whose they are
            case VALUES, TARGETS -> {
                if (!caller.writesAny()) {
                    throw ProblemException.forbidden("Загружать данные могут только редакторы муниципалитетов и школ, "
                            + "администратор и интеграции министерства");
                }
            }
            // plans are kept by their municipality's editors, the region's by the ministry
            case ACTIVITIES -> {
                if (!caller.writesAll()
                        && !caller.canApprove()
                        && caller.writable().isEmpty()) {
                    throw ProblemException.forbidden("Загружать планы мероприятий могут только редакторы "
                            + "муниципалитетов, министерство, администратор и интеграции министерства");
                }
            }
            default -> {
                if (!caller.writesAll() && caller.writable().isEmpty()) {
                    throw ProblemException.forbidden("Загружать данные могут только редакторы муниципалитетов, "
                            + "администратор и интеграции министерства");
                }
            }
        }
        return type;
    }

    /** A name or key holding NUL or another character never stored: 400 «недопустимый символ». */
    private static void invalidCharacter(String field, String value) {
        int at = ru.orientir.common.Text.invalidAt(value);
        if (at >= 0) {
            String message = field + ": " + ru.orientir.common.Text.describe(value, at);
            throw ProblemException.badRequest(field, "invalid_character", message);
        }
    }

    /** 415 for a body whose type is missing, unreadable or not one of {@link #ACCEPTED_TYPES}. */
    public static ProblemException unsupportedType(String given) {
        String shown = given == null || given.isBlank()
                ? "не указан"
                : "«" + ru.orientir.common.Text.truncate(ru.orientir.common.Text.clean(given), 100) + "»";
        String message = "Тип содержимого (Content-Type) " + shown + ": загрузите файл с одним из типов "
                + String.join(", ", ACCEPTED_TYPES) + " (для multipart/form-data — поле «file»)";
        return new ProblemException(
                415,
                "unsupported-media-type",
                "Неподдерживаемый тип содержимого",
                message,
                List.of(new ru.orientir.common.FieldError("Content-Type", "unsupported", message)));
    }

    private ImportJob replay(Caller caller, String key) {
        if (blankToNull(key) == null) {
            return null;
        }
        return QuarkusTransaction.requiringNew()
                .call(() -> ImportJob.byKey(caller.username(), key.strip()).orElse(null));
    }

    /**
     * Copies the body to a temporary file, refusing it (413) as soon as it passes the limit, and hashes
     * the request on the way: its type, mode and dryRun, then its bytes.
     */
    private Spooled spool(InputStream body, Request req) {
        Path file = null;
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(("type=" + req.type().code() + "\nmode=" + req.mode() + "\ndryRun=" + req.dryRun() + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            file = Files.createTempFile("orientir-import-", ".upload");
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                    total += n;
                    if (total > config.maxBytes()) {
                        throw tooLarge();
                    }
                    out.write(buffer, 0, n);
                    sha.update(buffer, 0, n);
                }
            }
            return new Spooled(file, java.util.HexFormat.of().formatHex(sha.digest()));
        } catch (java.security.NoSuchAlgorithmException e) {
            deleteQuietly(file);
            throw new IllegalStateException(e);
        } catch (IOException e) {
            deleteQuietly(file);
            throw ProblemException.badRequest(
                    "file", "upload_interrupted", "Файл передан не полностью: " + e.getMessage());
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private ProblemException tooLarge() {
        return new ProblemException(
                413,
                "payload-too-large",
                "Файл слишком большой",
                "Файл больше допустимых "
                        + (config.maxBytes() / (1024 * 1024) > 0
                                ? config.maxBytes() / (1024 * 1024) + " МБ"
                                : config.maxBytes() + " байт")
                        + ": разделите его на части",
                List.of(new ru.orientir.common.FieldError("file", "too_large", "Файл больше допустимого размера")));
    }

    // ---- reading jobs ----------------------------------------------------------------

    /** The job if the caller may see it (its own, or any for admins and the ministry): 404 otherwise. */
    public ImportJobDto job(Caller caller, UUID id) {
        return view(visible(caller, id));
    }

    public ImportJob visible(Caller caller, UUID id) {
        ImportJob job = jobs.get(id);
        if (job == null || !(caller.readsAll() || job.actor.equals(caller.username()))) {
            throw ProblemException.notFound("id", "Задание импорта " + id + " не найдено");
        }
        return job;
    }

    public PageResult<ImportJobDto> list(Caller caller, String type, String status, PageParams p) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StringBuilder q = new StringBuilder("1 = 1");
            io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
            if (!caller.readsAll()) {
                q.append(" and actor = :actor");
                params.and("actor", caller.username());
            }
            if (type != null) {
                q.append(" and type = :type");
                params.and("type", type);
            }
            if (status != null) {
                q.append(" and status = :status");
                params.and("status", status);
            }
            PanacheQuery<ImportJob> query = ImportJob.find(q.toString(), Sort.descending("createdAt"), params);
            return Pages.of(query, p).map(j -> ImportJobDto.of(j, List.of()));
        });
    }

    public List<ImportErrorDto> errors(ImportJob job, int limit) {
        return jobs.errors(job.id, limit);
    }

    private ImportJobDto view(ImportJob job) {
        return ImportJobDto.of(job, job.errorsStored > 0 ? jobs.errors(job.id, ERRORS_IN_JOB) : List.of());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("temporary upload %s not deleted", file);
            }
        }
    }
}
