package ru.orientir.exports;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import ru.orientir.common.ProblemException;

/** The query of an export: the list filters plus the file format. */
public class ExportQuery {

    @QueryParam("format")
    @Parameter(description = "csv (default) or xlsx")
    public String format;
    @QueryParam("municipality")
    public String municipality;
    @QueryParam("indicator")
    public String indicator;
    @QueryParam("organization")
    public String organization;
    @QueryParam("year")
    public Integer year;
    @QueryParam("yearFrom")
    public Integer yearFrom;
    @QueryParam("yearTo")
    public Integer yearTo;

    ExportService.Filters filters() {
        return new ExportService.Filters(municipality, indicator, organization, year, yearFrom, yearTo);
    }

    /** csv or xlsx; anything else is the caller's mistake. */
    String checkedFormat() {
        String f = format == null || format.isBlank() ? "csv" : format.trim().toLowerCase();
        if (!List.of("csv", "xlsx").contains(f)) {
            throw ProblemException.badRequest("format", "unknown_format", "Формат «" + format + "» не поддерживается: csv или xlsx");
        }
        return f;
    }
}
