package ru.orientir.territory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of regions, municipalities and organizations. */
public final class TerritoryDtos {

    static final String STATUS = "archived keeps it with its data and history (it is listed with status=archived); "
            + "absent keeps the stored status (active for a new one)";

    private TerritoryDtos() {}

    @Schema(
            name = "Region",
            requiredProperties = {"code", "name", "version"})
    public record RegionDto(String code, String name, int version) {
        static RegionDto of(Region r) {
            return new RegionDto(r.code, r.name, r.version);
        }
    }

    @Schema(name = "RegionInput")
    public record RegionInput(@Schema(required = true) String name) {}

    @Schema(
            name = "Municipality",
            requiredProperties = {"code", "name", "region", "regionName", "version"})
    public record MunicipalityDto(
            String code,
            String name,
            String region,
            String regionName,
            String type,
            String oktmo,
            @Schema(enumeration = {"active", "archived"}) String status,
            int version) {
        static MunicipalityDto of(Municipality m) {
            return new MunicipalityDto(
                    m.code, m.name, m.region.code, m.region.name, m.type, m.oktmo, m.status, m.version);
        }
    }

    @Schema(name = "MunicipalityInput")
    public record MunicipalityInput(
            @Schema(required = true) String name,
            @Schema(required = true) String region,
            @Schema(description = "urban_okrug, municipal_district, municipal_okrug, city, other") String type,
            @Schema(description = "OKTMO code, 8 or 11 digits") String oktmo,
            @Schema(
                            enumeration = {"active", "archived"},
                            description = STATUS)
                    String status) {

        /** A municipality whose status is kept as stored (files have no status column). */
        public MunicipalityInput(String name, String region, String type, String oktmo) {
            this(name, region, type, oktmo, null);
        }
    }

    @Schema(
            name = "Organization",
            requiredProperties = {"municipality", "code", "name", "version"})
    public record OrganizationDto(
            String municipality,
            String code,
            String name,
            String type,
            @Schema(enumeration = {"active", "archived"}) String status,
            int version) {
        static OrganizationDto of(Organization o) {
            return new OrganizationDto(o.municipality.code, o.code, o.name, o.type, o.status, o.version);
        }
    }

    @Schema(name = "OrganizationInput")
    public record OrganizationInput(
            @Schema(required = true) String name,
            @Schema(description = "school, kindergarten, additional_education, college, other") String type,
            @Schema(
                            enumeration = {"active", "archived"},
                            description = STATUS)
                    String status) {

        /** An organization whose status is kept as stored (files have no status column). */
        public OrganizationInput(String name, String type) {
            this(name, type, null);
        }
    }
}
