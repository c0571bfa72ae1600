package ru.orientir.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.admin.AdminDtos.UserDto;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/admin/users")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class AdminUserResource {

    @Inject
    AdminUserService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "listUsers",
            summary = "People and the Orientir roles they hold, read from Keycloak (admin)",
            description =
                    "Roles are assigned in the Keycloak console; this list reads them live through Keycloak's "
                            + "admin API. Filter by one realm role, by a municipality (its editor and viewer roles and its "
                            + "schools' roles) and by part of the login, name or e-mail. Sorted by login. 503 when Keycloak cannot be asked.")
    public PageResult<UserDto> list(
            @QueryParam("role") @Parameter(description = "A realm role, e.g. admin or municipality:kaluga:editor")
                    String role,
            @QueryParam("municipality") @Parameter(description = "Holders of this municipality's roles")
                    String municipality,
            @QueryParam("q") @Parameter(description = "Part of the login, name or e-mail") String search,
            @BeanParam PageParams page) {
        return service.users(current.get(), role, municipality, search, page);
    }
}
