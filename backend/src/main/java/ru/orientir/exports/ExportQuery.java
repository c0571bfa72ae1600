package ru.orientir.exports;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import ru.orientir.common.ProblemException;
import static ru.orientir.common.Pages.blankToNull;

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

    /** An empty parameter (?municipality=) means no filter, as in the lists. */
    ExportService.Filters filters() {
        return new ExportService.Filters(blankToNull(municipality), blankToNull(indicator), blankToNull(organization),
                year, yearFrom, yearTo);
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
