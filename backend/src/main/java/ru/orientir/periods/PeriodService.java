package ru.orientir.periods;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.*;
import ru.orientir.audit.AuditLog;
import ru.orientir.calendar.ReportPeriod;
import ru.orientir.common.*;
import ru.orientir.notifications.PeriodNotices;
import ru.orientir.periods.PeriodDtos.*;
import ru.orientir.security.Caller;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.TerritoryService;

/** Submission, approval, return and reopening of a municipality's reporting year, with history and audit. */
@ApplicationScoped
public class PeriodService {

    static final int MAX_COMMENT = 4000;
    static final List<String> STATES = List.of(
            ReportingPeriod.OPEN, ReportingPeriod.SUBMITTED, ReportingPeriod.APPROVED, ReportingPeriod.RETURNED);

    @Inject
    TerritoryService territory;

    @Inject
    CompletenessCheck completeness;

    @Inject
    AuditLog audit;

    @Inject
    PeriodNotices notices;

    public PeriodDto get(Caller caller, String code, int year) {
        return get(caller, code, year, null);
    }

    /** The year's reporting period ({@code period} blank) or that of a month, quarter, half year or week of it. */
    public PeriodDto get(Caller caller, String code, int year, String period) {
        ReportPeriod within = within(year, period);
        Municipality m = territory.visibleMunicipality(caller, code);
        ReportingPeriod p = ReportingPeriod.of(m, year, within.code()).orElse(null);
        return view(caller, m, within, p, completeness.of(m, year, within.code()));
    }

    /**
     * The period named by the {@code period} query parameter within {@code year}: blank for the year itself, else
     * 2024-03, 2024-Q1, 2024-H1, 2024-W07 or their short codes (M03, Q1...); 400 on {@code period} otherwise.
     */
    static ReportPeriod within(int year, String period) {
        try {
            return ReportPeriod.parse(period, year);
        } catch (ReportPeriod.Invalid e) {
            throw ProblemException.badRequest("period", e.code, e.getMessage());
        }
    }

    @Transactional
    public PeriodDto transition(
            Caller caller, PeriodTransition t, String code, int year, TransitionInput in, String ifMatch) {
        return transition(caller, t, code, year, null, in, ifMatch);
    }

    /**
     * Moves the year's reporting period ({@code period} blank) or a month's, quarter's... of it: a submitted or
     * approved March locks the values of March only (the guard), the year locks everything of the year.
     */
    @Transactional
    public PeriodDto transition(
            Caller caller,
            PeriodTransition t,
            String code,
            int year,
            String period,
            TransitionInput in,
            String ifMatch) {
        ReportPeriod within = within(year, period);
        Municipality m = territory.visibleMunicipality(caller, code);
        t.authorize(caller, code);
        String comment = Pages.blankToNull(in == null ? null : in.comment());
        requireComment(t, comment);

        ReportingPeriod p = ReportingPeriod.of(m, year, within.code()).orElse(null);
        String from = p == null ? ReportingPeriod.OPEN : p.state;
        String name = within.label(false);
        // a period that was never moved is version 0: that is the ETag its GET gave
        ETags.checkIfMatch(ifMatch, p == null ? 0 : p.version, "Отчётный период " + name);
        if (!t.from.contains(from)) {
            throw wrongState(t, code, name, from);
        }
        if (p == null) {
            // the row first records the implicit open state (version 0), so that the transition below
            // is an update (version 1) and the ETag "0" of the never-moved period never names a later state
            p = new ReportingPeriod();
            p.municipality = m;
            p.year = year;
            p.period = within.code();
            p.updatedBy = caller.username();
            p.persistAndFlush();
        }
        Completeness known = t == PeriodTransition.SUBMIT ? completeness.of(m, year, within.code()) : null;
        p.state = t.to;
        p.updatedAt = OffsetDateTime.now();
        p.updatedBy = caller.username();

        PeriodEvent e = new PeriodEvent();
        e.period = p;
        e.occurredAt = p.updatedAt;
        e.actor = caller.username();
        e.action = t.action;
        e.fromState = from;
        e.toState = t.to;
        e.comment = comment;
        e.completeness = known;
        e.persist();
        ReportingPeriod.flush();

        audit.record(
                caller,
                t.action,
                new AuditLog.Subject("period", p.id, code + "/" + within.iso(), code, null),
                Map.of("state", from),
                auditedState(t.to, known),
                null,
                comment);
        notices.moved(t.action, code, m.name, year, e.id, comment, caller.username());
        return view(caller, m, within, p, known != null ? known : completeness.of(m, year, within.code()));
    }

