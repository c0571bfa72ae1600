package ru.orientir.notifications;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.orientir.common.ProblemException;
import ru.orientir.notifications.NotificationDtos.RunDto;
import ru.orientir.notifications.NotificationDtos.SourceRunDto;
import ru.orientir.security.Caller;
import ru.orientir.security.CurrentCaller;

@Path("/api/v1/admin/reminders")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderResource {

    @Inject
    ReminderJob job;

    @Inject
    CurrentCaller current;

    @POST
    @Path("/run")
    @Operation(
            operationId = "runReminders",
            summary = "Run the daily reminders now for a date (administrator)",
            description = "What the daily job does at 07:00 (Moscow time): overdue activities of plans and the other"
                    + " reminder sources, for the given date (default today). Reminders already sent are not sent"
                    + " again; when another replica is running them at that moment, `ran` is false.")
    public RunDto run(
            @QueryParam("date")
                    @Parameter(
                            description = "The day to remind for, YYYY-MM-DD",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String date) {
        Caller caller = current.get();
        if (!caller.isAdmin()) {
            throw ProblemException.forbidden("Запускать напоминания может только администратор");
        }
        ReminderJob.Run r = job.run(day(date));
        return new RunDto(
                r.date(),
                r.ran(),
                r.sources().stream()
                        .map(s -> new SourceRunDto(s.source(), s.reminders(), s.notices()))
                        .toList(),
                r.notices());
    }

    private LocalDate day(String date) {
        if (date == null || date.isBlank()) {
            return job.today();
        }
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeException e) {
            throw ProblemException.badRequest("date", "invalid_date", "Дата «" + date + "» не в виде ГГГГ-ММ-ДД");
        }
    }
}
