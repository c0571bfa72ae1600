package ru.orientir.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.orientir.common.Checks;
import ru.orientir.common.FieldError;

/** Periods within a year and the one rule of which of them an indicator's values may be for. */
class ReportPeriodTest {

    @Test
    void theFormsOfAPeriod() {
        assertEquals(new ReportPeriod(2024, "M03"), ReportPeriod.parse("2024-03", 2024));
        assertEquals(new ReportPeriod(2024, "M03"), ReportPeriod.parse("m3", 2024));
        assertEquals(new ReportPeriod(2024, "Q1"), ReportPeriod.parse("2024-q1", 2024));
        assertEquals(new ReportPeriod(2024, "H2"), ReportPeriod.parse("H2", 2024));
        assertEquals(new ReportPeriod(2024, "W07"), ReportPeriod.parse("2024-W7", null));
        assertEquals(new ReportPeriod(2024, ""), ReportPeriod.parse(" ", 2024));
        assertEquals(new ReportPeriod(2020, "W53"), ReportPeriod.parse("2020-W53", 2020));
        assertEquals(
                "invalid_period",
                assertThrows(ReportPeriod.Invalid.class, () -> ReportPeriod.parse("2021-W53", 2021)).code);
        assertEquals(
                "invalid_period",
                assertThrows(ReportPeriod.Invalid.class, () -> ReportPeriod.parse("2024-13", 2024)).code);
        assertEquals(
                "invalid_period", assertThrows(ReportPeriod.Invalid.class, () -> ReportPeriod.parse("Q5", 2024)).code);
        ReportPeriod.Invalid other =
                assertThrows(ReportPeriod.Invalid.class, () -> ReportPeriod.parse("2023-03", 2024));
        assertEquals("period_year_mismatch", other.code);
        assertEquals("Период «2023-03» относится к 2023 году, а указан год 2024", other.getMessage());
    }

    @Test
    void spansLabelsAndTheNextPeriod() {
        ReportPeriod w = ReportPeriod.parse("2024-W07", 2024);
        assertEquals(LocalDate.of(2024, 2, 12), w.start(false));
        assertEquals(LocalDate.of(2024, 2, 18), w.end(false));
        assertEquals("март 2024", ReportPeriod.parse("2024-03", 2024).label(false));
        assertEquals("I квартал 2024", ReportPeriod.parse("Q1", 2024).label(false));
        assertEquals("2023/24", ReportPeriod.wholeYear(2023).label(true));
        assertEquals("2024-03", ReportPeriod.parse("M03", 2024).iso());
        assertEquals(
                new ReportPeriod(2025, "M01"),
                ReportPeriod.parse("2024-12", 2024).next());
        assertEquals(
                new ReportPeriod(2021, "W01"),
                ReportPeriod.parse("2020-W53", 2020).next());
        // 1 January 2021 is a Friday of ISO week 53 of 2020
        assertEquals(
                new ReportPeriod(2020, "W53"),
                ReportPeriod.containing(ReportPeriod.KIND_WEEK, LocalDate.of(2021, 1, 1), false));
    }

    private static List<FieldError> settle(String periodicity, String typed) {
        Checks c = new Checks();
        Periodicity.settle(c, "period", "ind-1", periodicity, 2024, typed);
        return c.errors();
    }

    @Test
    void aValueOfAnIndicatorTakesOnlyPeriodsOfItsRhythm() {
        assertTrue(settle("month", "2024-03").isEmpty());
        assertTrue(settle("quarter", "2024-Q1").isEmpty());
        assertTrue(settle("quarter", "").isEmpty(), "a quarterly indicator keeps its yearly total");
        assertTrue(settle("week", "2024-W07").isEmpty());
        assertTrue(settle("half_year", "2024-H1").isEmpty());
        assertTrue(settle("calendar_year", null).isEmpty());

        List<FieldError> yearly = settle("month", null);
        assertEquals(1, yearly.size());
        assertEquals("period", yearly.get(0).field());
        assertEquals("period_not_in_rhythm", yearly.get(0).code());
        assertEquals(
                "Показатель ind-1 ведётся по месяцам: укажите месяц, например 2024-03; значение за год целиком не"
                        + " принимается",
                yearly.get(0).message());
        assertEquals(
                "period_not_in_rhythm",
                settle("calendar_year", "2024-03").get(0).code());
        assertEquals("period_not_in_rhythm", settle("school_year", "Q1").get(0).code());
        assertEquals("period_not_in_rhythm", settle("month", "2024-Q1").get(0).code());
        assertEquals("period_not_in_rhythm", settle("quarter", "2024-03").get(0).code());
        Checks c = new Checks();
        assertNull(Periodicity.settle(c, "period", "ind-1", "month", 2024, "2024-13"));
        assertEquals("invalid_period", c.errors().get(0).code());
    }

    @Test
    void periodicitiesAreReadFromTheirRussianNamesToo() {
        assertEquals("month", Periodicity.canonical("Ежемесячно"));
        assertEquals("week", Periodicity.canonical("еженедельно"));
        assertEquals("quarter", Periodicity.canonical("quarterly"));
        assertEquals("school_year", Periodicity.canonical("Учебный год"));
        assertEquals("fortnightly", Periodicity.canonical("fortnightly"));
    }
}
