package ru.orientir.plans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.orientir.catalogue.Indicator;
import ru.orientir.common.ProblemException;
import ru.orientir.effects.EffectDtos.Effect;
import ru.orientir.effects.EffectDtos.Item;
import ru.orientir.effects.EffectDtos.Summary;
import ru.orientir.effects.EffectService;
import ru.orientir.groups.OrganizationGroup;
import ru.orientir.security.Caller;
import ru.orientir.territory.Organization;

/**
 * «Анализ эффективности принятых мер» for one activity: its indicators for its schools and registers (the
 * municipality as a whole when it names none) the year before its deadline's year and the year after, and
 * whether its planned result (an indicator reaching a target) was reached in the deadline's year.
 */
@ApplicationScoped
public class ActivityEffect {

    @Inject
    PlanService plans;

    @Inject
    ActivityService activities;

    @Inject
    EffectService effects;

    @Schema(
            name = "ActivityResult",
            requiredProperties = {"indicator", "year", "target"},
            description = "The planned result: the municipality's total of the indicator in the deadline's year"
                    + " against the target, by the indicator's direction")
    public record Result(
            String indicator,
            int year,
            BigDecimal target,
            @Schema(description = "Absent when the year was not reported") BigDecimal value,
            @Schema(description = "Absent when the year was not reported") Boolean met) {}

    @Schema(
            name = "ActivityEffect",
            requiredProperties = {"year", "before", "after", "items", "summary"},
            description = "The activity's indicators before (year − 1) and after (year + 1) its deadline's year")
    public record Dto(
            int year,
            int before,
            int after,
            List<Item> items,
            Summary summary,
            @Schema(description = "Absent when the activity names no indicator with a target") Result result) {}

    @Transactional
    public Dto of(Caller caller, String planCode, String code) {
        Plan p = plans.plan(caller, planCode);
        Activity a = activities.activity(p, code);
        if (p.municipality == null) {
            throw ProblemException.conflict(
                    "regional-plan",
                    "У мероприятия регионального плана нет муниципалитета, по показателям которого судить об эффекте");
        }
        int year = a.dueTo.getYear();
        Effect e = effects.effect(p.municipality, schools(a), measures(a), year);
        return new Dto(e.year(), e.before(), e.after(), e.items(), e.summary(), result(p, a, year));
    }

    /** The schools it names and those of its registers. */
    private static List<Organization> schools(Activity a) {
        Set<Organization> out = new LinkedHashSet<>(a.organizations);
        for (OrganizationGroup g : a.groups) {
            out.addAll(g.organizations);
        }
        return new ArrayList<>(out);
    }

    /** Its linked indicators, and its result's indicator when that is not one of them. */
    private static List<EffectService.Measure> measures(Activity a) {
        Set<Indicator> inds = new LinkedHashSet<>(a.indicators);
        if (a.resultIndicator != null) {
            inds.add(a.resultIndicator);
        }
        return inds.stream().map(i -> new EffectService.Measure(i, null)).toList();
    }

    private Result result(Plan p, Activity a, int year) {
        if (a.resultIndicator == null || a.resultTarget == null) {
            return null;
        }
        BigDecimal value = effects.annualTotal(p.municipality, a.resultIndicator, year);
        Boolean met = value == null
                ? null
                : a.resultIndicator.higherIsBetter()
                        ? value.compareTo(a.resultTarget) >= 0
                        : value.compareTo(a.resultTarget) <= 0;
        return new Result(a.resultIndicator.code, year, a.resultTarget, value, met);
    }
}
