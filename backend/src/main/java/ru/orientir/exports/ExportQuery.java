package ru.orientir.exports;

import static ru.orientir.common.Pages.blankToNull;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import ru.orientir.common.Params;

/** The query of an export: the list filters plus the file format. */
public class ExportQuery {

    static final List<String> FORMATS = List.of("csv", "xlsx");

    @QueryParam("format")
    @Parameter(description = "File format, csv by default",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "xlsx"}, defaultValue = "csv"))
    public String format;
    @QueryParam("municipality")
    @Parameter(description = "Municipality code")
    public String municipality;
    @QueryParam("indicator")
    @Parameter(description = "Indicator code")
    public String indicator;
    @QueryParam("organization")
    @Parameter(description = "Organization code (within the municipality)")
    public String organization;
    @QueryParam("year")
    @Parameter(description = "Exactly this year",
            schema = @Schema(type = SchemaType.INTEGER, minimum = Params.MIN_YEAR, maximum = Params.MAX_YEAR))
    public String year;
    @QueryParam("yearFrom")
    @Parameter(description = "From this year on",
            schema = @Schema(type = SchemaType.INTEGER, minimum = Params.MIN_YEAR, maximum = Params.MAX_YEAR))
    public String yearFrom;
    @QueryParam("yearTo")
    @Parameter(description = "Up to this year",
            schema = @Schema(type = SchemaType.INTEGER, minimum = Params.MIN_YEAR, maximum = Params.MAX_YEAR))
    public String yearTo;

    /** An empty parameter (?municipality=) means no filter, as in the lists; a bad year or format is a 400. */
    ExportService.Filters filters() {
        Params p = new Params();
        p.oneOf("format", format, FORMATS, "csv");
        Integer y = p.year("year", year);
        Integer from = p.year("yearFrom", yearFrom);
        Integer to = p.year("yearTo", yearTo);
        p.yearRange("yearFrom", from, "yearTo", to);
        p.throwIfAny();
        return new ExportService.Filters(blankToNull(municipality), blankToNull(indicator), blankToNull(organization),
                y, from, to);
    }

    /** csv (default) or xlsx; anything else is the caller's mistake. */
    String checkedFormat() {
        filters();
        return format == null || format.isEmpty() ? "csv" : format;
    }
}
