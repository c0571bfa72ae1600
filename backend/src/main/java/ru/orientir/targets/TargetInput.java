package ru.orientir.targets;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A target or baseline to write, identified by its natural key (municipality, indicator, organization, year, kind). */
@Schema(
        name = "TargetInput",
        example = "{\"municipality\": \"kaluga\", \"indicator\": \"kaluga-12\", \"year\": 2025, "
                + "\"kind\": \"target\", \"comparator\": \"ge\", \"value\": 70}")
@JsonIgnoreProperties({"id", "version", "updatedAt", "updatedBy"})
public record TargetInput(
        @Schema(required = true) String municipality,
        @Schema(required = true) String indicator,
        @Schema(description = "Organization code within the municipality, for per-institution targets")
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
        String source) {}
