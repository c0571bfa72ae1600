package ru.orientir.values;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a batch did (or, in a dry run, found): every item passed the checks. */
@Schema(
        name = "ValueBatchResult",
        requiredProperties = {"dryRun", "rows"})
public record ValueBatchResult(
        @Schema(description = "true: only checked, nothing written") boolean dryRun,
        @Schema(description = "Items checked") int rows,
        @Schema(description = "Values created or changed (absent for a dry run); the rest held these figures already")
                Long changed,
        @Schema(description = "Items whose stored value already held these figures (absent for a dry run)")
                Long unchanged) {}