    public PageResult<QueueItem> queue(
            Caller caller, String state, String yearParam, String municipality, PageParams page) {
        Params c = new Params();
        Integer year = c.year("year", yearParam);
        state = c.oneOf("state", state, STATES, null);
        c.throwIfAny();
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (state != null) {
            where.add("state = :state");
            params.and("state", state);
        }
        if (year != null) {
            where.add("year = :year");
            params.and("year", year);
        }
        if (Pages.blankToNull(municipality) != null) {
            caller.requireSee(municipality.trim());
            where.add("municipality.code = :municipality");
            params.and("municipality", municipality.trim());
        }
        Optional<Collection<String>> scope = caller.readsAll() ? Optional.empty() : Optional.of(caller.visible());
        if (scope.isPresent()) {
            if (scope.get().isEmpty()) {
                page.validated();
                return new PageResult<>(List.of(), page.page, page.size, 0);
            }
            where.add("municipality.code in :scope");
            params.and("scope", scope.get());
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        // oldest first: the ministry works through the queue in the order periods arrived
        PageResult<ReportingPeriod> found =
                Pages.of(ReportingPeriod.find(query, Sort.by("updatedAt").and("id"), params), page);
        Map<Long, Completeness> lastSubmit = lastSubmits(found.items());
        return found.map(p -> {
            Completeness known = lastSubmit.get(p.id);
            return new QueueItem(
                    p.municipality.code,
                    p.municipality.name,
                    p.year,
                    p.period,
                    ReportPeriod.of(p.year, p.period).label(false),
                    p.state,
                    p.updatedAt,
                    p.updatedBy,
                    known == null ? null : known.missing().size(),
                    known == null ? null : known.warnings().size());
        });
    }

    private static Map<Long, Completeness> lastSubmits(List<ReportingPeriod> periods) {
        Map<Long, Completeness> last = new HashMap<>();
        if (!periods.isEmpty()) {
            PeriodEvent.submits(periods.stream().map(p -> p.id).toList())
                    .forEach(e -> last.put(e.period.id, e.completeness));
        }
        last.values().removeIf(Objects::isNull);
        return last;
    }

    private static PeriodDto view(
            Caller caller, Municipality m, ReportPeriod within, ReportingPeriod p, Completeness now) {
        String state = p == null ? ReportingPeriod.OPEN : p.state;
        List<String> actions = PeriodTransition.possibleFrom(state).stream()
                .filter(t -> t.allowed(caller, m.code))
                .map(t -> t.action)
                .toList();
        List<HistoryEntry> history = p == null
                ? List.of()
                : PeriodEvent.history(p).stream()
                        .map(e -> new HistoryEntry(
                                e.occurredAt, e.actor, e.action, e.fromState, e.toState, e.comment, e.completeness))
                        .toList();
        return new PeriodDto(
                m.code,
                m.name,
                within.year(),
                within.code(),
                within.label(false),
                state,
                p == null ? 0 : p.version,
                p == null ? null : p.updatedAt,
                p == null ? null : p.updatedBy,
                actions,
                history,
                now);
    }

    private static Map<String, Object> auditedState(String state, Completeness known) {
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("state", state);
        if (known != null) {
            now.put("missingCount", known.missing().size());
            now.put("warningCount", known.warnings().size());
        }
        return now;
    }

    private static void requireComment(PeriodTransition t, String comment) {
        Checks c = new Checks();
        if (t.commentRequired && comment == null) {
            c.add("comment", "required", "Укажите в поле «comment» причину: без неё период нельзя " + t.label);
        }
        c.maxLength("comment", comment, MAX_COMMENT);
        c.throwIfAny();
    }

    private static ProblemException wrongState(PeriodTransition t, String code, String year, String state) {
        List<PeriodTransition> possible = PeriodTransition.possibleFrom(state);
        String requires = t.from.stream()
                .map(PeriodTransition::stateLabel)
                .map(s -> "«" + s + "»")
                .reduce((a, b) -> a + " или " + b)
                .orElse("");
        return ProblemException.conflict(
                "period-state",
                "Отчётный период " + year + " муниципалитета «" + code
                        + "» сейчас в состоянии «" + PeriodTransition.stateLabel(state) + "» (" + state + "): "
                        + t.label + " можно только период в состоянии " + requires + ". Сейчас возможно: "
                        + possible.stream()
                                .map(p -> p.label + " (" + p.action + ")")
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("ничего"));
    }
}
