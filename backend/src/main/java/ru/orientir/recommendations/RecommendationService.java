package ru.orientir.recommendations;

import static ru.orientir.common.Pages.blankToNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import ru.orientir.audit.AuditLog;
import ru.orientir.catalogue.Indicator;
import ru.orientir.common.Checks;
import ru.orientir.common.ETags;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Pages;
import ru.orientir.common.Params;
import ru.orientir.common.ProblemException;
import ru.orientir.effects.EffectDtos.Effect;
import ru.orientir.effects.EffectService;
import ru.orientir.facts.ReadScope;
import ru.orientir.groups.GroupRules;
import ru.orientir.groups.GroupService;
import ru.orientir.groups.OrganizationGroup;
import ru.orientir.plans.Due;
import ru.orientir.recommendations.RecommendationDtos.BatchDto;
import ru.orientir.recommendations.RecommendationDtos.FromFlags;
import ru.orientir.recommendations.RecommendationDtos.RecommendationDto;
import ru.orientir.recommendations.RecommendationDtos.RecommendationInput;
import ru.orientir.recommendations.RecommendationDtos.ResponseInput;
import ru.orientir.recommendations.RecommendationDtos.VerdictInput;
import ru.orientir.rules.FlagDtos.FlagDto;
import ru.orientir.rules.FlagReasons;
import ru.orientir.rules.FlagService;
import ru.orientir.rules.RiskRule;
import ru.orientir.security.Caller;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;
import ru.orientir.territory.TerritoryService;

/**
 * Targeted recommendations: a department addresses its schools (by hand, by a register or by a rule's
 * flags), each school answers its own, the department closes them with a verdict. Every change audited.
 */
@ApplicationScoped
public class RecommendationService {

    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 10_000;
    static final int MAX_INDICATORS = 50;

    @Inject
    TerritoryService territory;

    @Inject
    FlagService flags;

    @Inject
    EffectService effects;

    @Inject
    AuditLog audit;

    /** The filters of the list, as given (text). */
    public record Filter(
            String municipality,
            String organization,
            String status,
            String overdue,
            String rule,
            String group,
            String batch) {}

    /** One school addressed and why (the flag's evidence, when made from flags). */
    private record Addressee(Organization organization, String reason) {}

    /**
     * Checks and resolves the addressees outside a transaction (the flags are read on a read-only
     * connection of their own), then writes the batch in one transaction.
     */
    public BatchDto create(Caller caller, RecommendationInput in) {
        Checks c = new Checks();
        if (in == null || !c.required("municipality", blankToNull(in.municipality()))) {
            fields(c, in);
            throw ProblemException.validation(c.errors());
        }
        String code = in.municipality().trim();
        caller.requireWrite(code);
        Municipality m = Municipality.byCode(code).orElse(null);
        if (m == null) {
            c.add("municipality", "unknown_municipality", "Муниципалитет «" + code + "» не найден");
        }
        Due due = fields(c, in);
        List<String> indicators = indicators(c, in.indicators());
        c.throwIfAny();
        List<Addressee> to = addressees(c, caller, m, in, due);
        c.throwIfAny();
        return QuarkusTransaction.joiningExisting().call(() -> write(caller, m, in, due, indicators, to));
    }

    private BatchDto write(
            Caller caller,
            Municipality m,
            RecommendationInput in,
            Due due,
            List<String> indicators,
            List<Addressee> to) {
        FromFlags ff = in.fromFlags();
        UUID batch = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        List<Recommendation> made = new ArrayList<>();
        for (Addressee a : to) {
            Recommendation r = new Recommendation();
            r.batch = batch;
            r.municipality = m;
            r.organization = a.organization();
            r.title = in.title().trim();
            r.text = in.text().trim();
            r.reason = a.reason();
            r.due = due.due();
            r.dueTo = due.to();
            r.rule = ff == null ? null : ff.rule().trim();
            r.year = ff == null ? due.to().getYear() : ff.year();
            r.group = blankToNull(in.group());
            r.indicators = new ArrayList<>(indicators);
            r.createdBy = caller.username();
            r.createdAt = now;
            r.updatedAt = now;
            r.persist();
            made.add(r);
        }
        LocalDate today = LocalDate.now();
        List<RecommendationDto> out = new ArrayList<>();
        for (Recommendation r : made) {
            RecommendationDto dto = RecommendationDto.of(r, today);
            audit.record(caller, "create", subject(r), null, dto);
            out.add(dto);
        }
        return new BatchDto(batch, out);
    }

