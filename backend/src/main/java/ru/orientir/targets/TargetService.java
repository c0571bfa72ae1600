package ru.orientir.targets;

import static ru.orientir.common.Pages.blankToNull;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import ru.orientir.audit.AuditLog;
import ru.orientir.common.Checks;
import ru.orientir.common.Decimals;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.ProblemException;
import ru.orientir.common.Saved;
import ru.orientir.facts.DataFilter;
import ru.orientir.facts.DataKeys;
import ru.orientir.facts.DataWrites;
import ru.orientir.periods.PeriodGuard;
import ru.orientir.security.Caller;

/** Targets and baselines: scope on every read and write, the indicator's checks, period lock, audit. */
@ApplicationScoped
public class TargetService {

    private static final String FROM =
            "from Target t join t.municipality m join t.indicator i left join t.organization o";
    private static final String ORDER = "m.code, i.code, t.year, o.code nulls first, t.kind";

    @Inject
    EntityManager em;

    @Inject
    DataWrites writes;

    @Inject
    PeriodGuard periods;

    /**
     * The targets the caller may read; {@code kind} is already parsed (null: both kinds). The filter
     * organization=* keeps the targets of every organization; category (canonical form, '' for the
     * totals) keeps that category only.
     */
    public PageResult<TargetDto> list(Caller caller, DataFilter filter, String kind, String category, PageParams p) {
        boolean every = TargetRules.isEveryOrganization(filter.organization);
        if (every) {
            filter.organization = null;
        }
        DataFilter.Where where = filter.where(caller, "t");
        if (every) {
            where.and("t.everyOrganization = :every", "every", true);
        }
        if (kind != null) {
            where.and("t.kind = :kind", "kind", kind);
        }
        if (category != null) {
            where.and("t.category = :category", "category", category.trim());
        }
        return DataFilter.page(em, TargetDto.class, TargetDto.SELECT, FROM, where, ORDER, p);
    }

    /** One target the caller may read: 404 when there is none, 403 when it is another municipality's. */
    public Target target(Caller caller, long id) {
        Target t = Target.<Target>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("id", "Целевое значение " + id + " не найдено"));
        caller.requireReadRow(t.municipality.code, t.organization == null ? null : t.organization.code);
        return t;
    }

    @Transactional
    public Saved<TargetDto> put(Caller caller, TargetInput in, String ifMatch) {
        TargetInput input =
                in == null ? new TargetInput(null, null, null, null, null, null, null, null, null, null, null) : in;
        Checks c = new Checks();
        DataKeys keys = DataKeys.forWrite(
                caller,
                c,
                input.municipality(),
                input.indicator(),
                TargetRules.organizationToResolve(input.organization()));
        TargetRules.Settled settled = TargetRules.validate(c, keys.indicator(), input);
        c.throwIfAny();
        String kind = settled.kind();
        String comparator = settled.comparator();
        String category = settled.category();
        boolean every = settled.everyOrganization();
        periods.requireOpen(keys.municipality(), input.year());

        String what = "Целевое значение " + key(keys, every, input.year(), kind, category);
        return writes.upsert(
                caller,
                find(keys, every, input.year(), kind, category),
                ifMatch,
                what,
                () -> {
                    Target t = new Target();
                    t.placeAt(keys, input.year());
                    t.kind = kind;
                    t.category = category;
                    t.everyOrganization = every;
                    return t;
                },
                t -> {
                    t.comparator = comparator;
                    t.value = Decimals.keep(t.value, input.value());
                    t.valueTo = Decimals.keep(t.valueTo, input.valueTo());
                    t.comment = blankToNull(input.comment());
                    t.source = blankToNull(input.source());
                },
                TargetDto::of,
                TargetService::subject);
    }

    @Transactional
    public void delete(Caller caller, long id, String ifMatch) {
        writes.delete(
                caller, target(caller, id), ifMatch, "Целевое значение " + id, TargetDto::of, TargetService::subject);
    }

    private static Optional<Target> find(DataKeys keys, boolean every, int year, String kind, String category) {
        Parameters p = Parameters.with("m", keys.municipality())
                .and("i", keys.indicator())
                .and("y", year)
                .and("k", kind)
                .and("c", category)
                .and("e", every);
        String same = "municipality = :m and indicator = :i and year = :y and kind = :k and category = :c"
                + " and everyOrganization = :e";
        if (keys.organization() == null) {
            return Target.find(same + " and organization is null", p).firstResultOptional();
        }
        return Target.find(same + " and organization = :o", p.and("o", keys.organization()))
                .firstResultOptional();
    }

    /** The natural-key text of audit events and messages: municipality/indicator[/organization|*]/year/kind[/category]. */
    static String key(DataKeys keys, boolean every, int year, String kind, String category) {
        String base = every
                ? keys.municipality().code + "/" + keys.indicator().code + "/" + TargetRules.EVERY_ORGANIZATION + "/"
                        + year
                : keys.key(year);
        return base + "/" + kind + (category == null || category.isEmpty() ? "" : "/" + category);
    }

    private static AuditLog.Subject subject(Target t) {
        return new AuditLog.Subject(
                "target",
                t.id,
                key(t.keys(), t.everyOrganization, t.year, t.kind, t.category),
                t.municipality.code,
                t.indicator.code,
                t.organization == null ? null : t.organization.code);
    }
}
