package ru.orientir.values;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.List;
import ru.orientir.facts.DataRow;

/**
 * A measured value («фактическое значение»). The figure is kept exactly as typed (numeric, never
 * binary floating point); the qualifier keeps what the source said about it (approx, at least...).
 */
@Entity
@Table(name = "measured_value")
public class MeasuredValue extends DataRow {

    public static final List<String> QUALIFIERS = List.of("exact", "approx", "at_least", "at_most");

    /** '' for the whole year, otherwise Q1–Q4, H1–H2, M01–M12 or W01–W53 ({@link ru.orientir.calendar.ReportPeriod}). */
    public String period = "";
    /** '' when not disaggregated, otherwise one of the indicator's categories. */
    public String category = "";

    public String qualifier = "exact";
    public BigDecimal numerator;
    public BigDecimal denominator;

    @Override
    public String reportingPeriod() {
        return period;
    }
}
