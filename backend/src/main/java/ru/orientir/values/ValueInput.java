package ru.orientir.values;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measured value to write, identified by its natural key (municipality, indicator, organization, year, period, category). */
@Schema(
        name = "ValueInput",
        example = "{\"municipality\": \"kaluga\", \"indicator\": \"kaluga-12\", \"year\": 2024, "
                + "\"value\": 12.5, \"qualifier\": \"exact\", \"comment\": \"по данным ЕГЭ\"}")
@JsonIgnoreProperties({
    "id",
    "version",
    "updatedAt",
    "updatedBy",
    "periodState",
    "yearLabel",
    "categoryLabel",
    "computed",
    "rule"
})
public record ValueInput(
        @Schema(required = true) String municipality,
        @Schema(required = true) String indicator,
        @Schema(description = "Organization code within the municipality, for per-institution values")
                String organization,
        @Schema(required = true, description = ru.orientir.catalogue.SchoolYear.YEAR_DESCRIPTION) Integer year,
        @Schema(description = ValueInput.PERIOD_DESCRIPTION) String period,
        @Schema(description = ru.orientir.catalogue.Categories.DESCRIPTION) String category,
        @Schema(required = true) BigDecimal value,
        @Schema(
                        enumeration = {"exact", "approx", "at_least", "at_most"},
                        description = "default exact")
                String qualifier,
        BigDecimal numerator,
        BigDecimal denominator,
        String comment,
        String source) {

    /** The period field, the same in PUT /values and in a batch's items. */
    static final String PERIOD_DESCRIPTION = "'' (default) for the whole year; by the indicator's periodicity a quarter"
            + " Q1–Q4 (2024-Q1), a half year H1–H2 (2024-H1), a month M01–M12 (2024-03) or an ISO week W01–W53"
            + " (2024-W07); written with a year, that must be the value's year. Stored and returned as the short code"
            + " (M03)";
}
