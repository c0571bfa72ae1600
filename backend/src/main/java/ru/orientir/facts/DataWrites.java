package ru.orientir.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import ru.orientir.audit.AuditLog;
import ru.orientir.common.ETags;
import ru.orientir.common.Saved;
import ru.orientir.periods.PeriodGuard;
import ru.orientir.security.Caller;

/** The last steps of every single-row write of targets and values: stamp, flush, audit; or refuse. */
@ApplicationScoped
public class DataWrites {

    @Inject
    AuditLog audit;

    @Inject
    PeriodGuard periods;

    /**
     * A PUT by natural key: the existing row at the version the caller saw (If-Match), or a new
     * one; filled in from the request, then saved as {@link #save} does.
     */
    public <R extends DataRow, D> Saved<D> upsert(
            Caller caller,
            Optional<R> existing,
            String ifMatch,
            String what,
            Supplier<R> create,
            Consumer<R> fill,
            Function<R, D> dto,
            Function<R, AuditLog.Subject> subject) {
        R row = existing.orElse(null);
        ETags.checkIfMatch(ifMatch, row == null ? null : row.version, what);
        boolean created = row == null;
        D old = created ? null : dto.apply(row);
        if (created) {
            row = create.get();
        }
        fill.accept(row);
        return save(caller, row, created, old, dto, subject);
    }

    /**
     * Saves a row a PUT has filled in. The same data again writes and audits nothing (so a retried
     * PUT is harmless); otherwise the row is stamped with the caller and audited old → new.
     */
    public <R extends DataRow, D> Saved<D> save(
            Caller caller, R row, boolean created, D old, Function<R, D> dto, Function<R, AuditLog.Subject> subject) {
        if (!created && Objects.equals(dto.apply(row), old)) {
            return new Saved<>(old, row.version, false);
        }
        row.updatedAt = OffsetDateTime.now();
        row.updatedBy = caller.username();
        row.persistAndFlush();
        D now = dto.apply(row);
        audit.record(caller, created ? "create" : "update", subject.apply(row), old, now);
        return new Saved<>(now, row.version, created);
    }

    /** Deletes a row the caller may change, of an open period, at the version the caller saw. */
    public <R extends DataRow, D> void delete(
            Caller caller,
            R row,
            String ifMatch,
            String what,
            Function<R, D> dto,
            Function<R, AuditLog.Subject> subject) {
        caller.requireWriteRow(row.municipality.code, row.organization == null ? null : row.organization.code);
        ETags.checkIfMatch(ifMatch, row.version, what);
        periods.requireOpen(row.municipality, row.year, row.reportingPeriod());
        audit.record(caller, "delete", subject.apply(row), dto.apply(row), null);
        row.delete();
    }
}
