package ru.orientir.groups;

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
}
