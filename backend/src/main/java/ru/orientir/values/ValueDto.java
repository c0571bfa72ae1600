package ru.orientir.values;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.orientir.catalogue.Categories;
import ru.orientir.catalogue.Dimension;
import ru.orientir.catalogue.SchoolYear;
import ru.orientir.common.Decimals;
import ru.orientir.periods.PeriodGuard;

/**
 * A measured value as the API shows it: the figure as typed, the state of its reporting period, and its year
 * and category as people read them (2019/20, «Математика, 4 класс»).
 */
@Schema(
        name = "Value",
        description = "A measured value as typed, or (computed true) a fact of a derived indicator computed from "
                + "its rule's flags, which cannot be written: id, version and updatedAt are present on every stored "
                + "value and absent on a computed one (the only reason they are not required)",
        requiredProperties = {
            "municipality",
            "indicator",
            "year",
            "yearLabel",
            "period",
            "category",
            "categoryLabel",
            "value",
            "qualifier"
        })
public record ValueDto(
        @Schema(description = "Present on a stored value; absent on a computed one") Long id,
        String municipality,
        String indicator,
        String organization,
        @Schema(description = SchoolYear.YEAR_DESCRIPTION) Integer year,
        @Schema(description = SchoolYear.LABEL_DESCRIPTION, example = "2019/20") String yearLabel,
        @Schema(
                        description = "'' for the whole year, otherwise Q1–Q4, H1–H2, M01–M12 (months) or W01–W53 (ISO"
                                + " weeks), by the indicator's periodicity")
                String period,
        @Schema(description = Categories.DESCRIPTION) String category,
        @Schema(
                        description = "The category as people read it: the Russian names of its members joined by "
                                + "', ' in the order of the indicator's dimensions, e.g. «Математика, 4 класс»; '' for "
                                + "the total; a free-text category as it is",
                        example = "Математика, 4 класс")
                String categoryLabel,
        BigDecimal value,
        @Schema(enumeration = {"exact", "approx", "at_least", "at_most"}) String qualifier,
        BigDecimal numerator,
        BigDecimal denominator,
        String comment,
        String source,
        @Schema(description = "Present on a stored value (for If-Match); absent on a computed one") Integer version,
        OffsetDateTime updatedAt,
        String updatedBy,
        @Schema(
                        enumeration = {"open", "submitted", "approved", "returned"},
                        description = "State of the municipality's reporting period for the year, or for the"
                                + " value's month, quarter, half year or week when that was moved and the year is not"
                                + " locked")
                String periodState,
        @Schema(
                        description = "Always present: true for a fact of a derived indicator, computed live from "
                                + "its rule's flags (never typed in, never written: PUT and the import refuse it; "
                                + "for a share, numerator is the schools counted and denominator those it is a "
                                + "share of), false for a stored value")
                Boolean computed,
        @Schema(description = "The rule a computed fact comes from (its code); absent on a stored value") String rule) {

    public ValueDto {
        value = Decimals.exact(value);
        numerator = Decimals.exact(numerator);
        denominator = Decimals.exact(denominator);
    }

    /**
     * The projection of list queries: the year label comes with the indicator's periodicity; the category
     * label (which needs the indicator's dimensions) and the period state are added per page in one query each.
     */
    public ValueDto(
            Long id,
            String municipality,
            String indicator,
            String periodicity,
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
                SchoolYear.label(periodicity, year),
                period,
                category,
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
                null,
                false,
                null);
    }

    static final String SELECT = "select new ru.orientir.values.ValueDto(v.id, m.code, i.code, i.periodicity, o.code, "
            + "v.year, v.period, v.category, v.value, v.qualifier, v.numerator, v.denominator, v.comment, v.source, "
            + "v.version, v.updatedAt, v.updatedBy)";

    public static ValueDto of(MeasuredValue v) {
        return new ValueDto(
                v.id,
                v.municipality.code,
                v.indicator.code,
                v.organization == null ? null : v.organization.code,
                v.year,
                SchoolYear.label(v.indicator.periodicity, v.year),
                v.period,
                v.category,
                Categories.label(v.indicator.dimensions, v.category),
                v.value,
                v.qualifier,
                v.numerator,
                v.denominator,
                v.comment,
                v.source,
                v.version,
                v.updatedAt,
                v.updatedBy,
                PeriodGuard.stateOf(v.municipality, v.year, v.period),
                false,
                null);
    }

    /** This row as a computed fact of a derived indicator of {@code rule}: it has no id, version or author. */
    ValueDto asComputed(String rule) {
        return new ValueDto(
                null,
                municipality,
                indicator,
                organization,
                year,
                yearLabel,
                period,
                category,
                categoryLabel,
                value,
                qualifier,
                numerator,
                denominator,
                null,
                null,
                null,
                null,
                null,
                periodState,
                true,
                rule);
    }

    /** This value with its period's state and the label of its category on the indicator's dimensions. */
    public ValueDto completed(String state, List<Dimension> dimensions) {
        return new ValueDto(
                id,
                municipality,
                indicator,
                organization,
                year,
                yearLabel,
                period,
                category,
                Categories.label(dimensions, category),
                value,
                qualifier,
                numerator,
                denominator,
                comment,
                source,
                version,
                updatedAt,
                updatedBy,
                state,
                computed,
                rule);
    }
}
