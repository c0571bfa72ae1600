package ru.orientir.publication;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.publication.PublicationDtos.RegionSettingDto;
import ru.orientir.publication.PublicationDtos.RegionSettingInput;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/regions/{code}/publication")
@Tag(name = "Publication")
@Produces(MediaType.APPLICATION_JSON)
public class RegionPublicationResource {

    @Inject
    PublicationService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "getRegionPublicationSetting",
            description =
                    "municipalitiesMayPublish: whether the editors of the region's municipalities may publish and unpublish their own approved years (off by default: then only the ministry and the admin publish).",
            summary = "Whether the editors of the region's municipalities may publish their approved years")
    public RegionSettingDto get(@PathParam("code") @Parameter(description = "Region code") String code) {
        return service.setting(current.get(), code);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putRegionPublicationSetting",
            description = "Sets municipalitiesMayPublish for the region (ministry analyst or admin only). Audited.",
            summary = "Let the editors of the region's municipalities publish their approved years, or not"
                    + " (ministry analyst, admin; off by default; audited)")
    public RegionSettingDto put(
            @PathParam("code") @Parameter(description = "Region code") String code, RegionSettingInput input) {
        return service.putSetting(current.get(), code, input);
    }
}
