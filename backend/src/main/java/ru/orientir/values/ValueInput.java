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
        @Schema(description = "'' (default) for the whole year, Q1–Q4, H1–H2") String period,
        @Schema(description = ru.orientir.catalogue.Categories.DESCRIPTION) String category,
        @Schema(required = true) BigDecimal value,
        @Schema(
                        enumeration = {"exact", "approx", "at_least", "at_most"},
                        description = "default exact")
                String qualifier,
        BigDecimal numerator,
        BigDecimal denominator,
        String comment,
        String source) {}
