package ru.orientir.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.orientir.common.Checks;
import ru.orientir.common.FieldError;

/** The bounds of a figure by unit and scale, and what a fact adds, without a database. */
class ValueChecksTest {

    static Indicator indicator(String unit, String scaleMin, String scaleMax, List<String> categories) {
        Indicator i = new Indicator();
        i.code = "t-" + unit;
        i.unit = unit;
        i.scaleMin = scaleMin == null ? null : new BigDecimal(scaleMin);
        i.scaleMax = scaleMax == null ? null : new BigDecimal(scaleMax);
        i.categories = categories;
        return i;
    }

    static List<String> codes(Checks c) {
        return c.errors().stream().map(FieldError::code).toList();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "percent, 0, -",
                "percent, 100, -",
                "percent, 45.5, -",
                "percent, -0.1, percent_out_of_range",
                "percent, 100.01, percent_out_of_range",
                "yes_no, 1, -",
                "yes_no, 0, -",
                "yes_no, 1.0, -",
                "yes_no, 0.5, not_yes_no",
                "yes_no, 2, not_yes_no",
                "count, 3, -",
                "count, 3.0, -",
                "count, 1.5, not_a_count",
                "count, -1, not_a_count",
                "persons, 2.5, not_a_count",
                "places, 0.5, not_a_count",
                "places, 12, -",
                "rubles, -1, negative",
                "rank, -2, negative",
                "years, 0, -",
                "score, -5, -",
                "ratio, 0.3, -",
                "other, -9, -",
                "score, 1e14, out_of_range",
                "score, 0.0000001, out_of_range"
            })
    void figureByUnit(String unit, String value, String code) {
        Checks c = new Checks();
        ValueChecks.figure(c, "value", indicator(unit, null, null, null), new BigDecimal(value));
        assertEquals(
                code == null ? List.of() : List.of(code),
                codes(c).stream().distinct().toList());
        c.errors().forEach(e -> assertEquals("value", e.field()));
    }

    @ParameterizedTest(name = "scale {0}..{1}, {2} -> {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "0, 10, 0, -",
                "0, 10, 10, -",
                "0, 10, 10.5, outside_scale",
                "0, 10, -1, outside_scale",
                "-, 10, -100, -",
                "5, -, 4, outside_scale"
            })
    void figureOnTheScale(String min, String max, String value, String code) {
        Checks c = new Checks();
        ValueChecks.figure(c, "valueTo", indicator("score", min, max, null), new BigDecimal(value));
        assertEquals(code == null ? List.of() : List.of(code), codes(c));
        if (code != null) {
            assertEquals("valueTo", c.errors().get(0).field());
            assertTrue(
                    c.errors().get(0).message().contains("вне шкалы показателя t-score"),
                    c.errors().get(0).message());
        }
    }

    @Test
    void nothingToCheckWithoutAFigureOrAnIndicator() {
        Checks c = new Checks();
        ValueChecks.figure(c, "value", indicator("percent", null, null, null), null);
        ValueChecks.figure(c, "value", null, new BigDecimal("500"));
        assertTrue(c.ok());
    }

    @Test
    void factCategoryNumeratorDenominator() {
        Indicator exam = indicator("score", null, null, List.of("математика", "русский язык"));
        Checks c = new Checks();
        ValueChecks.fact(c, exam, "физика", new BigDecimal("-1"), BigDecimal.ZERO);
        assertEquals(List.of("unknown_category", "negative", "not_positive"), codes(c));
        assertEquals(
                List.of("category", "numerator", "denominator"),
                c.errors().stream().map(FieldError::field).toList());
        assertTrue(c.errors().get(0).message().contains("допустимы: математика, русский язык"));

        Checks good = new Checks();
        ValueChecks.fact(good, exam, "математика", BigDecimal.ONE, BigDecimal.TEN);
        ValueChecks.fact(good, exam, "", null, null);
        assertTrue(good.ok(), good.errors().toString());
    }

    @Test
    void aCategoryIsRefusedOnlyWhenTheIndicatorListsSome() {
        Checks c = new Checks();
        ValueChecks.fact(c, indicator("score", null, null, null), "что угодно", null, null);
        assertTrue(c.ok());
    }

    @Test
    void archivedIndicatorsTakeNoNewData() {
        Indicator i = indicator("score", null, null, null);
        Checks c = new Checks();
        ValueChecks.active(c, "indicator", i);
        assertTrue(c.ok());
        i.status = "archived";
        ValueChecks.active(c, "indicator", i);
        assertEquals(List.of("archived_indicator"), codes(c));
    }
}
