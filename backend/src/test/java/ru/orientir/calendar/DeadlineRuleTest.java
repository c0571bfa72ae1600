package ru.orientir.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The forms of a deadline rule people write, and the days they give (computed by hand in the comments). */
class DeadlineRuleTest {

    private static void reads(String text, String kind, Integer days, Integer day, Integer month) {
        assertEquals(new DeadlineRule(kind, days, day, month), DeadlineRule.parse(text), text);
    }

    @Test
    void theRussianFormsAndTheCodes() {
        reads("до 20 числа следующего месяца", "day_of_next_month", null, 20, null);
        reads("До 20-го числа следующего месяца.", "day_of_next_month", null, 20, null);
        reads("не позднее 5 числа месяца, следующего за отчётным", "day_of_next_month", null, 5, null);
        reads("через 10 дней после окончания квартала", "after_end", 10, null, null);
        reads("в течение 15 календарных дней после окончания отчётного периода", "after_end", 15, null, null);
        reads("через 1 день после окончания недели", "after_end", 1, null, null);
        reads("до 1 сентября", "fixed_date", null, 1, 9);
        reads("«до 31 мая»", "fixed_date", null, 31, 5);
        reads("не позднее 1 марта", "fixed_date", null, 1, 3);
        reads("до 01.09", "fixed_date", null, 1, 9);
        reads("after_end:10", "after_end", 10, null, null);
        reads("day_of_next_month:20", "day_of_next_month", null, 20, null);
        reads("fixed_date:09-01", "fixed_date", null, 1, 9);
        assertTrue(DeadlineRule.clears("нет"));
        assertTrue(DeadlineRule.clears("Без срока"));
        assertFalse(DeadlineRule.clears("до 1 сентября"));
    }

    @Test
    void theCanonicalFormReadsBackTheSame() {
        for (String text : new String[] {
            "через 1 день после окончания периода",
            "через 3 дня после окончания периода",
            "через 11 дней после окончания периода",
            "через 21 день после окончания периода",
            "до 20 числа следующего месяца",
            "до 1 сентября"
        }) {
            assertEquals(text, DeadlineRule.parse(text).label());
        }
        assertEquals("до 1 сентября", DeadlineRule.parse("до 01.09").label());
        assertEquals(
                "через 10 дней после окончания периода",
                DeadlineRule.parse("через 10 дней после окончания квартала").label());
    }

    @Test
    void unreadableOrImpossibleRulesAreRefusedInRussian() {
        DeadlineRule.Invalid e = assertThrows(DeadlineRule.Invalid.class, () -> DeadlineRule.parse("когда-нибудь"));
        assertEquals("invalid_deadline", e.code);
        assertTrue(e.getMessage().startsWith("Срок «когда-нибудь» не распознан"), e.getMessage());
        assertEquals(
                "invalid_deadline",
                assertThrows(DeadlineRule.Invalid.class, () -> DeadlineRule.parse("до 30 февраля")).code);
        assertEquals(
                "invalid_deadline",
                assertThrows(DeadlineRule.Invalid.class, () -> DeadlineRule.parse("до 32 числа следующего месяца"))
                        .code);
        assertEquals(
                "invalid_deadline",
                assertThrows(DeadlineRule.Invalid.class, () -> DeadlineRule.parse("через 400 дней после окончания"))
                        .code);
    }

    @Test
    void theDaysTheyGive() {
        ReportPeriod march = ReportPeriod.parse("2024-03", 2024);
        ReportPeriod q1 = ReportPeriod.parse("2024-Q1", 2024);
        // March ends on the 31st: the 20th of April
        assertEquals(
                LocalDate.of(2024, 4, 20),
                DeadlineRule.parse("до 20 числа следующего месяца").deadline(march, false));
        // the quarter ends on 31 March: 10 days later is 10 April
        assertEquals(
                LocalDate.of(2024, 4, 10),
                DeadlineRule.parse("через 10 дней после окончания квартала").deadline(q1, false));
        // January's next month is February 2024, a leap February: the 31st is clipped to the 29th
        assertEquals(
                LocalDate.of(2024, 2, 29),
                DeadlineRule.parse("до 31 числа следующего месяца")
                        .deadline(ReportPeriod.parse("2024-01", 2024), false));
        // the school year 2023/24 ends on 31 August 2024: the next 1 September is the day after
        assertEquals(
                LocalDate.of(2024, 9, 1),
                DeadlineRule.parse("до 1 сентября").deadline(ReportPeriod.wholeYear(2023), true));
        // the calendar year 2024 ends on 31 December: the next 1 September is in 2025
        assertEquals(
                LocalDate.of(2025, 9, 1),
                DeadlineRule.parse("до 1 сентября").deadline(ReportPeriod.wholeYear(2024), false));
        // ISO week 7 of 2024 is Monday 12 to Sunday 18 February: 3 days later is the 21st
        assertEquals(
                LocalDate.of(2024, 2, 21),
                DeadlineRule.parse("через 3 дня после окончания недели")
                        .deadline(ReportPeriod.parse("2024-W07", 2024), false));
    }
}
