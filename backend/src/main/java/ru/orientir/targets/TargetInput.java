package ru.orientir.targets;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.orientir.catalogue.Categories;

/**
 * A target or baseline to write, identified by its natural key (municipality, indicator, organization, year,
 * kind, category).
 */
@Schema(
        name = "TargetInput",
        example = "{\"municipality\": \"kaluga\", \"indicator\": \"kaluga-12\", \"year\": 2025, "
                + "\"kind\": \"target\", \"comparator\": \"ge\", \"value\": 70}")
@JsonIgnoreProperties({"id", "version", "updatedAt", "updatedBy", "yearLabel"})
public record TargetInput(
        @Schema(required = true) String municipality,
        @Schema(required = true) String indicator,
        @Schema(
                        description = "Organization code within the municipality, for per-institution targets; '*' for"
                                + " every organization of the municipality (organization-level indicators only; an"
                                + " organization's own target of the same year, kind and category takes precedence)."
                                + " A '*' target is the municipality's decision: it needs a municipality writer.")
                String organization,
        @Schema(required = true) Integer year,
        @Schema(
                        enumeration = {"target", "baseline"},
                        description = "default target")
                String kind,
        @Schema(description = "eq, ge, le or between (also =, >=, <=, ≥, ≤); default eq") String comparator,
        @Schema(required = true) BigDecimal value,
        @Schema(description = "Upper bound, required for between only") BigDecimal valueTo,
        String comment,
        String source,
        @Schema(description = "Part of the natural key, checked like a value's category. " + Categories.DESCRIPTION)
                String category) {}