    /** Title, text and the deadline; the deadline's span, or null when it is missing or not a deadline. */
    private static Due fields(Checks c, RecommendationInput in) {
        if (in == null) {
            c.required("title", null);
            c.required("text", null);
            c.required("due", null);
            return null;
        }
        if (c.required("title", in.title())) {
            c.maxLength("title", in.title().trim(), MAX_TITLE);
        }
        if (c.required("text", in.text())) {
            c.maxLength("text", in.text().trim(), MAX_TEXT);
        }
        if (!c.required("due", in.due())) {
            return null;
        }
        // the one deadline rule of plans: the documents' Russian forms as well as the canonical ones
        Due due = Due.check(c, "due", in.due(), null, null);
        if (due != null
                && (due.to() == null
                        || due.recurrence() != null
                        || !Checks.inYearRange(due.to().getYear()))) {
            c.add(
                    "due",
                    "invalid_due",
                    "Срок рекомендации «" + in.due().trim() + "» должен быть датой, месяцем, кварталом или годом, "
                            + "например «до 01.09.2026» или «IV квартал 2026»");
            return null;
        }
        return due;
    }

    /** The indicator codes, each in the catalogue, without repeats. */
    private static List<String> indicators(Checks c, List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        if (codes.size() > MAX_INDICATORS) {
            c.add("indicators", "too_many", "Не больше " + MAX_INDICATORS + " показателей в одной рекомендации");
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = blankToNull(codes.get(i));
            if (code == null) {
                c.add("indicators[" + i + "]", "required", "Код показателя " + (i + 1) + " пуст");
            } else if (Indicator.byCode(code).isEmpty()) {
                c.add("indicators[" + i + "]", "unknown_indicator", "Показатель «" + code + "» не найден в каталоге");
            } else {
                out.add(code);
            }
        }
        return List.copyOf(out);
    }

    /** Exactly one way of addressing: organizations, a register, or a rule's flags; the schools it names. */
    private List<Addressee> addressees(Checks c, Caller caller, Municipality m, RecommendationInput in, Due due) {
        boolean byCodes = in.organizations() != null && !in.organizations().isEmpty();
        boolean byGroup = blankToNull(in.group()) != null;
        boolean byFlags = in.fromFlags() != null;
        int ways = (byCodes ? 1 : 0) + (byGroup ? 1 : 0) + (byFlags ? 1 : 0);
        if (ways != 1) {
            c.add(
                    "organizations",
                    ways == 0 ? "addressees_required" : "addressees_conflict",
                    ways == 0
                            ? "Укажите, кому адресована рекомендация: организации (organizations), реестр (group) "
                                    + "или школы, отмеченные правилом (fromFlags)"
                            : "Укажите только один способ выбора адресатов: organizations, group или fromFlags");
            return List.of();
        }
        if (byCodes) {
            return byCodes(c, m, in.organizations());
        }
        if (byGroup) {
            return byGroup(c, m, in.group().trim(), due.to().getYear());
        }
        return byFlags(c, caller, m, in.fromFlags());
    }

