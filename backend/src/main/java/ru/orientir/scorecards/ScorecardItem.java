package ru.orientir.scorecards;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.orientir.catalogue.Indicator;

/** One item of a scorecard: the points one indicator (and category) gives by one method. */
@Embeddable
public class ScorecardItem {

    public String code;
    public String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    public String category = "";
    public String method;
    public BigDecimal points;
    public String comparator;
    public BigDecimal threshold;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<ScoreBand> bands;

    public BigDecimal weight = BigDecimal.ONE;
    public String area;
}
