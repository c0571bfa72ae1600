package ru.orientir.targets;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.orientir.common.Decimals;

/** A target or baseline as the API shows it; figures as typed. Also the projection of list queries. */
@Schema(
        name = "Target",
        requiredProperties = {
            "id",
            "municipality",
            "indicator",
            "year",
            "kind",
            "comparator",
            "value",
            "version",
            "updatedAt"
        })
public record TargetDto(
        Long id,
        String municipality,
        String indicator,
        String organization,
        Integer year,
        @Schema(enumeration = {"target", "baseline"}) String kind,
        @Schema(enumeration = {"eq", "ge", "le", "between"}) String comparator,
        BigDecimal value,
        @Schema(description = "Upper bound of a between target") BigDecimal valueTo,
        String comment,
        String source,
        Integer version,
        OffsetDateTime updatedAt,
        String updatedBy) {

    public TargetDto {
        value = Decimals.exact(value);
        valueTo = Decimals.exact(valueTo);
    }

    public static TargetDto of(Target t) {
        return new TargetDto(
                t.id,
                t.municipality.code,
                t.indicator.code,
                t.organization == null ? null : t.organization.code,
                t.year,
                t.kind,
                t.comparator,
                t.value,
                t.valueTo,
                t.comment,
                t.source,
                t.version,
                t.updatedAt,
                t.updatedBy);
    }

    /** The JPQL constructor expression matching this record over the aliases of {@code TargetService}. */
    static final String SELECT = "select new ru.orientir.targets.TargetDto(t.id, m.code, i.code, o.code, t.year, "
            + "t.kind, t.comparator, t.value, t.valueTo, t.comment, t.source, t.version, t.updatedAt, t.updatedBy)";
}