    private static List<Addressee> byCodes(Checks c, Municipality m, List<String> codes) {
        if (codes.size() > GroupRules.MAX_MEMBERS) {
            GroupRules.tooMany(c, "organizations", codes.size());
            return List.of();
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = blankToNull(codes.get(i));
            if (code == null) {
                c.add("organizations[" + i + "]", "required", "Код организации " + (i + 1) + " пуст");
            } else {
                wanted.add(code);
            }
        }
        Map<String, Organization> found = GroupService.organizations(m, wanted);
        Set<String> unknown = new TreeSet<>(wanted);
        unknown.removeAll(found.keySet());
        GroupRules.unknownOrganizations(c, "organizations", m.code, unknown);
        List<Addressee> out = new ArrayList<>();
        wanted.stream().filter(found::containsKey).forEach(code -> out.add(new Addressee(found.get(code), null)));
        return out;
    }

    /** Every school of the register; the register must hold in the deadline's year. */
    private static List<Addressee> byGroup(Checks c, Municipality m, String code, int year) {
        OrganizationGroup g = OrganizationGroup.byCode(m, code).orElse(null);
        if (g == null) {
            c.add("group", "unknown_group", "Реестр «" + code + "» муниципалитета «" + m.code + "» не найден");
            return List.of();
        }
        if (year < g.yearFrom || year > g.yearTo) {
            c.add(
                    "group",
                    "group_not_in_year",
                    "Реестр «" + g.name + "» действует в " + span(g.yearFrom, g.yearTo)
                            + ", а срок рекомендации приходится на " + year + " год");
            return List.of();
        }
        if (g.organizations.isEmpty()) {
            c.add("group", "group_empty", "В реестре «" + g.name + "» нет организаций");
            return List.of();
        }
        return g.organizations.stream()
                .sorted((a, b) -> a.code.compareTo(b.code))
                .map(o -> new Addressee(o, null))
                .toList();
    }

    private static String span(int from, int to) {
        return from == to ? from + " году" : from + "–" + to + " годах";
    }

