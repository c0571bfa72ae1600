package ru.orientir.periods;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One measured value read as a plain row for the completeness check (a year may hold tens of thousands). */
record FactRow(
        Long indicatorId,
        Long organizationId,
        String organizationName,
        String period,
        String category,
        Integer year,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator) {

    /** The natural key without the year: the same value one year earlier has the same key. */
    String key() {
        return indicatorId + "/" + organizationId + "/" + period + "/" + category;
    }

    /** Where the value sits, for messages: school, category, quarter. */
    String where() {
        List<String> parts = new ArrayList<>();
        if (organizationName != null) {
            parts.add(organizationName);
        }
        if (!category.isEmpty()) {
            parts.add("категория «" + category + "»");
        }
        if (!period.isEmpty()) {
            parts.add(period);
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }
}
