package ru.orientir.recommendations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecommendationDueTest {

    @Test
    void canonicalFormsGiveTheirLastDayAndLabel() {
        assertEquals(
                new RecommendationDue.Span("2024-03-15", LocalDate.of(2024, 3, 15), "до 15.03.2024"),
                RecommendationDue.parse("2024-03-15").orElseThrow());
        assertEquals(
                new RecommendationDue.Span("2024-02", LocalDate.of(2024, 2, 29), "февраль 2024"),
                RecommendationDue.parse("2024-02").orElseThrow());
        assertEquals(
                new RecommendationDue.Span("2024-Q2", LocalDate.of(2024, 6, 30), "II квартал 2024"),
                RecommendationDue.parse(" 2024-q2 ").orElseThrow());
        assertEquals(
                new RecommendationDue.Span("2024", LocalDate.of(2024, 12, 31), "2024 год"),
                RecommendationDue.parse("2024").orElseThrow());
    }

    @Test
    void otherTextIsNotADeadline() {
        assertTrue(RecommendationDue.parse("2024-13").isEmpty());
        assertTrue(RecommendationDue.parse("2023-02-29").isEmpty());
        assertTrue(RecommendationDue.parse("2024-Q5").isEmpty());
        assertTrue(RecommendationDue.parse("скоро").isEmpty());
        assertTrue(RecommendationDue.parse(null).isEmpty());
    }
}
