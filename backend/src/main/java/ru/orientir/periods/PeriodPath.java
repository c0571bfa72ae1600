package ru.orientir.periods;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import ru.orientir.common.Params;

/** The path of a reporting period: municipality code and year (a bad year is a 400, not a 404). */
public class PeriodPath {

    @PathParam("code")
    @Parameter(description = "Municipality code")
    public String code;

    @PathParam("year")
    @Parameter(
            description = "Reporting year",
            schema = @Schema(type = SchemaType.INTEGER, minimum = Params.MIN_YEAR, maximum = Params.MAX_YEAR))
    public String year;

    int year() {
        return Params.requireYear("year", year);
    }
}
