package ru.orientir.notifications;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of notifications, their list, the preferences and a reminder run. */
public final class NotificationDtos {

    private NotificationDtos() {}

    @Schema(
            name = "Notification",
            requiredProperties = {"id", "kind", "title", "body", "createdAt", "read"})
    public record NotificationDto(
            long id,
            @Schema(
                            description = "What happened",
                            enumeration = {
                                "period_returned",
                                "period_approved",
                                "period_reopened",
                                "activity_overdue",
                                "indicator_not_met",
                                "deadline_approaching",
                                "deadline_passed"
                            })
                    String kind,
            @Schema(description = "A one-line Russian summary") String title,
            @Schema(description = "The Russian text, with the comment of a return") String body,
            @Schema(description = "The SPA's path of the thing it is about, e.g. /municipalities/kaluga/entry/2024")
                    String link,
            @Schema(description = "The municipality it concerns (absent for a regional notice)") String municipality,
            OffsetDateTime createdAt,
            boolean read,
            @Schema(description = "When it was marked read") OffsetDateTime readAt) {}

    @Schema(
            name = "NotificationList",
            description = "The caller's own notifications, newest first, and how many of all of them are unread",
            requiredProperties = {"items", "page", "size", "total", "unread"})
    public record NotificationList(List<NotificationDto> items, int page, int size, long total, long unread) {}

    @Schema(
            name = "NotificationsRead",
            requiredProperties = {"marked", "unread"})
    public record ReadAll(@Schema(description = "How many were unread and are read now") long marked, long unread) {}

    @Schema(
            name = "NotificationPreference",
            requiredProperties = {"kind", "inApp", "email"})
    public record Preference(
            String kind,
            @Schema(description = "How the kind reads in Russian (answers only)") String label,
            @Schema(description = "Shown under the bell") Boolean inApp,
            @Schema(description = "Sent by e-mail to the address Keycloak keeps") Boolean email) {}

    @Schema(
            name = "NotificationPreferences",
            description = "Every kind with the caller's choice (both on unless changed)",
            requiredProperties = {"items"})
    public record Preferences(List<Preference> items) {}

    @Schema(
            name = "ReminderRun",
            requiredProperties = {"date", "ran", "sources", "notices"})
    public record RunDto(
            LocalDate date,
            @Schema(description = "False when another replica was running the reminders at that moment") boolean ran,
            List<SourceRunDto> sources,
            @Schema(description = "In-app notices created (repeated reminders are not created again)") int notices) {}

    @Schema(
            name = "ReminderSourceRun",
            requiredProperties = {"source", "reminders", "notices"})
    public record SourceRunDto(String source, int reminders, int notices) {}
}
