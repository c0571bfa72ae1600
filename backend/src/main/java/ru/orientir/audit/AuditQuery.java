package ru.orientir.audit;

import static ru.orientir.common.Pages.blankToNull;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.orientir.common.Checks;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Pages;
import ru.orientir.common.Text;
import ru.orientir.security.Caller;

/** Reads the audit trail, newest first, within the caller's scope. */
@ApplicationScoped
public class AuditQuery {

    /** Dates without a time are read in the region's working zone (the day from 00:00 Moscow time). */
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");

    /** The years a date filter may name: PostgreSQL's timestamps end long before Java's (year +999999999). */
    static final int MIN_YEAR = 1;

    static final int MAX_YEAR = 9999;

    /** The filters as given in the request; each is checked and turned into a condition. */
    public record Request(
            String entityType,
            String entityId,
            String municipality,
            String indicator,
            String actor,
            String importJob,
            String from,
            String to) {}

    public PageResult<AuditEventDto> list(Caller caller, Request r, PageParams page) {
        page.validated();
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        Checks c = new Checks();
        condition(where, params, "entityType in :entityType", "entityType", entityTypes(r.entityType()));
        condition(where, params, "indicatorCode = :indicator", "indicator", blankToNull(r.indicator()));
        condition(where, params, "actor = :actor", "actor", blankToNull(r.actor()));
        condition(
                where,
                params,
                "entityId = :entityId",
                "entityId",
                parse(c, "entityId", r.entityId(), Long::valueOf, "«%s» — не число"));
        condition(
                where,
                params,
                "importJobId = :job",
                "job",
                parse(
                        c,
                        "importJob",
                        r.importJob(),
                        UUID::fromString,
                        "«%s» — не идентификатор задания импорта (UUID)"));
        OffsetDateTime from = parse(
                c,
                "from",
                r.from(),
                s -> instant(s, false),
                "«%s» — не дата (ГГГГ-ММ-ДД или ISO 8601)" + " между " + MIN_YEAR + " и " + MAX_YEAR + " годом");
        OffsetDateTime to = parse(
                c,
                "to",
                r.to(),
                s -> instant(s, true),
                "«%s» — не дата (ГГГГ-ММ-ДД или ISO 8601)" + " между " + MIN_YEAR + " и " + MAX_YEAR + " годом");
        condition(where, params, "occurredAt >= :from", "from", from);
        condition(where, params, "occurredAt < :to", "to", to);
        c.throwIfAny();
        scope(caller, blankToNull(r.municipality()), where, params);
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return Pages.<AuditEvent>of(AuditEvent.find(query, Sort.descending("occurredAt", "id"), params), page)
                .map(AuditEventDto::of);
    }

    /**
     * Catalogue events (no municipality) concern everyone; a municipality's events its readers; a school
     * coordinator reads the events of its own school's rows only (not who changed the municipality's).
     */
    private static void scope(Caller caller, String municipality, List<String> where, Parameters params) {
        if (municipality != null) {
            condition(where, params, "municipalityCode = :municipality", "municipality", municipality);
            if (!caller.canRead(municipality)) {
                caller.requireSee(municipality);
                where.add("organizationCode in :own");
                params.and("own", caller.organizationsIn(municipality));
            }
            return;
        }
        caller.readScope().ifPresent(codes -> {
            List<String> own = caller.organizations().stream()
                    .map(o -> o.municipality() + "/" + o.organization())
                    .distinct()
                    .toList();
            where.add("(municipalityCode is null or municipalityCode in :scope"
                    + (own.isEmpty() ? "" : " or concat(municipalityCode, '/', organizationCode) in :own") + ")");
            params.and("scope", codes);
            if (!own.isEmpty()) {
                params.and("own", own);
            }
        });
    }

    /** One entity type or several separated by commas (value,target); null for none. */
    static List<String> entityTypes(String raw) {
        if (blankToNull(raw) == null) {
            return null;
        }
        List<String> types = java.util.Arrays.stream(raw.split(","))
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
        return types.isEmpty() ? null : types;
    }

    private static void condition(List<String> where, Parameters params, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            params.and(name, value);
        }
    }

    private interface Parser<T> {
        T parse(String raw);
    }

    private static <T> T parse(Checks c, String field, String raw, Parser<T> parser, String message) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return parser.parse(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            c.add(field, "invalid_format", String.format(message, Text.shown(value)));
            return null;
        }
    }

    /** An ISO date-time as given, or a date: its start for "from", the start of the next day for "to" (inclusive). */
    private static OffsetDateTime instant(String value, boolean endOfDay) {
        OffsetDateTime at;
        if (value.length() == 10) {
            LocalDate day = LocalDate.parse(value);
            at = (endOfDay ? day.plusDays(1) : day).atStartOfDay(DEFAULT_ZONE).toOffsetDateTime();
        } else {
            at = OffsetDateTime.parse(value);
        }
        if (at.getYear() < MIN_YEAR || at.getYear() > MAX_YEAR) {
            throw new IllegalArgumentException("year out of range: " + at.getYear());
        }
        return at;
    }
}
