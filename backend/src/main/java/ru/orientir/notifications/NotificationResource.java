package ru.orientir.notifications;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.common.PageParams;
import ru.orientir.common.Params;
import ru.orientir.notifications.NotificationDtos.*;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    NotificationService service;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(
            operationId = "listNotifications",
            summary = "The caller's own notifications, newest first, with the count of unread ones",
            description = "Returned, approved and reopened years, overdue activities, indicators that stopped meeting"
                    + " their target, collection deadlines. `unread` counts all the caller's unread notifications"
                    + " (whatever the page), so the bell needs one request (e.g. `size=1`).")
    public NotificationList list(
            @QueryParam("unread")
                    @Parameter(
                            description = "true: only the unread ones",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    String unread,
            @BeanParam PageParams page) {
        Params p = new Params();
        boolean only = p.bool("unread", unread, false);
        p.throwIfAny();
        return service.list(current.get(), only, page);
    }

    @POST
    @Path("/{id}/read")
    @Operation(
            operationId = "readNotification",
            summary = "Mark one of the caller's notifications read",
            description = "Marking it again changes nothing. Another user's notification is answered 404 like an"
                    + " unknown one.")
    public NotificationDto read(@PathParam("id") long id) {
        return service.read(current.get(), id);
    }

    @POST
    @Path("/read-all")
    @Operation(
            operationId = "readAllNotifications",
            summary = "Mark all the caller's notifications read",
            description = "Answers how many were unread.")
    public ReadAll readAll() {
        return service.readAll(current.get());
    }

    @GET
    @Path("/preferences")
    @Operation(
            operationId = "getNotificationPreferences",
            summary = "What the caller receives: per kind, in the application and by e-mail",
            description = "Every kind is listed; a kind the caller never chose for is on both ways. E-mails go to the"
                    + " address Keycloak keeps for the user.")
    public Preferences preferences() {
        return service.preferences(current.get());
    }

    @PUT
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putNotificationPreferences",
            summary = "Choose what the caller receives",
            description = "Sets the kinds listed in `items` (each with `kind`, `inApp`, `email`); kinds not listed keep"
                    + " their choice. An unknown kind or a missing flag is a 422 naming the item. Answers every kind.")
    public Preferences setPreferences(Preferences input) {
        return service.setPreferences(current.get(), input);
    }
}
