package ru.orientir.targets;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.orientir.catalogue.Categories;
import ru.orientir.catalogue.SchoolYear;
import ru.orientir.common.Decimals;

/** A target or baseline as the API shows it; figures as typed. Also the projection of list queries. */
@Schema(
        name = "Target",
        requiredProperties = {
            "id",
            "municipality",
            "indicator",
            "category",
            "year",
            "yearLabel",
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
        @Schema(
                        description = "Organization code; '*' for a target of every organization of the municipality;"
                                + " null for the municipality as a whole")
                String organization,
        @Schema(description = Categories.DESCRIPTION) String category,
        Integer year,
        @Schema(
                        description = "The year as shown: «2019/20» for a school-year indicator (keyed by the year the"
                                + " school year starts), the year itself otherwise",
                        example = "2019/20")
                String yearLabel,
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

    /** The projection of {@link #SELECT}: the indicator's periodicity first, turned into the year's label. */
    public TargetDto(
            String periodicity,
            Long id,
            String municipality,
            String indicator,
            String organization,
            String category,
            Integer year,
            String kind,
            String comparator,
            BigDecimal value,
            BigDecimal valueTo,
            String comment,
            String source,
            Integer version,
            OffsetDateTime updatedAt,
            String updatedBy) {
        this(
                id,
                municipality,
                indicator,
                organization,
                category,
                year,
                SchoolYear.label(periodicity, year),
                kind,
                comparator,
                value,
                valueTo,
                comment,
                source,
                version,
                updatedAt,
                updatedBy);
    }

    public static TargetDto of(Target t) {
        return new TargetDto(
                t.indicator.periodicity,
                t.id,
                t.municipality.code,
                t.indicator.code,
                t.organizationCode(),
                t.category,
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
    static final String SELECT = "select new ru.orientir.targets.TargetDto(i.periodicity, t.id, m.code, i.code, "
            + "case when t.everyOrganization = true then '" + TargetRules.EVERY_ORGANIZATION + "' else o.code end, "
            + "t.category, t.year, t.kind, t.comparator, t.value, t.valueTo, t.comment, t.source, t.version, "
            + "t.updatedAt, t.updatedBy)";
}
