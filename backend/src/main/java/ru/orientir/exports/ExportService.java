package ru.orientir.exports;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.orientir.catalogue.Categories;
import ru.orientir.catalogue.Dimension;
import ru.orientir.catalogue.SchoolYear;
import ru.orientir.common.ProblemException;
import ru.orientir.facts.DataFilter;
import ru.orientir.files.FileFormat;
import ru.orientir.files.SpreadsheetText;
import ru.orientir.files.TextEncoding;
import ru.orientir.rules.DerivedFacts;
import ru.orientir.security.Caller;
import ru.orientir.values.ComputedValues;

/**
 * Values and targets as files in exactly the import format (same columns, numbers with a point, no thousands
 * separators), so that an exported file re-imports unchanged. After {@code year} and {@code category} come their
 * labels for people ({@code year_label}: «2019/20» for a school-year indicator, «2019» otherwise;
 * {@code category_label}: «Математика, 4 класс»), which the import reads past; the year column stays the
 * starting year as a number. CSV cells that a spreadsheet would run as a formula get a leading {@code '}
 * ({@link SpreadsheetText}), which the CSV import removes. Rows are streamed from a database cursor straight to
 * the response; nothing is held in memory but the catalogue's dimensions and a bounded cache of labels.
 */
@ApplicationScoped
public class ExportService {

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    ComputedValues computed;

    /** The file of an export request as an HTTP answer: streamed, typed, with a file name to save it under. */
    public Response download(Caller caller, Kind kind, String name, ExportQuery query) {
        String format = query.checkedFormat();
        DataFilter.Parsed f = query.filters();
        String disposition = ExportNames.of(
                        kind == Kind.VALUES ? ExportNames.VALUES : ExportNames.TARGETS,
                        f.municipality(),
                        f.year(),
                        format)
                .contentDisposition();
        if ("csv".equals(format) && query.checkedDialect() == CsvDialect.EXCEL_RU) {
            return excelRu(caller, kind, f)
                    .header("Content-Disposition", disposition)
                    .build();
        }
        String type = "xlsx".equals(format) ? FileFormat.XLSX_TYPE : "text/csv; charset=UTF-8";
        return Response.ok(export(caller, kind, f, format), type)
                .header("Content-Disposition", disposition)
                .build();
    }

    /**
     * The excel-ru CSV: written in Windows-1251 to a temporary file first (bounded memory, one pass of the
     * query); when some character has no place in Windows-1251, written again in UTF-8 with BOM, which Excel
     * also opens. The charset of the answer says which.
     */
    private Response.ResponseBuilder excelRu(Caller caller, Kind kind, DataFilter.Parsed f) {
        StreamingOutput cp1251 = export(caller, kind, f, "csv", CsvDialect.EXCEL_RU, TextEncoding.WINDOWS_1251);
        java.nio.file.Path spool = null;
        try {
            spool = java.nio.file.Files.createTempFile("orientir-export-", ".csv");
            try (OutputStream file = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(spool))) {
                cp1251.write(file);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            deleteQuietly(spool);
            if (!unmappable(e)) {
                throw new java.io.UncheckedIOException(
                        e instanceof IOException io ? io : ((java.io.UncheckedIOException) e).getCause());
            }
            return Response.ok(
                    export(caller, kind, f, "csv", CsvDialect.EXCEL_RU, StandardCharsets.UTF_8),
                    "text/csv; charset=UTF-8");
        }
        java.nio.file.Path file = spool;
        StreamingOutput copy = out -> {
            try {
                java.nio.file.Files.copy(file, out);
            } finally {
                deleteQuietly(file);
            }
        };
        return Response.ok(copy, "text/csv; charset=windows-1251");
    }

    private static boolean unmappable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.charset.CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    private static void deleteQuietly(java.nio.file.Path file) {
        if (file != null) {
            try {
                java.nio.file.Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is removed with the temporary directory
            }
        }
    }

    /** The column an export adds after {@code year}: the year as people read it (2019/20 or 2019). */
    public static final String YEAR_LABEL = "year_label";
    /** The column an export adds after {@code category}: its members' names («Математика, 4 класс»). */
    public static final String CATEGORY_LABEL = "category_label";

