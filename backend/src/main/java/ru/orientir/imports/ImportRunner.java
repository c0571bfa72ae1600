package ru.orientir.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import ru.orientir.common.Text;
import ru.orientir.files.Columns;
import ru.orientir.files.FileFormat;
import ru.orientir.files.FileProblem;
import ru.orientir.files.ReadLimits;
import ru.orientir.files.RowSource;
import ru.orientir.security.Caller;

/** Runs one job from its spooled file to its report, on the request thread or a background worker. */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    @Inject
    ImportJobs jobs;

    @Inject
    ImportConfig config;

    @Inject
    ValuesImporter values;

    @Inject
    TargetsImporter targets;

    @Inject
    IndicatorsImporter indicators;

    @Inject
    OrganizationsImporter organizations;

    @Inject
    MunicipalitiesImporter municipalities;

    @Inject
    RegionsImporter regions;

    @Inject
    GroupsImporter groups;

    @Inject
    ActivitiesImporter activities;

    /** What to run: the job's settings and its spooled file (deleted when done). */
    public record Work(
            UUID jobId, Caller caller, ImportType type, FileFormat format, Path file, boolean dryRun, boolean atomic) {}

    /**
     * Runs the job and stores its report. Whatever happens the job ends finished: a report that cannot be
     * stored ends the job {@code failed} with a message, and a job this replica can no longer update at all
     * stops beating its heartbeat and is failed by the sweep of any replica.
     */
    @ActivateRequestContext
    public void run(Work w) {
        try {
            execute(w);
        } finally {
            jobs.release(w.jobId());
        }
    }

    static ReadLimits limits(ImportConfig c) {
        return new ReadLimits(
                c.maxUnpackedBytes(),
                c.maxRows(),
                c.maxColumns(),
                c.maxCellChars(),
                c.maxHeaderChars(),
                c.maxSharedStrings(),
                c.maxSharedStringChars());
    }

    private void execute(Work w) {
        jobs.started(w.jobId());
        ErrorSink errors = new ErrorSink(config.maxStoredErrors());
        Progress progress = new Progress(rows -> jobs.progress(w.jobId(), rows));
        String status;
        String message;
        long good = 0;
        Counts counts = null;
        // a template is turned into contract rows first; Russian headers are read as the contract's names
        try (RowSource read = TemplateRows.wrap(w.type(), w.format().open(w.file(), limits(config)))) {
            // closed with what it reads
            RowSource source = Columns.aliased(read, w.type().code(), w.type().columns());
            if (source.dialect() != null) {
                jobs.dialect(w.jobId(), source.dialect());
            }
            checkHeader(w.type(), source.header(), config.maxHeaderChars());
            JobContext job = new JobContext(
                    w.jobId(),
                    w.caller(),
                    w.dryRun(),
                    w.atomic(),
                    errors,
                    progress,
                    source.rowWord(),
                    source.header() == null ? w.type().columns() : null);
            Importer importer = importer(w.type());
            if (importer instanceof BulkImporter bulk) {
                BulkImporter.Written written = bulk.write(job, source);
                good = written.good();
                counts = Counts.of(read, job.commits(), written);
            } else {
                good = importer.run(job, source);
            }
            if (progress.rows() == 0 && (counts == null || counts.empty() == 0)) {
                throw new FileProblem("В файле нет ни одной строки данных: только заголовок");
            }
            status = outcome(w, errors, good);
            message = message(w, errors, good, progress.rows()) + (counts == null ? "" : counts.describe());
        } catch (Exception e) {
            FileProblem problem = fileProblem(e);
            if (problem != null) {
                errors.add(problem.row(), problem.column(), null, problem.getMessage());
                status = ImportJob.REJECTED;
                message = problem.getMessage() + ". Ничего не записано";
            } else {
                LOG.errorf(e, "import %s failed", w.jobId());
                status = ImportJob.FAILED;
                message = "Импорт прерван ошибкой при записи в базу данных, ничего не записано: " + reason(e);
            }
            good = 0;
            counts = null;
        } finally {
            delete(w.file());
        }
        long imported = ImportJob.SUCCEEDED.equals(status) && !w.dryRun() ? good : 0;
        try {
            if (counts != null) {
                jobs.counts(w.jobId(), counts);
            }
            jobs.finish(
                    w.jobId(),
                    status,
                    progress.rows() + (counts == null ? 0 : counts.empty()),
                    imported,
                    errors,
                    message);
        } catch (RuntimeException e) {
            LOG.errorf(e, "report of import %s not stored", w.jobId());
            jobs.failed(
                    w.jobId(),
                    progress.rows(),
                    "Импорт прерван: отчёт о проверке не удалось сохранить ("
                            + reason(e) + "). "
                            + (ImportJob.SUCCEEDED.equals(status) && !w.dryRun()
                                    ? "Строки записаны: " + imported + "."
                                    : "Ничего не записано."));
        }
    }

    /**
     * What a values or targets job did to the stored rows: changed (created or updated) and unchanged (the same
     * figures as stored: nothing written) when it was written, and for a template the rows left empty («no change»).
     */
    public record Counts(boolean template, Long changed, Long unchanged, long empty) {

        static Counts of(RowSource source, boolean written, BulkImporter.Written w) {
            long empty = source instanceof TemplateRows t ? t.empty() : 0;
            return new Counts(
                    source instanceof TemplateRows,
                    written ? w.changed() : null,
                    written ? w.good() - w.changed() : null,
                    empty);
        }

        String describe() {
            StringBuilder b = new StringBuilder();
            if (changed != null) {
                b.append(" Изменено: ")
                        .append(changed)
                        .append(", без изменений: ")
                        .append(unchanged);
                b.append(template ? "," : ".");
            }
            if (template) {
                b.append(changed == null ? " Шаблон:" : "").append(" не заполнено (без изменений): ");
                b.append(empty).append('.');
            }
            return b.toString();
        }
    }

    private static String outcome(Work w, ErrorSink errors, long good) {
        if (!errors.any()) {
            return ImportJob.SUCCEEDED;
        }
        return w.atomic() || good == 0 ? ImportJob.REJECTED : ImportJob.SUCCEEDED;
    }

    private static String message(Work w, ErrorSink errors, long good, long total) {
        String stored = errors.truncated()
                ? " Сохранены первые " + errors.kept().size() + " ошибок из " + errors.total() + "."
                : "";
        if (w.dryRun()) {
            return "Пробная проверка, ничего не записано: строк " + total + ", без ошибок " + good + ", с ошибками "
                    + errors.rejectedRows() + "."
                    + (errors.any() && w.atomic()
                            ? " Такой файл будет отклонён целиком: в режиме «всё или ничего» (atomic) не записывается ни одна строка."
                            : "")
                    + stored;
        }
        if (!errors.any()) {
            return "Загружено строк: " + good + ".";
        }
        if (w.atomic()) {
            return "Файл отклонён целиком, ничего не записано: строк с ошибками " + errors.rejectedRows() + " из "
                    + total + ". Исправьте их и загрузите файл снова (или используйте mode=partial)." + stored;
        }
        return "Загружено строк: " + good + ", отклонено с ошибками: " + errors.rejectedRows() + "." + stored;
    }

    private Importer importer(ImportType type) {
        return switch (type) {
            case VALUES -> values;
            case TARGETS -> targets;
            case INDICATORS -> indicators;
            case ORGANIZATIONS -> organizations;
            case MUNICIPALITIES -> municipalities;
            case REGIONS -> regions;
            case GROUPS -> groups;
            case ACTIVITIES -> activities;
        };
    }

    /** A table's header must name every required column, no unknown and no repeated one. */
    static void checkHeader(ImportType type, List<String> header, int maxChars) throws FileProblem {
        if (header == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty()) {
                continue;
            }
            int bad = Text.invalidAt(name);
            if (bad >= 0) {
                throw new FileProblem(1, null, "Заголовок столбца " + (i + 1) + ": " + Text.describe(name, bad));
            }
            if (name.length() > maxChars) {
                throw new FileProblem(
                        1,
                        null,
                        "Заголовок столбца " + (i + 1) + " длиннее " + maxChars
                                + " символов (orientir.imports.max-header-chars): «" + Text.truncate(name, 40)
                                + "». В заголовке — только имена столбцов: " + String.join(", ", type.columns()));
            }
            if (!type.columns().contains(name) && !type.readsPast(name)) {
                throw new FileProblem(
                        1,
                        name,
                        "Неизвестный столбец «" + name + "» (столбец " + (i + 1) + " заголовка). Для загрузки "
                                + type.code() + " допустимы: " + String.join(", ", type.columns())
                                + " (или по-русски: " + Columns.russian(type.columns(), type.code()) + ")");
            }
            if (!seen.add(name)) {
                throw new FileProblem(1, name, "Столбец «" + name + "» повторяется в заголовке");
            }
        }
        for (String required : type.required) {
            if (!seen.contains(required)) {
                throw new FileProblem(
                        1,
                        required,
                        "В заголовке нет обязательного столбца «" + required
                                + "». Обязательные столбцы: " + String.join(", ", type.required) + "; необязательные: "
                                + String.join(", ", type.optional));
            }
        }
    }

    private static FileProblem fileProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileProblem p) {
                return p;
            }
        }
        return null;
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getMessage() != null) {
                String m = s.getMessage();
                int where = m.indexOf("\n  Where:");
                return (where > 0 ? m.substring(0, where) : m)
                        .replace("ERROR: ", "")
                        .replace("ОШИБКА: ", "");
            }
        }
        return e.getClass().getSimpleName();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            LOG.warnf("temporary upload %s not deleted", file);
        }
    }
}
