package ru.orientir.targets;

import static ru.orientir.common.Pages.blankToNull;

import java.util.Locale;
import java.util.Optional;
import ru.orientir.catalogue.Indicator;
import ru.orientir.catalogue.ValueChecks;
import ru.orientir.common.Checks;
import ru.orientir.common.Decimals;

/**
 * The rules of a target or baseline, the same for PUT /targets and every row of a targets file:
 * year, kind, comparator (one parser for what people type), the figures against the indicator, and
 * the upper bound of {@code between}, the category against the indicator's dimensions and the
 * organization '*' (every organization of the municipality). Field names are those of {@link TargetInput}; the natural key's
 * codes are resolved (and checked) before, by the caller.
 */
public final class TargetRules {

    /** The organization code of a target of every organization of the municipality, in files and JSON. */
    public static final String EVERY_ORGANIZATION = "*";

    /**
     * What the checks settle: the kind and the comparator's code (defaults applied), the category as stored
     * (canonical, '' for the total) and whether the target is for every organization ('*').
     */
    public record Settled(String kind, String comparator, String category, boolean everyOrganization) {}

    private TargetRules() {}

    /**
     * The comparator's code for what people type: eq, ge, le, between, or the symbols =, ==, >=, =>, ≥,
     * <=, =<, ≤ (case and blanks ignored); null for nothing given; anything else is returned as typed
     * (trimmed, lower case) for {@link #validate} to refuse.
     */
    public static String comparatorOf(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "=", "==" -> "eq";
            case ">=", "≥", "=>" -> "ge";
            case "<=", "≤", "=<" -> "le";
            default -> t;
        };
    }

    /** True when the organization typed is '*' (every organization of the municipality). */
    public static boolean isEveryOrganization(String organization) {
        return organization != null && EVERY_ORGANIZATION.equals(organization.trim());
    }

    /**
     * The organization code to resolve for the write's scope: null for '*' (a target of every
     * organization is the municipality's decision, so its scope is the municipality's).
     */
    public static String organizationToResolve(String organization) {
        return isEveryOrganization(organization) ? null : organization;
    }

    /**
     * Checks a target for {@code indicator} (null when it could not be resolved: its figures are then not
     * checked). '*' is allowed for organization-level indicators only.
     */
    public static Settled validate(Checks c, Indicator indicator, TargetInput in) {
        c.year("year", in.year());
        boolean every = isEveryOrganization(in.organization());
        if (every && indicator != null && !"organization".equals(indicator.level)) {
            c.add(
                    "organization",
                    "every_organization_not_allowed",
                    "Организация «*» (все организации муниципалитета) допустима только для показателя уровня"
                            + " организаций; показатель " + indicator.code
                            + " задаётся для муниципалитета в целом");
        }
        String category = Optional.ofNullable(blankToNull(in.category())).orElse("");
        c.maxLength("category", category, ValueChecks.MAX_CATEGORY);
        String stored = indicator == null ? category : ValueChecks.category(c, indicator, category);
        String kind = Optional.ofNullable(blankToNull(in.kind())).orElse("target");
        c.oneOf("kind", kind, Target.KINDS);
        String comparator = Optional.ofNullable(comparatorOf(in.comparator())).orElse("eq");
        if (!Target.COMPARATORS.contains(comparator)) {
            c.add(
                    "comparator",
                    "not_allowed",
                    "Сравнение «" + in.comparator().trim()
                            + "» недопустимо; допустимы: eq (=), ge (≥, >=), le (≤, <=), between");
        }
        if (c.required("value", in.value())) {
            ValueChecks.figure(c, "value", indicator, in.value());
        }
        if ("between".equals(comparator)) {
            if (in.valueTo() == null) {
                c.add("valueTo", "required", "Для сравнения «between» нужна верхняя граница valueTo");
            } else {
                ValueChecks.figure(c, "valueTo", indicator, in.valueTo());
                if (in.value() != null && in.valueTo().compareTo(in.value()) < 0) {
                    c.add(
                            "valueTo",
                            "bounds_inverted",
                            "Верхняя граница " + Decimals.exact(in.valueTo()).toPlainString() + " меньше нижней "
                                    + Decimals.exact(in.value()).toPlainString());
                }
            }
        } else if (in.valueTo() != null) {
            c.add("valueTo", "not_allowed", "Верхняя граница valueTo указывается только для сравнения «between»");
        }
        return new Settled(kind, comparator, stored, every);
    }
}
