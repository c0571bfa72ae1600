package ru.orientir.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.orientir.files.Columns;
import ru.orientir.files.FileProblem;
import ru.orientir.files.Row;
import ru.orientir.files.RowSource;

/**
 * The rows of a filled-in template ({@link Template}) as rows of the import format, so that they go through
 * exactly the checks of any values or targets file: the hidden key gives municipality, indicator, organization and
 * year, the fillable cells give their contract columns (drop-down labels back to codes), and the informative
 * columns are read past. A row whose value cell is empty means «no change»: it is not passed on, only counted
 * ({@link #empty()}).
 */
public final class TemplateRows implements RowSource {

    private static final List<String> KEY_FIELDS = List.of("municipality", "indicator", "organization", "year");

    private final Template.Kind kind;
    private final RowSource in;
    private final String keyColumn;
    /** The file's column of each fillable contract column present. */
    private final Map<String, String> columnOf = new HashMap<>();

    private final List<String> header = new ArrayList<>(KEY_FIELDS);
    private long empty;

    private TemplateRows(Template.Kind kind, RowSource in) throws FileProblem {
        this.kind = kind;
        this.in = in;
        this.keyColumn = Columns.normalize(Template.KEY);
        for (Template.Column c : kind.columns) {
            String name = Columns.normalize(c.header());
            if (c.field() != null && in.header().contains(name)) {
                columnOf.put(c.field(), name);
                header.add(c.field());
            }
        }
        if (!columnOf.containsKey("value")) {
            String value = kind.columns.get(kind.indexOf("value")).header();
            throw new FileProblem(
                    1, null, "В шаблоне нет столбца «" + value + "»: скачайте шаблон заново и заполните его");
        }
    }

    /**
     * The template's rows when {@code source} is a template (its header has the hidden key column), else
     * {@code source} itself. A template of a type that has none, or of the other kind, is the uploader's mistake.
     */
    public static RowSource wrap(ImportType type, RowSource source) throws FileProblem {
        List<String> h = source.header();
        if (h == null || !h.contains(Columns.normalize(Template.KEY))) {
            return source;
        }
        Template.Kind kind = Template.Kind.of(type);
        Template.Kind made = madeAs(h);
        if (kind == null || made != null && made != kind) {
            throw new FileProblem(
                    1,
                    Template.KEY,
                    made == null
                            ? "Это шаблон Orientir: загрузите его как значения (type=values) или цели (type=targets)"
                            : "Это шаблон " + (made == Template.Kind.VALUES ? "значений" : "целей")
                                    + ": загрузите его с type=" + made.code);
        }
        return new TemplateRows(kind, source);
    }

    /** The kind of template whose value column the header has, or null. */
    private static Template.Kind madeAs(List<String> header) {
        for (Template.Kind k : Template.Kind.values()) {
            if (header.contains(
                    Columns.normalize(k.columns.get(k.indexOf("value")).header()))) {
                return k;
            }
        }
        return null;
    }

    /** Rows left empty (value not filled in): «no change». */
    public long empty() {
        return empty;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Row next() throws FileProblem, IOException {
        while (true) {
            Row r = in.next();
            if (r == null) {
                return null;
            }
            String key = r.get(keyColumn);
            String[] k = Template.parse(kind, key);
            if (k == null) {
                Template.Kind other = Template.kindOfKey(key);
                if (other != null && other != kind) {
                    throw new FileProblem(
                            r.number(),
                            Template.KEY,
                            "Это шаблон " + (other == Template.Kind.VALUES ? "значений" : "целей")
                                    + ": загрузите его с type=" + other.code);
                }
                if (r.get(columnOf.get("value")) == null) {
                    empty++;
                    continue; // a row people added and left empty
                }
                return new Row(
                        r.number(),
                        Map.of(),
                        "нет служебного ключа шаблона (скрытый столбец " + Template.KEY
                                + "): строки, добавленные в шаблон вручную, не загружаются; скачайте шаблон заново");
            }
            if (r.get(columnOf.get("value")) == null) {
                empty++;
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < KEY_FIELDS.size(); i++) {
                cells.put(KEY_FIELDS.get(i), k[i]);
            }
            columnOf.forEach((field, column) -> {
                String v = r.raw(column);
                if ("qualifier".equals(field)) {
                    v = Template.code(Template.QUALIFIERS, v);
                } else if ("comparator".equals(field)) {
                    v = Template.code(Template.COMPARATORS, v);
                }
                if (v != null) {
                    cells.put(field, v);
                }
            });
            return new Row(r.number(), cells, r.problem());
        }
    }

    @Override
    public Dialect dialect() {
        return in.dialect();
    }

    @Override
    public String rowWord() {
        return in.rowWord();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
