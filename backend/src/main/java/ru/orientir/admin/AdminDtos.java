package ru.orientir.admin;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the administrator's view of people and their roles (read from Keycloak). */
public final class AdminDtos {

    private AdminDtos() {}

    @Schema(
            name = "UserRole",
            description = "One of Orientir's realm roles a person holds (directly or through a group)",
            requiredProperties = {"name", "kind"})
    public record RoleDto(
            @Schema(example = "municipality:kaluga:editor") String name,
            @Schema(
                            enumeration = {
                                "admin",
                                "ministry_analyst",
                                "integration",
                                "editor",
                                "viewer",
                                "school_editor",
                                "school_viewer"
                            })
                    String kind,
            @Schema(description = "The municipality of a municipality's or a school's role") String municipality,
            @Schema(description = "The organization of a school's role") String organization) {}

    @Schema(
            name = "User",
            description = "A person (or service account) of the realm with Orientir's roles",
            requiredProperties = {"id", "username", "enabled", "roles"})
    public record UserDto(
            @Schema(description = "Keycloak's id of the user (for its page in the Keycloak console)") String id,
            String username,
            @Schema(description = "First and last name as kept in Keycloak") String name,
            String email,
            boolean enabled,
            List<RoleDto> roles) {}
}
