package ru.orientir.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the managed list of areas («направления») at /areas. */
public final class AreaDtos {

    private AreaDtos() {}

    @Schema(
            name = "Area",
            description = "A direction of the catalogue with its place in the order and the number of its indicators",
            requiredProperties = {"code", "nameRu", "position", "indicators", "version"})
    public record AreaDto(
            String code,
            @Schema(description = "Russian name: what indicators and files name as «area»") String nameRu,
            String nameEn,
            @Schema(description = "Place in the catalogue's order, ascending") int position,
            @Schema(description = "How many indicators are in it") long indicators,
            int version) {

        static AreaDto of(IndicatorArea a, long indicators) {
            return new AreaDto(a.code, a.nameRu, a.nameEn, a.position, indicators, a.version);
        }
    }

    @Schema(
            name = "AreaInput",
            example = "{\"nameRu\": \"Результаты обучения\", \"nameEn\": \"Learning outcomes\", \"position\": 10}")
    public record AreaInput(
            @Schema(required = true) String nameRu,
            String nameEn,
            @Schema(description = "Place in the order; default: after the last area") Integer position) {}
}
