package ru.orientir.values;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch of measured values to write together (the entry grid's save): all of them or none. */
@Schema(
        name = "ValueBatch",
        requiredProperties = {"items"},
        example = "{\"items\": [{\"municipality\": \"kaluga\", \"indicator\": \"kaluga-12\", \"year\": 2024, "
                + "\"value\": 12.5, \"version\": 3}, {\"municipality\": \"kaluga\", \"indicator\": \"kaluga-13\", "
                + "\"year\": 2024, \"value\": 1234}]}")
public record ValueBatchInput(
        @Schema(
                        description = "The values, each by its natural key as for PUT /values; at most "
                                + ValueBatchService.MAX_ITEMS + ". An item's errors are named items[i].field")
                List<ValueBatchItem> items) {}
