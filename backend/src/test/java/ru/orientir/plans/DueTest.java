package ru.orientir.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.orientir.common.Checks;

/** The deadlines of the seed documents (Kemerovo's roadmap, Derbent's plan, Tula's and Lipetsk's tables). */
class DueTest {

    private static void is(String text, String due, String from, String to, String label) {
        Due d = Due.parse(text, 2024);
        assertEquals(due, d.due(), text);
        assertEquals(LocalDate.parse(from), d.from(), text);
        assertEquals(LocalDate.parse(to), d.to(), text);
        assertEquals(label, d.label(), text);
        assertNull(d.recurrence(), text);
    }

    @Test
    void canonicalForms() {
        is("2022-09-01", "2022-09-01", "2022-09-01", "2022-09-01", "до 01.09.2022");
        is("2022-12", "2022-12", "2022-12-01", "2022-12-31", "до декабря 2022");
        is("2024-02", "2024-02", "2024-02-01", "2024-02-29", "до февраля 2024");
        is("2023-Q2", "2023-Q2", "2023-04-01", "2023-06-30", "II квартал 2023");
        is("2023-q4", "2023-Q4", "2023-10-01", "2023-12-31", "IV квартал 2023");
        is("2023", "2023", "2023-01-01", "2023-12-31", "2023 год");
    }

    @Test
    void russianForms() {
        is("до 01.09.2022", "2022-09-01", "2022-09-01", "2022-09-01", "до 01.09.2022");
        is("01.09.2022", "2022-09-01", "2022-09-01", "2022-09-01", "до 01.09.2022");
        is("до 1 сентября 2022 г.", "2022-09-01", "2022-09-01", "2022-09-01", "до 01.09.2022");
        is("декабрь 2022", "2022-12", "2022-12-01", "2022-12-31", "до декабря 2022");
        is("До декабря 2022 года", "2022-12", "2022-12-01", "2022-12-31", "до декабря 2022");
        is("май 2023", "2023-05", "2023-05-01", "2023-05-31", "до мая 2023");
        is("II квартал 2023", "2023-Q2", "2023-04-01", "2023-06-30", "II квартал 2023");
        is("в III квартале 2023 г.", "2023-Q3", "2023-07-01", "2023-09-30", "III квартал 2023");
        is("2-й квартал 2023 года", "2023-Q2", "2023-04-01", "2023-06-30", "II квартал 2023");
        is("2023 год", "2023", "2023-01-01", "2023-12-31", "2023 год");
        is("до конца 2023 года", "2023", "2023-01-01", "2023-12-31", "2023 год");
        is("2022-2024", "2024", "2022-01-01", "2024-12-31", "2022–2024 годы");
        is("2022 – 2024 гг.", "2024", "2022-01-01", "2024-12-31", "2022–2024 годы");
    }

    @Test
    void withinTheYearTakesTheContextYearUnlessOneIsWritten() {
        is("в течение года", "2024", "2024-01-01", "2024-12-31", "2024 год");
        is("В течение 2023 года", "2023", "2023-01-01", "2023-12-31", "2023 год");
        Due.Invalid e = assertThrows(Due.Invalid.class, () -> Due.parse("в течение года", null));
        assertTrue(e.getMessage().contains("укажите год"), e.getMessage());
    }

    @Test
    void recurringDeadlinesAreDueWhenTheContextYearEnds() {
        Due d = Due.parse("ежегодно, август", 2024);
        assertEquals("yearly", d.recurrence());
        assertEquals(8, d.month());
        assertEquals("2024", d.due());
        assertEquals(LocalDate.parse("2024-12-31"), d.to());
        assertEquals("ежегодно, август", d.label());
        Due august = Due.parse("Ежегодно в августе", 2024);
        assertEquals(8, august.month());
        assertEquals("ежегодно, август", august.label());
        assertEquals("monthly", Due.parse("ежемесячно", 2024).recurrence());
        assertEquals("weekly", Due.parse("еженедельно", 2024).recurrence());
        assertEquals("ежеквартально", Due.parse("ежеквартально", 2024).label());
        Due none = Due.parse("ежегодно", null);
        assertNull(none.to());
        assertNull(none.month());
    }

    @Test
    void aSeparateRecurrenceTakesTheMonthOfTheDue() {
        Due d = Due.parse("2024-08", "yearly", 2030);
        assertEquals("yearly", d.recurrence());
        assertEquals(8, d.month());
        assertEquals("2024", d.due());
        assertEquals("ежегодно, август", d.label());
        assertEquals("2025", Due.parse("", "monthly", 2025).due());
        assertThrows(Due.Invalid.class, () -> Due.parse("2024", "daily", 2024));
        assertThrows(Due.Invalid.class, () -> Due.parse("ежемесячно", "yearly", 2024));
    }

    @Test
    void unreadableDeadlinesAreRefusedWithTheAcceptedForms() {
        for (String bad :
                new String[] {"когда-нибудь", "31.02.2023", "2023-13", "2023-Q5", "1899", "2024-2022", "  "}) {
            Checks c = new Checks();
            assertNull(Due.check(c, "due", bad, null, 2024), bad);
            assertEquals(1, c.errors().size(), bad);
            assertEquals("due", c.errors().get(0).field());
        }
        Due.Invalid e = assertThrows(Due.Invalid.class, () -> Due.parse("когда-нибудь", 2024));
        assertTrue(e.getMessage().contains("«II квартал 2023»"), e.getMessage());
        assertTrue(e.getMessage().startsWith("Срок «когда-нибудь» не распознан"), e.getMessage());
    }

    @Test
    void overdueIsPastTheLastDayAndNotFinished() {
        Due q = Due.parse("II квартал 2023", 2024);
        assertFalse(q.overdue(LocalDate.parse("2023-06-30"), false));
        assertTrue(q.overdue(LocalDate.parse("2023-07-01"), false));
        assertFalse(q.overdue(LocalDate.parse("2023-07-01"), true));
    }
}
