package ru.orientir.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.security.CurrentCaller;
import ru.orientir.security.Roles;
import ru.orientir.territory.Organization;

@Path("/api/v1/me")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentCaller current;

    /** What the SPA needs to decide which menus and buttons to show. */
    @Schema(
            requiredProperties = {
                "username",
                "roles",
                "admin",
                "readsAll",
                "writesAll",
                "canApprove",
                "managesCatalogue",
                "readable",
                "writable"
            })
    public record Me(
            String username,
            String name,
            List<String> roles,
            boolean admin,
            boolean readsAll,
            boolean writesAll,
            boolean canApprove,
            boolean managesCatalogue,
            @Schema(
                            description = "The codes of the municipalities the caller's municipality roles let it read."
                                    + " A caller with readsAll: true reads every municipality and they are not listed"
                                    + " here (page through GET /municipalities), so that /me stays small whatever the"
                                    + " number of municipalities")
                    List<String> readable,
            @Schema(
                            description =
                                    "The codes of the municipalities the caller's municipality roles let it write;"
                                            + " with writesAll: true every municipality, not listed here")
                    List<String> writable,
            @Schema(description = "The organizations of the caller's per-organization roles (school coordinators)")
                    List<MyOrganization> organizations) {}

    /** An organization the caller acts for, and how (editor or viewer). */
    @Schema(name = "MyOrganization")
    public record MyOrganization(
            @Schema(required = true) String municipality,
            @Schema(required = true) String code,
            @Schema(
                            required = true,
                            enumeration = {"editor", "viewer"})
                    String role,
            @Schema(
                            description =
                                    "The organization's name; absent when the role names an organization that does not exist")
                    String name,
            String municipalityName) {}

    @GET
    @Operation(
            operationId = "getMe",
            description = "What the SPA and scripts need to decide what the caller may do: "
                    + "its roles, whether it reads or writes every municipality, approves years or manages the catalogue, "
                    + "and the codes of the municipalities it may read and write by its municipality roles (callers who"
                    + " read or write every municipality get readsAll / writesAll: true instead of every code).",
            summary = "The caller: name, roles and the municipalities it may read and write")
    public Me me() {
        // one who reads (writes) all gets the flag, not every code: /me stays trivial at country scale
        Set<String> readable = current.get().readsAll()
                ? Set.of()
                : new TreeSet<>(current.get().readable());
        Set<String> writable = current.get().writesAll()
                ? Set.of()
                : new TreeSet<>(current.get().writable());
        return new Me(
                current.get().username(),
                current.get().displayName(),
                current.get().roles().stream().sorted().toList(),
                current.get().isAdmin(),
                current.get().readsAll(),
                current.get().writesAll(),
                current.get().canApprove(),
                current.get().managesCatalogue(),
                List.copyOf(readable),
                List.copyOf(writable),
                organizations());
    }

    private List<MyOrganization> organizations() {
        List<Roles.OrganizationRole> roles = current.get().organizations();
        if (roles.isEmpty()) {
            return List.of();
        }
        // a coordinator holds a role or two: one query for their names, not one per role
        Map<String, Organization> named = new HashMap<>();
        Organization.<Organization>list(
                        "municipality.code in ?1",
                        roles.stream()
                                .map(Roles.OrganizationRole::municipality)
                                .distinct()
                                .toList())
                .forEach(o -> named.put(o.municipality.code + "/" + o.code, o));
        return roles.stream()
                .map(r -> {
                    Organization o = named.get(r.municipality() + "/" + r.organization());
                    return new MyOrganization(
                            r.municipality(),
                            r.organization(),
                            r.editor() ? "editor" : "viewer",
                            o == null ? null : o.name,
                            o == null ? null : o.municipality.name);
                })
                .distinct()
                .toList();
    }
}
