package ru.orientir.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the catalogue's dimensions. */
public final class DimensionDtos {

    private DimensionDtos() {}

    @Schema(
            name = "Dimension",
            description = "A controlled dimension of disaggregation (e.g. subject «Предмет») "
                    + "with its members; categories of indicators disaggregated by it carry the members' codes")
    public record DimensionDto(String code, String nameRu, String nameEn, List<DimensionMember> members, int version) {

        public static DimensionDto of(Dimension d) {
            return new DimensionDto(d.code, d.nameRu, d.nameEn, List.copyOf(d.members), d.version);
        }
    }

    /** What a client sends to create or replace a dimension; what GET returns may be sent back as is. */
    @Schema(name = "DimensionInput")
    @JsonIgnoreProperties({"version"})
    public record DimensionInput(
            @Schema(description = "Optional; must equal the code in the path") String code,
            @Schema(required = true, description = "Russian name, e.g. «Предмет»") String nameRu,
            String nameEn,
            @Schema(
                            required = true,
                            description = "All the members in the order they are shown; a member that "
                                    + "values use cannot be left out (409)")
                    List<DimensionMember> members) {}
}
