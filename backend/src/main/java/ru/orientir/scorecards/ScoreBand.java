package ru.orientir.scorecards;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One band of a scorecard item: a value from {@code from} to {@code to} (both inclusive, open when null) gives points. */
@Schema(
        name = "ScoreBand",
        description = "Values from..to (both inclusive; an open end is null) give points; the first band that "
                + "holds the value counts")
public record ScoreBand(BigDecimal from, BigDecimal to, @Schema(required = true) BigDecimal points) {

    boolean holds(BigDecimal value) {
        return (from == null || value.compareTo(from) >= 0) && (to == null || value.compareTo(to) <= 0);
    }
}
