package ru.orientir.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.orientir.catalogue.CatalogueDtos.IndicatorInput;
import ru.orientir.common.Checks;
import ru.orientir.common.FieldError;

/** The rules of an indicator definition (API and files alike), without a database. */
class IndicatorRulesTest {

    static IndicatorInput input(
            String unit, BigDecimal min, BigDecimal max, List<Band> bands, List<String> categories) {
        return new IndicatorInput(
                null,
                "Доля",
                null,
                null,
                null,
                unit,
                1,
                "higher",
                min,
                max,
                bands,
                "municipality",
                "calendar_year",
                categories,
                null,
                null,
                null,
                null,
                null,
                "active");
    }

    static Checks check(String code, IndicatorInput in) {
        Checks c = new Checks();
        IndicatorRules.validate(c, code, in, null, () -> {
            throw new AssertionError("a new indicator has no data to ask about");
        });
        return c;
    }

    static List<String> fieldsAndCodes(Checks c) {
        return c.errors().stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aGoodIndicatorPasses() {
        Checks c = check(
                "1.2",
                input(
                        "percent",
                        d("0"),
                        d("100"),
                        List.of(new Band(null, d("0.8"), "плохо", d("0")), new Band(d("0.8"), null, "хорошо", d("1"))),
                        List.of("математика", "физика")));
        assertTrue(c.ok(), c.errors().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"areas", "AREAS", "Areas"})
    void theReservedCodeIsRefused(String code) {
        assertEquals(
                List.of("code:reserved_code"), fieldsAndCodes(check(code, input("percent", null, null, null, null))));
    }

    @Test
    void codeFormatAndMismatch() {
        assertEquals(
                List.of("code:invalid_code"), fieldsAndCodes(check("код", input("percent", null, null, null, null))));
        IndicatorInput other = new IndicatorInput(
                "x-2", "Доля", null, null, null, "percent", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        assertEquals(List.of("code:code_mismatch"), fieldsAndCodes(check("x-1", other)));
    }

    @Test
    void requiredFieldsAndEnumerations() {
        IndicatorInput in = new IndicatorInput(
                null,
                " ",
                "x".repeat(1001),
                "a".repeat(301),
                null,
                "percents",
                7,
                "up",
                null,
                null,
                null,
                "school",
                "fortnightly",
                null,
                null,
                null,
                null,
                null,
                null,
                "deleted");
        assertEquals(
                List.of(
                        "nameRu:required",
                        "nameEn:too_long",
                        "area:too_long",
                        "unit:not_allowed",
                        "decimals:out_of_range",
                        "polarity:not_allowed",
                        "level:not_allowed",
                        "periodicity:not_allowed",
                        "status:not_allowed"),
                fieldsAndCodes(check("x-1", in)));
        assertEquals(List.of("nameRu:required", "unit:required"), fieldsAndCodes(check("x-1", null)));
    }

    @Test
    void theScaleMustRise() {
        Checks equal = check("x-1", input("score", d("5"), d("5.0"), null, null));
        assertEquals(List.of("scaleMax:scale_inverted"), fieldsAndCodes(equal));
        assertEquals(
                "Верхняя граница шкалы (5) должна быть больше нижней (5)",
                equal.errors().get(0).message());
        assertEquals(
                List.of("scaleMax:scale_inverted"),
                fieldsAndCodes(check("x-1", input("score", d("5"), d("1"), null, null))));
        assertTrue(check("x-1", input("score", d("5"), null, null, null)).ok());
    }

    @Test
    void bands() {
        Checks c = check(
                "x-1",
                input(
                        "score",
                        null,
                        null,
                        Arrays.asList(
                                new Band(d("1"), d("0.5"), "x", null),
                                null,
                                new Band(null, null, "y", null),
                                new Band(d("0"), d("1"), " ", null),
                                new Band(d("1"), d("1"), "z", null)),
                        null));
        assertEquals(
                List.of(
                        "bands[0].to:band_inverted",
                        "bands[1]:required",
                        "bands[2]:unbounded_band",
                        "bands[3].label:required",
                        "bands[4].to:band_inverted"),
                fieldsAndCodes(c));
        assertEquals(
                "Полоса шкалы 1: верхняя граница 0.5 должна быть больше нижней 1",
                c.errors().get(0).message());
    }

    @Test
    void categories() {
        Checks c = check(
                "x-1", input("score", null, null, null, Arrays.asList("a", "b", "a", " ", "b ", "к".repeat(201))));
        assertEquals(
                List.of(
                        "categories[2]:duplicate",
                        "categories[3]:required",
                        "categories[4]:duplicate",
                        "categories[5]:too_long"),
                fieldsAndCodes(c));
        assertEquals("Категория «a» указана дважды", c.errors().get(0).message());
    }

    @Test
    void theUnitOfAnIndicatorWithDataStays() {
        Indicator stored = new Indicator();
        stored.code = "x-1";
        stored.unit = "percent";
        Checks c = new Checks();
        IndicatorRules.validate(c, "x-1", input("count", null, null, null, null), stored, () -> true);
        assertEquals(List.of("unit:unit_in_use"), fieldsAndCodes(c));
        Checks unused = new Checks();
        IndicatorRules.validate(unused, "x-1", input("count", null, null, null, null), stored, () -> false);
        assertTrue(unused.ok());
        Checks same = new Checks();
        IndicatorRules.validate(same, "x-1", input("percent", null, null, null, null), stored, () -> {
            throw new AssertionError("the unit did not change: nothing to ask");
        });
        assertTrue(same.ok());
    }

    @Test
    void messagesNameNoInternalType() {
        for (FieldError e : check("areas", input("percent", d("5"), d("1"), null, List.of("a", "a")))
                .errors()) {
            assertFalse(e.message().contains("null") || e.message().contains("BigDecimal"), e.message());
        }
    }
}
