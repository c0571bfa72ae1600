package ru.orientir.plans;

import static ru.orientir.common.Pages.blankToNull;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import ru.orientir.audit.AuditLog;
import ru.orientir.common.Checks;
import ru.orientir.common.ProblemException;
import ru.orientir.plans.PlanDtos.EvidenceDto;
import ru.orientir.plans.PlanDtos.EvidenceInput;
import ru.orientir.plans.PlanDtos.EvidenceList;
import ru.orientir.security.Caller;

/**
 * Evidence of activities: notes, links and files (kept in PostgreSQL). A file is checked before it is stored: at
 * most {@code orientir.evidence.max-bytes} (413), one of the allowed types whose bytes match its extension (415);
 * its bytes are streamed from the upload's temporary file into the database and back, never held whole.
 */
@ApplicationScoped
public class EvidenceService {

    @Inject
    PlanService plans;

    @Inject
    ActivityService activities;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "orientir.evidence.max-bytes", defaultValue = "10485760")
    long maxBytes;

    /** A file to store, as the upload left it on disk. */
    public record Upload(Path file, String fileName, long size) {}

    /** A stored file to send: its name, type, size and the bytes as a stream. */
    public record Download(String name, String contentType, long size, StreamingOutput body) {}

    public long maxBytes() {
        return maxBytes;
    }

    /** 413 before reading a body that announces more than the limit (a form adds at most a few kilobytes). */
    public void checkLength(Long contentLength) {
        if (contentLength != null && contentLength > maxBytes + 64 * 1024) {
            throw tooLarge();
        }
    }

    private ProblemException tooLarge() {
        return new ProblemException(
                413,
                "payload-too-large",
                "Слишком большой файл",
                "Файл больше допустимого размера " + (maxBytes / (1024 * 1024)) + " МБ (" + maxBytes
                        + " байт, orientir.evidence.max-bytes)",
                List.of());
    }

    private static ProblemException unsupported(String message) {
        return new ProblemException(
                415,
                "unsupported-media-type",
                "Формат не поддерживается",
                message,
                List.of(new ru.orientir.common.FieldError("file", "unsupported_type", message)));
    }

    @Transactional
    public EvidenceList list(Caller caller, String planCode, String code) {
        Activity a = activities.activity(plans.plan(caller, planCode), code);
        List<Evidence> items = Evidence.list("activity", Sort.by("id"), a);
        return new EvidenceList(items.stream().map(EvidenceDto::of).toList());
    }

    @Transactional
    public EvidenceDto addNote(Caller caller, String planCode, String code, EvidenceInput in) {
        Plan p = plans.plan(caller, planCode);
        Activity a = activities.activity(p, code);
        activities.requireExecutor(caller, p, a);
        Checks c = new Checks();
        String note = in == null ? null : blankToNull(in.note());
        String link = in == null ? null : blankToNull(in.link());
        if (note == null && link == null) {
            c.add("note", "required", "Укажите заметку (note) или ссылку (link)");
        }
        c.maxLength("note", note, 20000);
        c.maxLength("link", link, 2000);
        if (link != null && !isWebLink(link)) {
            c.add("link", "invalid_link", "Ссылка «" + link + "» должна быть адресом http:// или https://");
        }
        c.throwIfAny();
        Evidence e = new Evidence();
        e.activity = a;
        e.kind = link != null ? "link" : "note";
        e.note = note;
        e.link = link;
        e.uploadedBy = caller.username();
        e.persistAndFlush();
        EvidenceDto dto = EvidenceDto.of(e);
        audit.record(caller, "create", subject(a, e), null, dto);
        return dto;
    }

    private static boolean isWebLink(String link) {
        try {
            URI u = new URI(link);
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
                    && u.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    @Transactional
    public EvidenceDto addFile(Caller caller, String planCode, String code, Upload up, String note) {
        Plan p = plans.plan(caller, planCode);
        Activity a = activities.activity(p, code);
        activities.requireExecutor(caller, p, a);
        if (up == null || up.file() == null) {
            throw ProblemException.badRequest("file", "required", "В форме нет поля «file» с файлом");
        }
        if (up.size() > maxBytes) {
            throw tooLarge();
        }
        String name = EvidenceFiles.cleanName(up.fileName());
        String ext = EvidenceFiles.extension(name);
        String type = EvidenceFiles.TYPES.get(ext);
        if (name.isEmpty() || type == null) {
            throw unsupported("Файл «" + name + "» недопустимого типа; допустимы: " + EvidenceFiles.ALLOWED);
        }
        String mismatch;
        try {
            mismatch = EvidenceFiles.mismatch(ext, up.file());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (mismatch != null) {
            throw unsupported("Файл «" + name + "»: " + mismatch);
        }
        Checks c = new Checks();
        String n = blankToNull(note);
        c.maxLength("note", n, 20000);
        c.throwIfAny();
        Evidence e = new Evidence();
        e.activity = a;
        e.kind = "file";
        e.name = name;
        e.contentType = type;
        e.size = up.size();
        e.note = n;
        e.uploadedBy = caller.username();
        e.persistAndFlush();
        e.sha256 = store(e.id, up.file());
        e.persistAndFlush();
        EvidenceDto dto = EvidenceDto.of(e);
        audit.record(caller, "create", subject(a, e), null, dto);
        return dto;
    }

    /** Streams the file into the row's content, computing its SHA-256 on the way. */
    private String store(long id, Path file) {
        String[] sha = new String[1];
        em.unwrap(Session.class).doWork(conn -> {
            try (InputStream raw = Files.newInputStream(file);
                    DigestInputStream in = new DigestInputStream(raw, MessageDigest.getInstance("SHA-256"));
                    PreparedStatement ps =
                            conn.prepareStatement("UPDATE activity_evidence SET content = ? WHERE id = ?")) {
                ps.setBinaryStream(1, in, Files.size(file));
                ps.setLong(2, id);
                ps.executeUpdate();
                sha[0] = HexFormat.of().formatHex(in.getMessageDigest().digest());
            } catch (IOException | NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
        return sha[0];
    }

    @Transactional
    public Download download(Caller caller, String planCode, String code, long id) {
        Activity a = activities.activity(plans.plan(caller, planCode), code);
        Evidence e = evidence(a, id);
        if (!"file".equals(e.kind)) {
            throw ProblemException.notFound("evidence", "У свидетельства " + id + " нет файла (это " + kindRu(e) + ")");
        }
        long evidenceId = e.id;
        StreamingOutput body = out -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("SELECT content FROM activity_evidence WHERE id = ?")) {
                ps.setLong(1, evidenceId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        try (InputStream in = rs.getBinaryStream(1)) {
                            if (in != null) {
                                in.transferTo(out);
                            }
                        }
                    }
                }
            } catch (SQLException ex) {
                throw new IOException("evidence download failed", ex);
            }
        };
        return new Download(e.name, e.contentType, e.size == null ? 0 : e.size, body);
    }

    private static String kindRu(Evidence e) {
        return "link".equals(e.kind) ? "ссылка" : "заметка";
    }

    @Transactional
    public void delete(Caller caller, String planCode, String code, long id) {
        Plan p = plans.plan(caller, planCode);
        Activity a = activities.activity(p, code);
        activities.requireExecutor(caller, p, a);
        Evidence e = evidence(a, id);
        audit.record(caller, "delete", subject(a, e), EvidenceDto.of(e), null);
        e.delete();
    }

    private static Evidence evidence(Activity a, long id) {
        Evidence e = Evidence.findById(id);
        if (e == null || !e.activity.id.equals(a.id)) {
            throw ProblemException.notFound("evidence", "У мероприятия «" + a.code + "» нет свидетельства " + id);
        }
        return e;
    }

    private static AuditLog.Subject subject(Activity a, Evidence e) {
        return new AuditLog.Subject(
                "activity_evidence", e.id, a.plan.code + "/" + a.code + "/" + e.id, a.plan.municipalityCode(), null);
    }

    /** Content-Disposition for a download: an ASCII fallback and the original name (RFC 5987). */
    public static String disposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
