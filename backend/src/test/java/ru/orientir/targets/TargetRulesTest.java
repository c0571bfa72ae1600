package ru.orientir.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.orientir.catalogue.Indicator;
import ru.orientir.common.Checks;

/** The comparator parser and the rules of a target (API and files alike), without a database. */
class TargetRulesTest {

    static Indicator percent() {
        Indicator i = new Indicator();
        i.code = "t-pct";
        i.unit = "percent";
        return i;
    }

    static TargetInput target(String kind, String comparator, String value, String valueTo) {
        return new TargetInput(
                "kaluga",
                "t-pct",
                null,
                2024,
                kind,
                comparator,
                value == null ? null : new BigDecimal(value),
                valueTo == null ? null : new BigDecimal(valueTo),
                null,
                null,
                null);
    }

    static List<String> fieldsAndCodes(Checks c) {
        return c.errors().stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @ParameterizedTest(name = "«{0}» -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "eq|eq",
                "=|eq",
                "==|eq",
                " EQ |eq",
                "ge|ge",
                ">=|ge",
                "=>|ge",
                "≥|ge",
                "le|le",
                "<=|le",
                "=<|le",
                "≤|le",
                "between|between",
                "Between|between",
                ">|>",
                "~|~"
            })
    void comparatorsAsPeopleTypeThem(String typed, String code) {
        assertEquals(code, TargetRules.comparatorOf(typed));
    }

    @Test
    void noComparatorIsNull() {
        assertNull(TargetRules.comparatorOf(null));
        assertNull(TargetRules.comparatorOf("  "));
    }

    @Test
    void defaultsAndSymbols() {
        Checks c = new Checks();
        assertEquals(
                new TargetRules.Settled("target", "eq", "", false),
                TargetRules.validate(c, percent(), target(null, null, "70", null)));
        assertEquals(
                new TargetRules.Settled("baseline", "ge", "", false),
                TargetRules.validate(c, percent(), target("baseline", "=>", "70", null)));
        assertEquals(
                new TargetRules.Settled("target", "le", "", false),
                TargetRules.validate(c, percent(), target(" ", "=<", "5", null)));
        assertTrue(c.ok(), c.errors().toString());
    }

    @Test
    void anUnknownComparatorIsRefusedAsTyped() {
        Checks c = new Checks();
        TargetRules.validate(c, percent(), target(null, " > ", "70", null));
        assertEquals(List.of("comparator:not_allowed"), fieldsAndCodes(c));
        assertEquals(
                "Сравнение «>» недопустимо; допустимы: eq (=), ge (≥, >=), le (≤, <=), between",
                c.errors().get(0).message());
    }

    @Test
    void betweenNeedsAnUpperBoundNotBelowTheValue() {
        Checks below = new Checks();
        TargetRules.validate(below, percent(), target(null, "between", "60", "40"));
        assertEquals(List.of("valueTo:bounds_inverted"), fieldsAndCodes(below));
        assertEquals(
                "Верхняя граница 40 меньше нижней 60", below.errors().get(0).message());

        Checks missing = new Checks();
        TargetRules.validate(missing, percent(), target(null, "between", "60", null));
        assertEquals(List.of("valueTo:required"), fieldsAndCodes(missing));

        Checks equal = new Checks();
        TargetRules.validate(equal, percent(), target(null, "between", "60", "60.0"));
        assertTrue(equal.ok());

        Checks outside = new Checks();
        TargetRules.validate(outside, percent(), target(null, "between", "60", "120"));
        assertEquals(List.of("valueTo:percent_out_of_range"), fieldsAndCodes(outside));
    }

    @Test
    void anUpperBoundOnlyForBetween() {
        Checks c = new Checks();
        TargetRules.validate(c, percent(), target(null, "ge", "60", "70"));
        assertEquals(List.of("valueTo:not_allowed"), fieldsAndCodes(c));
    }

    @Test
    void yearKindAndValue() {
        Checks c = new Checks();
        TargetInput in = new TargetInput("kaluga", "t-pct", null, 1800, "plan", null, null, null, null, null, null);
        TargetRules.validate(c, percent(), in);
        assertEquals(List.of("year:year_out_of_range", "kind:not_allowed", "value:required"), fieldsAndCodes(c));

        Checks noYear = new Checks();
        TargetRules.validate(
                noYear,
                percent(),
                new TargetInput(null, null, null, null, null, null, BigDecimal.ONE, null, null, null, null));
        assertEquals(List.of("year:required"), fieldsAndCodes(noYear));
    }

    @Test
    void anUnresolvedIndicatorLeavesTheFiguresUnchecked() {
        Checks c = new Checks();
        TargetRules.validate(c, null, target(null, null, "500", null));
        assertTrue(c.ok());
    }

    @Test
    void everyOrganizationOnlyForAnOrganizationLevelIndicator() {
        TargetInput every =
                new TargetInput("kaluga", "t-pct", " * ", 2024, null, "ge", BigDecimal.TEN, null, null, null, null);
        Checks municipalityLevel = new Checks();
        TargetRules.validate(municipalityLevel, percent(), every);
        assertEquals(List.of("organization:every_organization_not_allowed"), fieldsAndCodes(municipalityLevel));
        assertTrue(municipalityLevel.errors().get(0).message().contains("уровня организаций"));

        Indicator perSchool = percent();
        perSchool.level = "organization";
        Checks c = new Checks();
        TargetRules.Settled settled = TargetRules.validate(c, perSchool, every);
        assertTrue(c.ok());
        assertTrue(settled.everyOrganization());
        assertEquals("", settled.category());
        // '*' is resolved as the municipality's scope: no organization code to look up
        assertNull(TargetRules.organizationToResolve(" * "));
        assertEquals("school-1", TargetRules.organizationToResolve("school-1"));
    }

    @Test
    void aCategoryIsCheckedAsAValueCategoryIsAndStoredCanonical() {
        Indicator free = percent();
        free.categories = List.of("Русский язык", "Математика");
        Checks ok = new Checks();
        TargetInput math = new TargetInput(
                "kaluga", "t-pct", null, 2024, null, "ge", BigDecimal.TEN, null, null, null, "Математика");
        assertEquals("Математика", TargetRules.validate(ok, free, math).category());
        assertTrue(ok.ok());
        Checks bad = new Checks();
        TargetRules.validate(
                bad,
                free,
                new TargetInput("kaluga", "t-pct", null, 2024, null, "ge", BigDecimal.TEN, null, null, null, "Химия"));
        assertEquals(List.of("category:unknown_category"), fieldsAndCodes(bad));
        assertTrue(bad.errors().get(0).message().contains("Русский язык, Математика"));
    }
}