    /** What is exported: its table, the columns of its import format and how to select them. */
    public enum Kind {
        VALUES(
                "measured_value",
                List.of(
                        "municipality",
                        "indicator",
                        "year",
                        YEAR_LABEL,
                        "value",
                        "organization",
                        "period",
                        "category",
                        CATEGORY_LABEL,
                        "qualifier",
                        "numerator",
                        "denominator",
                        "comment",
                        "source"),
                "m.code, i.code, t.year, trim_scale(t.value), o.code, t.period, t.category, t.qualifier, "
                        + "trim_scale(t.numerator), trim_scale(t.denominator), t.comment, t.source",
                "m.code, i.code, t.year, o.code NULLS FIRST, t.period, t.category"),
        TARGETS(
                "target",
                List.of(
                        "municipality",
                        "indicator",
                        "year",
                        YEAR_LABEL,
                        "value",
                        "comparator",
                        "value_to",
                        "kind",
                        "organization",
                        "category",
                        "comment",
                        "source"),
                "m.code, i.code, t.year, trim_scale(t.value), t.comparator, trim_scale(t.value_to), t.kind, "
                        + "CASE WHEN t.every_organization THEN '*' ELSE o.code END, t.category, t.comment, t.source",
                "m.code, i.code, t.year, o.code NULLS FIRST, t.every_organization, t.kind, t.category");

        final String table;
        /** The file's columns: the import format's, with the labels after year and category. */
        final List<String> columns;
        /** The selected columns: the file's without the labels, in the same order, then the indicator's periodicity. */
        final String select;

        final String order;
        /** For each file column, its position in the selected row (from 1), or 0 for a label. */
        final int[] source;

        final int year;
        final int category;
        final int indicator;
        final int periodicity;

        Kind(String table, List<String> columns, String select, String order) {
            this.table = table;
            this.columns = columns;
            this.select = select + ", i.periodicity";
            this.order = order;
            this.source = new int[columns.size()];
            int at = 0;
            for (int n = 0; n < columns.size(); n++) {
                String c = columns.get(n);
                source[n] = c.equals(YEAR_LABEL) || c.equals(CATEGORY_LABEL) ? 0 : ++at;
            }
            this.periodicity = at + 1;
            this.year = source[columns.indexOf("year")];
            this.indicator = source[columns.indexOf("indicator")];
            this.category = columns.contains("category") ? source[columns.indexOf("category")] : 0;
        }

        boolean hasCategories() {
            return category > 0;
        }
    }

    /**
     * The labels of one export: the year by {@link SchoolYear}, the category by {@link Categories} on the
     * dimensions of the catalogue (loaded once; a label computed once per indicator and category, up to a bound).
     */
    static final class Labels {
        private static final int MAX_CACHED = 100_000;
        private final Map<String, List<Dimension>> dimensions;
        private final Map<String, String> categoryLabels = new HashMap<>();

        Labels(Map<String, List<Dimension>> dimensions) {
            this.dimensions = dimensions;
        }

        /** The label of a file column that is one ({@code year_label}, {@code category_label}) for the current row. */
        String of(Kind kind, String column, ResultSet rs) throws SQLException {
            if (column.equals(YEAR_LABEL)) {
                return SchoolYear.label(rs.getString(kind.periodicity), rs.getInt(kind.year));
            }
            String category = rs.getString(kind.category);
            if (category == null || category.isEmpty()) {
                return "";
            }
            String indicator = rs.getString(kind.indicator);
            String key = indicator + '\u0000' + category;
            String label = categoryLabels.get(key);
            if (label == null) {
                label = Categories.label(dimensions.getOrDefault(indicator, List.of()), category);
                if (categoryLabels.size() < MAX_CACHED) {
                    categoryLabels.put(key, label);
                }
            }
            return label;
        }
    }

    public StreamingOutput export(Caller caller, Kind kind, DataFilter.Parsed f, String format) {
        return export(caller, kind, f, format, CsvDialect.CONTRACT, StandardCharsets.UTF_8);
    }

    /** The rows as a file; a CSV in the dialect and charset given (UTF-8 with BOM; any other strict). */
    StreamingOutput export(
            Caller caller, Kind kind, DataFilter.Parsed f, String format, CsvDialect dialect, Charset charset) {
        DataFilter.check(caller, f);
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        Query q = query(caller, kind, f, xlsx);
        // the computed facts of derived indicators: on a sheet of their own in the workbook for people, never in a
        // CSV (it re-imports, and they cannot be written)
        List<DerivedFacts.Fact> facts = xlsx && kind == Kind.VALUES ? computed.matching(caller, f) : null;
        Labels labels = new Labels(kind.hasCategories() ? dimensions() : Map.of());
        return out -> {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                c.setReadOnly(true);
                List<PeopleXlsx.Computed> computedRows = facts == null ? null : PeopleXlsx.computed(c, facts);
                try (PreparedStatement ps = c.prepareStatement(q.sql())) {
                    ps.setFetchSize(5000);
                    for (int i = 0; i < q.params().size(); i++) {
                        ps.setObject(i + 1, q.params().get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        if (xlsx) {
                            PeopleXlsx.write(kind, labels, rs, out, f, computedRows);
                        } else {
                            writeCsv(kind, labels, rs, writer(out, charset), dialect);
                        }
                    }
                }
                c.rollback();
            } catch (SQLException e) {
                throw new IOException("export failed", e);
            }
        };
    }

