package ru.orientir.groups;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of registers (groups of organizations). */
public final class GroupDtos {

    private GroupDtos() {}

    @Schema(name = "Group", description = "A register of a municipality's organizations valid from yearFrom to yearTo")
    public record GroupDto(
            @Schema(required = true) String municipality,
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            String description,
            @Schema(required = true) int yearFrom,
            @Schema(required = true) int yearTo,
            @Schema(required = true, description = "Codes of the organizations, sorted") List<String> organizations,
            @Schema(required = true) int version) {

        static GroupDto of(OrganizationGroup g) {
            return new GroupDto(
                    g.municipality.code,
                    g.code,
                    g.name,
                    g.description,
                    g.yearFrom,
                    g.yearTo,
                    g.organizations.stream().map(o -> o.code).sorted().toList(),
                    g.version);
        }
    }

    @Schema(
            name = "GroupInput",
            example = "{\"name\": \"ШНОР 2019–2020\", \"yearFrom\": 2019, \"yearTo\": 2020, "
                    + "\"organizations\": [\"school-5\", \"school-12\"]}")
    public record GroupInput(
            @Schema(description = "Must equal the code in the path when given") String code,
            @Schema(required = true, maxLength = 300) String name,
            String description,
            @Schema(required = true) Integer yearFrom,
            @Schema(description = "Last year of validity; the same as yearFrom when left out") Integer yearTo,
            @Schema(description = "Codes of the municipality's organizations (an empty register is allowed)")
                    List<String> organizations) {}

    @Schema(
            name = "GroupProgress",
            description = "A register's organizations against the rest of the municipality, year by year, on one "
                    + "indicator and category")
    public record GroupProgressDto(
            @Schema(required = true, description = "Register code") String group,
            @Schema(required = true, description = "Register name") String name,
            @Schema(required = true, description = "First year of the register's validity") int yearFrom,
            @Schema(required = true, description = "Last year of the register's validity") int yearTo,
            @Schema(required = true, description = "Indicator code") String indicator,
            @Schema(required = true, description = "Indicator name in Russian") String indicatorName,
            @Schema(required = true) String unit,
            @Schema(
                            required = true,
                            enumeration = {"higher", "lower"},
                            description = "Which direction is better")
                    String polarity,
            @Schema(required = true, description = "The category averaged, canonical; '' is the total") String category,
            @Schema(required = true, description = "Years with organization-level values, ascending")
                    List<GroupProgressYear> years) {}

    @Schema(
            name = "GroupProgressYear",
            description = "One year: arithmetic means of the annual values (period '') of the register's "
                    + "organizations, of the municipality's other organizations and of all of them, rounded to 4 "
                    + "decimal places")
    public record GroupProgressYear(
            @Schema(required = true, description = "The year (for a school year its starting year)") int year,
            @Schema(required = true, description = "«2019» for a calendar year, «2019/20» for a school year")
                    String yearLabel,
            @Schema(nullable = true, description = "Mean of the register's organizations; null when none has a value")
                    BigDecimal groupAverage,
            @Schema(required = true, description = "How many of the register's organizations have a value")
                    long groupCount,
            @Schema(
                            nullable = true,
                            description = "Mean of the municipality's other organizations; null when none has one")
                    BigDecimal restAverage,
            @Schema(required = true, description = "How many other organizations have a value") long restCount,
            @Schema(required = true, description = "Mean of all the municipality's organizations with a value")
                    BigDecimal municipalAverage,
            @Schema(nullable = true, description = "groupAverage − restAverage; null when either is missing")
                    BigDecimal gap) {}
}
