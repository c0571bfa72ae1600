package ru.orientir.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.orientir.common.Checks;
import ru.orientir.common.FieldError;

class SchoolYearTest {

    @Test
    void aSchoolYearIsShownWithTheStartAndTheNextYearsLastTwoDigits() {
        assertEquals("2019/20", SchoolYear.label("school_year", 2019));
        assertEquals("1999/00", SchoolYear.label("school_year", 1999));
        assertEquals("2019", SchoolYear.label("calendar_year", 2019));
    }

    @Test
    void theDocumentsSpellingsOfASchoolYearGiveItsStartingYear() {
        assertEquals(2019, SchoolYear.parseSpan("2019/20"));
        assertEquals(2019, SchoolYear.parseSpan("2019/2020"));
        assertEquals(2018, SchoolYear.parseSpan("2018-2019 учебный год"));
        assertEquals(2018, SchoolYear.parseSpan(" 2018–19 уч. г. "));
        assertEquals(1999, SchoolYear.parseSpan("1999/00"));
    }

    @Test
    void aSpanWhoseYearsDoNotFollowIsNotASchoolYear() {
        assertNull(SchoolYear.parseSpan("2019/21"));
        assertNull(SchoolYear.parseSpan("2019-2019"));
        assertNull(SchoolYear.parseSpan("2019"));
        assertNull(SchoolYear.parseSpan("учебный год"));
        assertNull(SchoolYear.parseSpan(null));
    }

    @Test
    void aSpanIsRecognisedBeforeItsYearsAreChecked() {
        assertTrue(SchoolYear.looksLikeSpan("2019/21"));
        assertTrue(SchoolYear.looksLikeSpan("2018-2019 учебный год"));
        assertTrue(SchoolYear.looksLikeSpan("2019–20"));
        assertFalse(SchoolYear.looksLikeSpan("2019"));
        assertFalse(SchoolYear.looksLikeSpan("-2019"));
        assertFalse(SchoolYear.looksLikeSpan("2019.5"));
        assertFalse(SchoolYear.looksLikeSpan("2019/200"));
        assertFalse(SchoolYear.looksLikeSpan(null));
    }

    @Test
    void aSchoolYearIsOnlyForAnIndicatorKeptBySchoolYears() {
        assertEquals(List.of(), fits("school_year", "2019/20"));
        assertEquals(List.of(), fits("calendar_year", "2019"));
        assertEquals(List.of(), fits("school_year", "2019"));
        List<FieldError> calendar = fits("calendar_year", "2019/20");
        assertEquals(1, calendar.size());
        assertEquals("year", calendar.get(0).field());
        assertEquals(SchoolYear.NOT_A_SCHOOL_YEAR_INDICATOR, calendar.get(0).code());
        assertEquals(
                "Учебный год указан для показателя k-1, который ведётся по календарным годам: укажите год, например 2019",
                calendar.get(0).message());
        List<FieldError> quarter = fits("quarter", "2018-2019 учебный год");
        assertEquals(
                "Учебный год указан для показателя k-1, который ведётся по кварталам календарного года: укажите год, "
                        + "например 2018",
                quarter.get(0).message());
        // an unknown indicator is reported by the lookup, not here
        Checks c = new Checks();
        SchoolYear.spanFits(c, "year", null, "2019/20");
        assertTrue(c.errors().isEmpty());
    }

    @Test
    void periodicitiesAreNamedForPeople() {
        assertEquals("Учебный год", SchoolYear.periodicityLabel("school_year"));
        assertEquals("Календарный год", SchoolYear.periodicityLabel("calendar_year"));
        assertEquals("Квартал", SchoolYear.periodicityLabel("quarter"));
    }

    private static List<FieldError> fits(String periodicity, String typed) {
        Indicator i = new Indicator();
        i.code = "k-1";
        i.periodicity = periodicity;
        Checks c = new Checks();
        SchoolYear.spanFits(c, "year", i, typed);
        return c.errors();
    }
}
