package ru.orientir.values;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.orientir.common.Decimals;
import ru.orientir.periods.PeriodGuard;

/** A measured value as the API shows it: the figure as typed and the state of its reporting period. */
@Schema(
        name = "Value",
        requiredProperties = {
            "id",
            "municipality",
            "indicator",
            "year",
            "period",
            "category",
            "value",
            "qualifier",
            "version",
            "updatedAt"
        })
public record ValueDto(
        Long id,
        String municipality,
        String indicator,
        String organization,
        Integer year,
        @Schema(description = "'' for the whole year, otherwise Q1–Q4 or H1–H2") String period,
        @Schema(description = ru.orientir.catalogue.Categories.DESCRIPTION) String category,
        BigDecimal value,
        @Schema(enumeration = {"exact", "approx", "at_least", "at_most"}) String qualifier,
        BigDecimal numerator,
        BigDecimal denominator,
        String comment,
        String source,
        Integer version,
        OffsetDateTime updatedAt,
        String updatedBy,
        @Schema(
                        enumeration = {"open", "submitted", "approved", "returned"},
                        description = "State of the municipality's reporting period for the year")
                String periodState) {

    public ValueDto {
        value = Decimals.exact(value);
        numerator = Decimals.exact(numerator);
        denominator = Decimals.exact(denominator);
    }

    /** The projection of list queries; the period state is added per page in one query. */
    public ValueDto(
            Long id,
            String municipality,
            String indicator,
            String organization,
            Integer year,
            String period,
            String category,
            BigDecimal value,
            String qualifier,
            BigDecimal numerator,
            BigDecimal denominator,
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
                year,
                period,
                category,
                value,
                qualifier,
                numerator,
                denominator,
                comment,
                source,
                version,
                updatedAt,
                updatedBy,
                null);
    }

    static final String SELECT = "select new ru.orientir.values.ValueDto(v.id, m.code, i.code, o.code, v.year, "
            + "v.period, v.category, v.value, v.qualifier, v.numerator, v.denominator, v.comment, v.source, "
            + "v.version, v.updatedAt, v.updatedBy)";

    public static ValueDto of(MeasuredValue v) {
        return new ValueDto(
                v.id,
                v.municipality.code,
                v.indicator.code,
                v.organization == null ? null : v.organization.code,
                v.year,
                v.period,
                v.category,
                v.value,
                v.qualifier,
                v.numerator,
                v.denominator,
                v.comment,
                v.source,
                v.version,
                v.updatedAt,
                v.updatedBy,
                PeriodGuard.stateOf(v.municipality, v.year));
    }

    public ValueDto withPeriodState(String state) {
        return new ValueDto(
                id,
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
                source,
                version,
                updatedAt,
                updatedBy,
                state);
    }
}