    private record Query(String sql, List<Object> params) {}

    /** The rows of an export; a workbook for people also selects {@link PeopleXlsx}'s columns after the file's. */
    private static Query query(Caller caller, Kind kind, DataFilter.Parsed f, boolean forPeople) {
        StringBuilder sql = new StringBuilder("SELECT " + kind.select + (forPeople ? PeopleXlsx.select(kind) : "")
                + " FROM " + kind.table + " t "
                + "JOIN municipality m ON m.id = t.municipality_id JOIN indicator i ON i.id = t.indicator_id "
                + "LEFT JOIN organization o ON o.id = t.organization_id"
                + (forPeople ? PeopleXlsx.joins(kind) : "") + " WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        DataFilter.appendSql(caller, f, "t", sql, params);
        sql.append(" ORDER BY ").append(kind.order);
        return new Query(sql.toString(), params);
    }

    /** A writer in the charset: UTF-8 begins with a BOM (Excel's sign of UTF-8); others refuse what they lack. */
    private static Writer writer(OutputStream out, Charset charset) throws IOException {
        if (charset.equals(StandardCharsets.UTF_8)) {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            return w;
        }
        return new OutputStreamWriter(
                out,
                charset.newEncoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static void writeCsv(Kind kind, Labels labels, ResultSet rs, Writer w, CsvDialect dialect)
            throws SQLException, IOException {
        CsvWriter csv = CsvWriter.builder().fieldSeparator(dialect.separator()).build(w);
        csv.writeRecord(kind.columns.stream().map(c -> dialect.header(kind, c)).toList());
        int n = kind.columns.size();
        String[] row = new String[n];
        while (rs.next()) {
            for (int i = 0; i < n; i++) {
                String v =
                        kind.source[i] == 0 ? labels.of(kind, kind.columns.get(i), rs) : rs.getString(kind.source[i]);
                row[i] = v == null ? "" : SpreadsheetText.neutralise(dialect.cell(kind.columns.get(i), v));
            }
            csv.writeRecord(row);
        }
        csv.flush();
    }

    /**
     * A small table (rows already read, e.g. a plan's activities) as CSV or XLSX in the same way as the exports
     * above: a BOM and neutralised formulas in CSV, text cells in XLSX.
     */
    public static StreamingOutput table(String sheet, List<String> columns, List<List<String>> rows, String format) {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        return out -> {
            if (xlsx) {
                Workbook wb = new Workbook(out, "Orientir", "1.0");
                Worksheet ws = wb.newWorksheet(sheet);
                header(ws, columns);
                for (int r = 0; r < rows.size(); r++) {
                    List<String> row = rows.get(r);
                    for (int i = 0; i < row.size(); i++) {
                        if (row.get(i) != null && !row.get(i).isEmpty()) {
                            ws.value(r + 1, i, row.get(i));
                        }
                    }
                }
                wb.finish();
                return;
            }
            OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            CsvWriter csv = CsvWriter.builder().build(w);
            csv.writeRecord(columns);
            for (List<String> row : rows) {
                csv.writeRecord(row.stream()
                        .map(v -> v == null ? "" : SpreadsheetText.neutralise(v))
                        .toList());
            }
            csv.flush();
        };
    }

    static void header(Worksheet ws, List<String> columns) {
        for (int i = 0; i < columns.size(); i++) {
            ws.value(0, i, columns.get(i));
            ws.style(0, i).bold().set();
        }
    }

    /** The dimensions of every indicator that has some, in its order: what category labels are read on. */
    Map<String, List<Dimension>> dimensions() {
        Map<String, List<Dimension>> byIndicator = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                        "select i.code, d from Indicator i join i.dimensions d order by i.code, index(d)",
                        Object[].class)
                .getResultList()
                .forEach(r -> byIndicator
                        .computeIfAbsent((String) r[0], k -> new ArrayList<>())
                        .add((Dimension) r[1])));
        return byIndicator;
    }

    static ProblemException unknownMunicipality(String code) {
        return ProblemException.notFound("municipality", "Муниципалитет «" + code + "» не найден");
    }
}
