package ru.orientir.exports;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import ru.orientir.common.Params;
import ru.orientir.facts.DataFilter;

/** The query of an export: the list filters plus the file format. */
public class ExportQuery extends DataFilter {

    static final List<String> FORMATS = List.of("csv", "xlsx");

    @QueryParam("format")
    @Parameter(
            description = "File format, csv by default",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"csv", "xlsx"},
                            defaultValue = "csv"))
    public String format;

    @QueryParam("dialect")
    @Parameter(
            description = "CSV dialect: contract (default, the import format: UTF-8, «,», decimal point, the "
                    + "contract's column names) or excel-ru (for Russian Excel: Windows-1251, or UTF-8 with BOM "
                    + "when a character does not fit, «;», decimal comma, Russian column names); both re-import",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"contract", "excel-ru"},
                            defaultValue = "contract"))
    public String dialect;

    /** An empty parameter (?municipality=) means no filter, as in the lists; a bad year or format is a 400. */
    DataFilter.Parsed filters() {
        Params p = new Params();
        p.oneOf("format", format, FORMATS, "csv");
        p.oneOf("dialect", dialect, CsvDialect.CODES, "contract");
        DataFilter.Parsed f = parsed(p);
        p.throwIfAny();
        return f;
    }

    /** The CSV dialect asked for (contract by default). */
    CsvDialect checkedDialect() {
        filters();
        return CsvDialect.of(dialect);
    }

    /** csv (default) or xlsx; anything else is the caller's mistake. */
    String checkedFormat() {
        filters();
        return format == null || format.isEmpty() ? "csv" : format;
    }
}
