package ru.orientir.values;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One value of a batch: the fields of PUT /values and the version the client read it at. */
@Schema(name = "ValueBatchItem")
@JsonIgnoreProperties({"id", "updatedAt", "updatedBy", "periodState", "yearLabel", "categoryLabel"})
public record ValueBatchItem(
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
        String source,
        @Schema(
                        description = "The version of the stored value the client read (its ETag): when the value "
                                + "has another version now, or was deleted, the item is refused with code "
                                + "stale_version and nothing of the batch is written. Leave it out for a value the "
                                + "client saw no stored figure of (it is then written over whatever is stored, as "
                                + "PUT without If-Match)")
                Integer version) {

    ValueInput input() {
        return new ValueInput(
                municipality,
                indicator,
                organization,
                year,
                period,
                category,
                value,
                qualifier,
                numerator,
                denominator,
                comment,
                source);
    }
}