    /** Every school the rule flags in the year within the municipality, each with its flag's reasons. */
    private List<Addressee> byFlags(Checks c, Caller caller, Municipality m, FromFlags ff) {
        boolean ruleGiven = c.required("fromFlags.rule", blankToNull(ff.rule()));
        boolean yearGiven = c.required("fromFlags.year", ff.year());
        if (yearGiven) {
            c.year("fromFlags.year", ff.year());
        }
        if (!ruleGiven || !c.ok()) {
            return List.of();
        }
        String code = ff.rule().trim();
        RiskRule rule = RiskRule.byCode(code).orElse(null);
        if (rule == null || (rule.municipality != null && !rule.municipality.id.equals(m.id))) {
            c.add(
                    "fromFlags.rule",
                    "unknown_rule",
                    "Правило «" + code + "» не найдено среди правил муниципалитета «" + m.code + "» и региона");
            return List.of();
        }
        if (!"organization".equals(rule.level)) {
            c.add(
                    "fromFlags.rule",
                    "rule_level",
                    "Правило «" + rule.name + "» отбирает муниципалитеты, а не школы; рекомендации адресуются школам");
            return List.of();
        }
        Map<String, FlagDto> flagged = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            PageParams p =
                    PageParams.of(String.valueOf(page), String.valueOf(PageParams.MAX_SIZE), PageParams.MAX_SIZE);
            PageResult<FlagDto> found = flags.flags(caller, m.code, String.valueOf(ff.year()), code, null, p);
            found.items().forEach(f -> flagged.put(f.organization(), f));
            if ((long) (page + 1) * PageParams.MAX_SIZE >= found.total()) {
                break;
            }
        }
        if (flagged.isEmpty()) {
            c.add(
                    "fromFlags",
                    "no_flags",
                    "Правило «" + rule.name + "» в " + ff.year() + " году не отметило ни одной школы муниципалитета «"
                            + m.code + "»");
            return List.of();
        }
        Map<String, Organization> orgs = GroupService.organizations(m, flagged.keySet());
        List<Addressee> out = new ArrayList<>();
        flagged.forEach((o, f) -> out.add(new Addressee(orgs.get(o), FlagReasons.of(rule, f))));
        return out;
    }

    public PageResult<RecommendationDto> list(Caller caller, Filter f, PageParams page) {
        Params p = new Params();
        String status = p.oneOf("status", blankToNull(f.status()), Recommendation.STATUSES, null);
        boolean overdueGiven = blankToNull(f.overdue()) != null;
        boolean overdue = p.bool("overdue", blankToNull(f.overdue()), false);
        p.throwIfAny();
        UUID batch = uuid(f.batch());
        StringBuilder q = new StringBuilder(
                "select r from Recommendation r join r.municipality m join r.organization o where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        ReadScope.Condition scope = ReadScope.jpql(caller, "m.code", "o.code");
        q.append(" and ").append(scope.clause());
        params.putAll(scope.jpqlParams());
        String m = blankToNull(f.municipality());
        if (m != null) {
            territory.visibleMunicipality(caller, m);
            q.append(" and m.code = :municipality");
            params.put("municipality", m);
        }
        String o = blankToNull(f.organization());
        if (o != null) {
            if (m != null) {
                caller.requireReadRow(m, o);
            }
            q.append(" and o.code = :organization");
            params.put("organization", o);
        }
        if (status != null) {
            q.append(" and r.status = :status");
            params.put("status", status);
        }
        if (overdueGiven) {
            q.append(overdue ? " and " : " and not ").append(Recommendation.OVERDUE_JPQL);
        }
        equal(q, params, "r.rule", "rule", f.rule());
        equal(q, params, "r.group", "group", f.group());
        if (batch != null) {
            q.append(" and r.batch = :batch");
            params.put("batch", batch);
        }
        LocalDate today = LocalDate.now();
        return Pages.<Recommendation>of(
                        Recommendation.find(
                                q.toString(),
                                Sort.by("r.createdAt", Sort.Direction.Descending)
                                        .and("o.name")
                                        .and("r.id"),
                                params),
                        page)
                .map(r -> RecommendationDto.of(r, today));
    }

    private static void equal(StringBuilder q, Map<String, Object> params, String column, String name, String raw) {
        String value = blankToNull(raw);
        if (value != null) {
            q.append(" and ").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }

    private static UUID uuid(String raw) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(
                    "batch",
                    "invalid_uuid",
                    "Параметр «batch» должен быть идентификатором пакета (UUID), получено «" + value + "»");
        }
    }

    /** The recommendation, if the caller may read its school's rows: 404 when absent, 403 out of scope. */
    public Recommendation recommendation(Caller caller, long id) {
        Recommendation r = Recommendation.<Recommendation>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("id", "Рекомендация № " + id + " не найдена"));
        caller.requireReadRow(r.municipality.code, r.organization.code);
        return r;
    }

    public RecommendationDto get(Caller caller, long id) {
        return RecommendationDto.of(recommendation(caller, id), LocalDate.now());
    }

    /** The school's answer (its editor's or the department's); again while not closed replaces it. */
    @Transactional
    public RecommendationDto respond(Caller caller, long id, ResponseInput in, String ifMatch) {
        Recommendation r = recommendation(caller, id);
        if (caller.writeRefusal(r.municipality.code, r.organization.code) != null) {
            throw ProblemException.forbidden("Ответить на рекомендацию может только организация «"
                    + r.organization.code + "» (её редактор) или управление образования муниципалитета «"
                    + r.municipality.code + "»");
        }
        Checks c = new Checks();
        String text = in == null ? null : blankToNull(in.text());
        if (c.required("text", text)) {
            c.maxLength("text", text, MAX_TEXT);
        }
        c.throwIfAny();
        ETags.checkIfMatch(ifMatch, r.version, label(r));
        if (Recommendation.CLOSED.equals(r.status)) {
            throw ProblemException.conflict(
                    "recommendation-closed", label(r) + " уже закрыта управлением образования; ответ изменить нельзя");
        }
        RecommendationDto old = RecommendationDto.of(r, LocalDate.now());
        OffsetDateTime now = OffsetDateTime.now();
        r.responseText = text;
        r.responseAt = now;
        r.responseBy = caller.username();
        r.status = Recommendation.ANSWERED;
        r.updatedAt = now;
        r.persistAndFlush();
        RecommendationDto dto = RecommendationDto.of(r, LocalDate.now());
        audit.record(caller, "respond", subject(r), old, dto);
        return dto;
    }

    /** The department's closing verdict; a closed recommendation keeps its verdict. */
    @Transactional
    public RecommendationDto verdict(Caller caller, long id, VerdictInput in, String ifMatch) {
        Recommendation r = recommendation(caller, id);
        requireDepartment(caller, r, "Закрыть рекомендацию");
        Checks c = new Checks();
        String outcome = in == null ? null : blankToNull(in.outcome());
        if (c.required("outcome", outcome)) {
            c.oneOf("outcome", outcome, Recommendation.OUTCOMES);
        }
        String text = in == null ? null : blankToNull(in.text());
        c.maxLength("text", text, MAX_TEXT);
        c.throwIfAny();
        ETags.checkIfMatch(ifMatch, r.version, label(r));
        if (Recommendation.CLOSED.equals(r.status)) {
            throw ProblemException.conflict("recommendation-closed", label(r) + " уже закрыта");
        }
        RecommendationDto old = RecommendationDto.of(r, LocalDate.now());
        OffsetDateTime now = OffsetDateTime.now();
        r.verdictOutcome = outcome;
        r.verdictText = text;
        r.verdictAt = now;
        r.verdictBy = caller.username();
        r.status = Recommendation.CLOSED;
        r.updatedAt = now;
        r.persistAndFlush();
        RecommendationDto dto = RecommendationDto.of(r, LocalDate.now());
        audit.record(caller, "verdict", subject(r), old, dto);
        return dto;
    }

    @Transactional
    public void delete(Caller caller, long id, String ifMatch) {
        Recommendation r = recommendation(caller, id);
        requireDepartment(caller, r, "Удалить рекомендацию");
        ETags.checkIfMatch(ifMatch, r.version, label(r));
        if (!Recommendation.OPEN.equals(r.status)) {
            throw ProblemException.conflict(
                    "recommendation-not-open",
                    label(r) + (Recommendation.CLOSED.equals(r.status) ? " уже закрыта" : " уже получила ответ школы")
                            + "; удалить можно только открытую рекомендацию");
        }
        audit.record(caller, "delete", subject(r), RecommendationDto.of(r, LocalDate.now()), null);
        r.delete();
    }

    /** The school's indicators of the recommendation the year before its deadline's year and the year after. */
    public Effect effect(Caller caller, long id) {
        Recommendation r = recommendation(caller, id);
        List<EffectService.Measure> measures = new ArrayList<>();
        r.indicators.forEach(
                code -> Indicator.byCode(code).ifPresent(ind -> measures.add(new EffectService.Measure(ind, null))));
        return effects.effect(r.municipality, List.of(r.organization), measures, r.dueTo.getYear());
    }

    private static void requireDepartment(Caller caller, Recommendation r, String what) {
        if (!caller.canWrite(r.municipality.code)) {
            throw ProblemException.forbidden(what + " может только управление образования муниципалитета «"
                    + r.municipality.code + "» (его редактор)");
        }
    }

    private static String label(Recommendation r) {
        return "Рекомендация № " + r.id;
    }

    private static AuditLog.Subject subject(Recommendation r) {
        return new AuditLog.Subject(
                "recommendation",
                r.id,
                r.municipality.code + "/" + r.organization.code + "/" + r.id,
                r.municipality.code,
                null);
    }
}
