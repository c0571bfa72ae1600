package ru.orientir.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

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
}
