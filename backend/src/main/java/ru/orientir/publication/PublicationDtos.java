package ru.orientir.publication;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of publishing a year (authenticated: who published it is shown here, never publicly). */
public final class PublicationDtos {

    private PublicationDtos() {}

    @Schema(
            name = "PublicationInput",
            description = "What to publish or unpublish: areas (their indicators of the year) and indicators (codes)."
                    + " Without both (or without a body) publish means every indicator of the year and unpublish"
                    + " everything.")
    public record PublishInput(
            @Schema(description = "Area names («направления»), e.g. «Результаты обучения»") List<String> areas,
            @Schema(description = "Indicator codes") List<String> indicators) {

        boolean empty() {
            return (areas == null || areas.isEmpty()) && (indicators == null || indicators.isEmpty());
        }
    }

    @Schema(
            name = "PublicationArea",
            description = "One area of the year's indicators: how many of them are published",
            requiredProperties = {"total", "published"})
    public record AreaDto(
            @Schema(description = "Area name; absent for indicators without an area") String area,
            int total,
            int published) {}

    @Schema(
            name = "PublicationIndicator",
            requiredProperties = {"indicator", "indicatorName", "published"})
    public record IndicatorDto(String indicator, String indicatorName, String area, boolean published) {}

    @Schema(
            name = "Publication",
            description = "What of a municipality's year is published. Only an approved year can be published;"
                    + " when it is reopened its publication stops at once.",
            requiredProperties = {
                "municipality",
                "municipalityName",
                "year",
                "periodState",
                "published",
                "all",
                "publishedCount",
                "total",
                "areas",
                "indicators",
                "canPublish",
                "municipalitiesMayPublish",
                "publicPath"
            })
    public record PublicationDto(
            String municipality,
            String municipalityName,
            int year,
            @Schema(enumeration = {"open", "submitted", "approved", "returned"}) String periodState,
            @Schema(description = "Whether some figures of the year are open to the public now") boolean published,
            @Schema(description = "Every indicator of the year is published") boolean all,
            @Schema(description = "When the published set last changed") OffsetDateTime publishedAt,
            @Schema(description = "Who changed it last (login)") String publishedBy,
            int publishedCount,
            @Schema(description = "Indicators of the year (municipality rows of its plan and fact)") int total,
            List<AreaDto> areas,
            List<IndicatorDto> indicators,
            @Schema(description = "Whether the caller may publish and unpublish this year") boolean canPublish,
            @Schema(description = "Whether the municipality's region lets its editors publish")
                    boolean municipalitiesMayPublish,
            @Schema(description = "The public API path of the year's figures (answers 404 while nothing is published)")
                    String publicPath) {}

    @Schema(
            name = "RegionPublicationSetting",
            description = "A region's publication policy",
            requiredProperties = {"region", "regionName", "municipalitiesMayPublish"})
    public record RegionSettingDto(
            String region,
            String regionName,
            @Schema(description = "The editors of the region's municipalities may publish their approved years")
                    boolean municipalitiesMayPublish,
            OffsetDateTime updatedAt,
            String updatedBy) {}

    @Schema(name = "RegionPublicationSettingInput", requiredProperties = "municipalitiesMayPublish")
    public record RegionSettingInput(Boolean municipalitiesMayPublish) {}
}
