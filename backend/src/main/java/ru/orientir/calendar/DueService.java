package ru.orientir.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import ru.orientir.calendar.DueDtos.Board;
import ru.orientir.calendar.DueDtos.Counts;
import ru.orientir.calendar.DueDtos.DueItem;
import ru.orientir.calendar.DueDtos.MunicipalityCounts;
import ru.orientir.common.PageParams;
import ru.orientir.common.Pages;
import ru.orientir.common.Params;
import ru.orientir.common.ProblemException;
import ru.orientir.security.Caller;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;
import ru.orientir.territory.TerritoryService;

/**
 * What is due, by when and from whom: the periods of the indicators' schedules whose deadlines fall between a year
 * back ({@link Schedule#LOOKBACK_DAYS}) and the end of the date's month (or week, when that ends later), for each
 * municipality whose catalogue holds the indicator. An item is done when every expected figure is in (each school's
 * for an organization-level indicator, the municipality's otherwise), late when its deadline has passed without,
 * due soon otherwise.
 */
@ApplicationScoped
public class DueService {

    @Inject
    DueQuery query;

    @Inject
    TerritoryService territory;

    /** The window a board looks at for {@code date}: from, week end, month end, horizon. */
    public record Window(LocalDate date, LocalDate from, LocalDate weekEnd, LocalDate monthEnd) {
        public static Window of(LocalDate date) {
            LocalDate weekEnd = date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            return new Window(
                    date,
                    date.minusDays(Schedule.LOOKBACK_DAYS),
                    weekEnd,
                    YearMonth.from(date).atEndOfMonth());
        }

        public LocalDate horizon() {
            return weekEnd.isAfter(monthEnd) ? weekEnd : monthEnd;
        }
    }

    /**
     * For a reminder job (no caller: the system's own view): every item of the board of {@code date} of one
     * municipality ({@code municipality} null: of all), late first, with its deadline, days overdue, who is
     * responsible and how many figures are in.
     */
    public List<DueItem> items(String municipality, LocalDate date) {
        Window w = Window.of(date);
        List<String> municipalities = municipality == null ? null : List.of(municipality);
        Plan plan = plan(municipalities, w, null);
        if (plan.due.isEmpty()) {
            return List.of();
        }
        return query.page(
                plan.due, plan.indicators, plan.catalogues, filter(plan, municipalities, null, w, null), null, 0);
    }

    /** The board as the API shows it: the caller's municipalities (or the one asked), filters, counts, a page. */
    public Board board(
            Caller caller,
            String municipality,
            String organization,
            String indicator,
            String dateText,
            String status,
            PageParams page) {
        Params params = new Params();
        status = params.oneOf("status", Pages.blankToNull(status), DueDtos.STATUSES, null);
        LocalDate date = date(params, dateText);
        params.throwIfAny();
        page.validated();
        Window w = Window.of(date);

        Collection<String> municipalities;
        Collection<String> organizations = null;
        String m = Pages.blankToNull(municipality);
        String o = Pages.blankToNull(organization);
        if (o != null && m == null) {
            throw ProblemException.badRequest(
                    "organization", "required", "Школа указывается вместе с муниципалитетом (municipality)");
        }
        if (m != null) {
            Municipality found = territory.visibleMunicipality(caller, m.trim());
            municipalities = List.of(found.code);
            if (o != null) {
                caller.requireReadRow(found.code, o.trim());
                Organization.byCode(found, o.trim())
                        .orElseThrow(() -> ProblemException.notFound(
                                "organization",
                                "Организация «" + o.trim() + "» не найдена в муниципалитете «" + found.code + "»"));
                organizations = List.of(found.code + "/" + o.trim());
            } else if (!caller.canRead(found.code)) {
                organizations = schools(caller, List.of(found.code));
            }
        } else if (caller.readsAll()) {
            municipalities = null;
        } else if (!caller.readable().isEmpty()) {
            municipalities = caller.readable();
        } else {
            municipalities = caller.visible();
            organizations = schools(caller, municipalities);
        }
        if (municipalities != null && municipalities.isEmpty()) {
            return empty(w, page);
        }
        Plan plan = plan(municipalities, w, Pages.blankToNull(indicator));
        if (plan.due.isEmpty()) {
            return empty(w, page);
        }
        DueQuery.Filter f = filter(plan, municipalities, organizations, w, status);
        List<DueQuery.CountRow> rows = query.counts(plan.due, plan.indicators, plan.catalogues, f);
        long late = 0, soon = 0, done = 0, week = 0;
        List<MunicipalityCounts> per = new ArrayList<>();
        for (DueQuery.CountRow r : rows) {
            late += r.counts().late();
            soon += r.counts().dueSoon();
            done += r.counts().done();
            week += r.dueThisWeek();
            per.add(r.counts());
        }
        long total = status == null
                ? late + soon + done
                : switch (status) {
                    case DueDtos.LATE -> late;
                    case DueDtos.DUE_SOON -> soon;
                    default -> done;
                };
        List<DueItem> items =
                query.page(plan.due, plan.indicators, plan.catalogues, f, page.size, page.page * page.size);
        return new Board(
                w.date(),
                w.weekEnd(),
                w.monthEnd(),
                w.from(),
                items,
                page.page,
                page.size,
                total,
                new Counts(late, soon, done, week),
                per);
    }

