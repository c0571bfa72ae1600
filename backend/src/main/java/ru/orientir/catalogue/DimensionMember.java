package ru.orientir.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One member of a dimension: a stable code (used in categories) and its names. */
@Schema(name = "DimensionMember", description = "A member of a dimension: its code is what categories carry")
public record DimensionMember(
        @Schema(required = true, description = "Stable code, e.g. math") String code,
        @Schema(required = true, description = "Russian name, e.g. «Математика»") String nameRu,
        String nameEn) {}
