package ru.orientir.publication;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.orientir.attainment.DataVersionTag;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Params;
import ru.orientir.publication.PublicDtos.*;

/**
 * The public portal: published figures of approved years, without a token (application.properties lets exactly
 * /api/v1/public/* through). Read-only: every other method is 405. Each answer carries Cache-Control public,
 * max-age=60 and an ETag of the data version (which a publication, an unpublish, a period transition and every
 * change of the figures move); If-None-Match naming it gives 304. Rate-limited per client address (429).
 */
@Path(PublicResource.PATH)
@Tag(name = "Public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicResource {

    public static final String PATH = "/api/v1/public";

    @Inject
    PublicService service;

    @GET
    @Path("/municipalities")
    @Operation(
            operationId = "listPublicMunicipalities",
            summary = "Municipalities with published years (no token needed)",
            description = "By name; each with its published years, newest first.")
    public RestResponse<PageResult<MunicipalityDto>> municipalities(
            @HeaderParam("If-None-Match") @Parameter(description = "An ETag read before: 304 while nothing changed")
                    String ifNoneMatch,
            @QueryParam("page")
                    @Parameter(
                            description = "Page number, from 0",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
                    String page,
            @QueryParam("size")
                    @Parameter(
                            description = "Page size, 1 to 1000",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "1000",
                                            defaultValue = "200"))
                    String size) {
        PageParams p = PageParams.of(page, size, 200).validated();
        return cached(ifNoneMatch, () -> service.municipalities(p), "municipalities", "" + p.page, "" + p.size);
    }

    @GET
    @Path("/municipalities/{code}")
    @Operation(
            operationId = "getPublicMunicipality",
            description =
                    "The municipality's name and the years it has published (approved and published figures only); no token, rate-limited, cacheable (ETag, Cache-Control public).",
            summary = "A municipality's published years (no token needed); 404 when it has published none")
    public RestResponse<MunicipalityYearsDto> municipality(
            @HeaderParam("If-None-Match") @Parameter(description = "An ETag read before: 304 while nothing changed")
                    String ifNoneMatch,
            @PathParam("code") @Parameter(description = "Municipality code") String code) {
        return cached(ifNoneMatch, () -> service.municipality(code), "municipality", code);
    }

    @GET
    @Path("/municipalities/{code}/attainment")
    @Operation(
            operationId = "getPublicAttainment",
            summary = "Plan against fact of the published indicators of an approved year (no token needed)",
            description = "The municipality as a whole: indicator, unit, target with its comparator, fact, status,"
                    + " deviation, and for organization-level indicators how many schools met their targets. 404"
                    + " when the year is not published (not approved, never published, unpublished or reopened).")
    public RestResponse<AttainmentDto> attainment(
            @HeaderParam("If-None-Match") @Parameter(description = "An ETag read before: 304 while nothing changed")
                    String ifNoneMatch,
            @PathParam("code") @Parameter(description = "Municipality code") String code,
            @QueryParam("year")
                    @Parameter(
                            required = true,
                            description = "The year",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = Params.MIN_YEAR,
                                            maximum = Params.MAX_YEAR))
                    String year) {
        int y = Params.requireYear("year", year);
        return cached(ifNoneMatch, () -> service.attainment(code, y), "attainment", code, "" + y);
    }

    @GET
    @Path("/municipalities/{code}/summary")
    @Operation(
            operationId = "getPublicSummary",
            description =
                    "Counts of met, not met, no data and no target over the published indicators of the year, in total and per area; 404 unless the year is approved and published. No token, rate-limited, cacheable.",
            summary = "The published rows of an approved year counted by status, per area (no token needed)")
    public RestResponse<SummaryDto> summary(
            @HeaderParam("If-None-Match") @Parameter(description = "An ETag read before: 304 while nothing changed")
                    String ifNoneMatch,
            @PathParam("code") @Parameter(description = "Municipality code") String code,
            @QueryParam("year")
                    @Parameter(
                            required = true,
                            description = "The year",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = Params.MIN_YEAR,
                                            maximum = Params.MAX_YEAR))
                    String year) {
        int y = Params.requireYear("year", year);
        return cached(ifNoneMatch, () -> service.summary(code, y), "summary", code, "" + y);
    }

    @GET
    @Path("/municipalities/{code}/trends")
    @Operation(
            operationId = "getPublicTrends",
            description =
                    "For each published indicator of the year, its fact and target in the published years up to it (at most five), for the public page's trend charts. No token, rate-limited, cacheable.",
            summary = "The year's published indicators in the published years up to it, for trend charts (no token"
                    + " needed)")
    public RestResponse<TrendsDto> trends(
            @HeaderParam("If-None-Match") @Parameter(description = "An ETag read before: 304 while nothing changed")
                    String ifNoneMatch,
            @PathParam("code") @Parameter(description = "Municipality code") String code,
            @QueryParam("year")
                    @Parameter(
                            required = true,
                            description = "The year",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = Params.MIN_YEAR,
                                            maximum = Params.MAX_YEAR))
                    String year) {
        int y = Params.requireYear("year", year);
        return cached(ifNoneMatch, () -> service.trends(code, y), "trends", code, "" + y);
    }

    /**
     * The data version is read before the body: a change committed in between gives a new body under the old tag,
     * which the next request replaces. Nothing is kept on the server between requests.
     */
    private <T> RestResponse<T> cached(String ifNoneMatch, Supplier<T> body, String... request) {
        EntityTag tag = DataVersionTag.shared(service.dataVersion(), request);
        return DataVersionTag.respond(tag, ifNoneMatch, DataVersionTag.SHARED, body);
    }
}