    private static Board empty(Window w, PageParams page) {
        return new Board(
                w.date(),
                w.weekEnd(),
                w.monthEnd(),
                w.from(),
                List.of(),
                page.page,
                page.size,
                0,
                new Counts(0, 0, 0, 0),
                List.of());
    }

    /** A school coordinator's schools in those municipalities, as "municipality/organization". */
    private static Set<String> schools(Caller caller, Collection<String> municipalities) {
        Set<String> out = new TreeSet<>();
        caller.organizations().stream()
                .filter(r -> municipalities.contains(r.municipality()))
                .forEach(r -> out.add(r.municipality() + "/" + r.organization()));
        return out;
    }

    private static LocalDate date(Params params, String text) {
        String t = Pages.blankToNull(text);
        if (t == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(t.trim());
        } catch (DateTimeParseException e) {
            params.errors()
                    .add(new ru.orientir.common.FieldError(
                            "date", "invalid_date", "Параметр «date» — дата ГГГГ-ММ-ДД, получено «" + t + "»"));
            return null;
        }
    }

    /** The periods due in the window and the catalogues that say from whom. */
    private record Plan(
            List<Schedule.Due> due, Map<Long, DueQuery.Scheduled> indicators, Map<Long, List<Long>> catalogues) {}

    /** The plan of the indicators with a deadline rule ({@code indicator}: only that one). */
    private Plan plan(Collection<String> municipalities, Window w, String indicator) {
        Map<Long, DueQuery.Scheduled> indicators = new LinkedHashMap<>();
        query.scheduled().stream()
                .filter(s -> indicator == null || s.code().equals(indicator.trim()))
                .forEach(s -> indicators.put(s.id(), s));
        List<Schedule.Due> due = new ArrayList<>();
        for (DueQuery.Scheduled s : indicators.values()) {
            due.addAll(Schedule.between(new Schedule.Entry(s.id(), s.periodicity(), s.rule()), w.from(), w.horizon()));
        }
        if (due.isEmpty()) {
            return new Plan(due, indicators, Map.of());
        }
        return new Plan(due, indicators, query.catalogues(municipalities, List.copyOf(indicators.keySet())));
    }

    private static DueQuery.Filter filter(
            Plan plan, Collection<String> municipalities, Collection<String> organizations, Window w, String status) {
        return new DueQuery.Filter(municipalities, organizations, w.date(), w.weekEnd(), status);
    }
}
