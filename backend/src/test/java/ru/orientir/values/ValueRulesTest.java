package ru.orientir.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.orientir.catalogue.Indicator;
import ru.orientir.common.Checks;

/** The rules of a measured value (API and files alike), without a database. */
class ValueRulesTest {

    static Indicator count() {
        Indicator i = new Indicator();
        i.code = "t-cnt";
        i.unit = "count";
        i.categories = List.of("математика");
        return i;
    }

    static ValueInput value(Integer year, String period, String category, String value, String qualifier) {
        return new ValueInput(
                "kaluga",
                "t-cnt",
                null,
                year,
                period,
                category,
                value == null ? null : new BigDecimal(value),
                qualifier,
                null,
                null,
                null,
                null);
    }

    static List<String> fieldsAndCodes(Checks c) {
        return c.errors().stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    void defaults() {
        Checks c = new Checks();
        assertEquals(
                new ValueRules.Settled("", "", "exact"),
                ValueRules.validate(c, count(), value(2024, null, " ", "3", null)));
        Indicator quarterly = count();
        quarterly.periodicity = "quarter";
        assertEquals(
                new ValueRules.Settled("Q1", "математика", "approx"),
                ValueRules.validate(c, quarterly, value(2024, "Q1", "математика", "3", "approx")));
        assertEquals(
                new ValueRules.Settled("Q1", "", "exact"),
                ValueRules.validate(c, quarterly, value(2024, "2024-q1", null, "3", null)));
        assertTrue(c.ok(), c.errors().toString());
    }

    @Test
    void everyRuleAtOnce() {
        Checks c = new Checks();
        ValueInput in = new ValueInput(
                "kaluga",
                "t-cnt",
                null,
                2101,
                "Q9",
                "физика",
                new BigDecimal("1.5"),
                "about",
                new BigDecimal("-1"),
                BigDecimal.ZERO,
                null,
                null);
        ValueRules.validate(c, count(), in);
        assertEquals(
                List.of(
                        "year:year_out_of_range",
                        "qualifier:not_allowed",
                        "value:not_a_count",
                        "period:invalid_period",
                        "category:unknown_category",
                        "numerator:negative",
                        "denominator:not_positive"),
                fieldsAndCodes(c));
        assertEquals(
                "Количество должно быть целым неотрицательным числом, получено 1.5",
                c.errors().get(2).message());
    }

    @Test
    void aValueAndAYearAreRequired() {
        Checks c = new Checks();
        ValueRules.validate(c, count(), value(null, null, null, null, null));
        assertEquals(List.of("year:required", "value:required"), fieldsAndCodes(c));
    }

    @Test
    void aLongCategory() {
        Checks c = new Checks();
        ValueRules.validate(c, null, value(2024, null, "к".repeat(201), "1", null));
        assertEquals(List.of("category:too_long"), fieldsAndCodes(c));
    }
}
