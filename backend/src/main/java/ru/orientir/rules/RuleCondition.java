package ru.orientir.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import ru.orientir.catalogue.Indicator;

/** One condition of a rule: an indicator (and category) compared with a threshold, the average, or checked for none. */
@Embeddable
public class RuleCondition {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    public String category = "";

    /** gt, ge, lt, le, eq with {@link #threshold}; null for the other kinds. */
    public String comparator;

    public BigDecimal threshold;

    /** Holds when the value is zero or absent (e.g. «отсутствуют обучающиеся, получившие оценку «5»»). */
    @Column(name = "missing_or_zero")
    public boolean missingOrZero;

    /** above or below the municipal average of the same indicator, category and year. */
    public String average;
}
