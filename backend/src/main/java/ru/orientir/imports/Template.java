package ru.orientir.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.orientir.files.Columns;

/**
 * The layout of the XLSX templates people fill in (values and targets): Russian headers for people, each
 * either informative (read past) or the cell of one contract column, and a hidden key column holding the
 * row's natural key. The hidden key column is the marker of a template: its header is {@link #KEY}. The same
 * layout writes the template ({@code exports}) and reads it back ({@link TemplateRows}).
 */
public final class Template {

    /** The header of the hidden key column: a file with this column is read as a template. */
    public static final String KEY = "orientir_key";

    /** A column of a template: its Russian header and the contract column it fills, or null when informative. */
    public record Column(String header, String field, double width) {}

    /** What a template fills in: the import type, the first part of its keys and its columns in order. */
    public enum Kind {
        VALUES(
                ImportType.VALUES,
                "values",
                List.of(
                        new Column("Код показателя", null, 12),
                        new Column("Наименование показателя", null, 60),
                        new Column("Единица измерения", null, 14),
                        new Column("Направление", null, 28),
                        new Column("Код организации", null, 14),
                        new Column("Год отчёта", null, 10),
                        new Column("Целевое значение", null, 16),
                        new Column("Значение", "value", 14),
                        new Column("Признак значения", "qualifier", 16),
                        new Column("Комментарий", "comment", 30),
                        new Column("Источник данных", "source", 24),
                        new Column(KEY, null, 0))),
        TARGETS(
                ImportType.TARGETS,
                "targets",
                List.of(
                        new Column("Код показателя", null, 12),
                        new Column("Наименование показателя", null, 60),
                        new Column("Единица измерения", null, 14),
                        new Column("Направление", null, 28),
                        new Column("Код организации", null, 14),
                        new Column("Год отчёта", null, 10),
                        new Column("Фактическое значение", null, 16),
                        new Column("Условие цели", "comparator", 14),
                        new Column("Цель", "value", 14),
                        new Column("Цель (верхняя граница)", "value_to", 16),
                        new Column("Комментарий", "comment", 30),
                        new Column("Источник данных", "source", 24),
                        new Column(KEY, null, 0)));

        public final ImportType type;
        public final String code;
        public final List<Column> columns;

        Kind(ImportType type, String code, List<Column> columns) {
            this.type = type;
            this.code = code;
            this.columns = columns;
        }

        /** Position of the column filling {@code field}, or of the key column for {@link #KEY}. */
        public int indexOf(String field) {
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                if (field.equals(c.field()) || field.equals(KEY) && KEY.equals(c.header())) {
                    return i;
                }
            }
            throw new IllegalArgumentException(field);
        }

        public static Kind of(ImportType type) {
            for (Kind k : values()) {
                if (k.type == type) {
                    return k;
                }
            }
            return null;
        }
    }

    /** The qualifiers as the template's drop-down offers them (in Russian), by their contract code. */
    public static final Map<String, String> QUALIFIERS =
            labels("exact", "точное", "approx", "приблизительное", "at_least", "не менее", "at_most", "не более");
    /** The comparators as the template's drop-down offers them, by their contract code. */
    public static final Map<String, String> COMPARATORS = labels("eq", "=", "ge", "≥", "le", "≤", "between", "между");

    private Template() {}

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** The contract code of a drop-down label («не менее» → at_least); any other text is returned as typed. */
    static String code(Map<String, String> labels, String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (e.getValue().equals(t)) {
                return e.getKey();
            }
        }
        return text;
    }

    /** The key of a row: kind, municipality, indicator, organization ('' for the municipality's row) and year. */
    public static String key(Kind kind, String municipality, String indicator, String organization, int year) {
        return String.join(
                "|",
                kind.code,
                municipality,
                indicator,
                organization == null ? "" : organization,
                String.valueOf(year));
    }

    /** The parts of a key after its kind, or null when it is not one of {@code kind}'s keys. */
    static String[] parse(Kind kind, String key) {
        if (key == null) {
            return null;
        }
        String[] p = key.strip().split("\\|", -1);
        if (p.length != 5 || !p[0].equals(kind.code) || p[1].isEmpty() || p[2].isEmpty() || p[4].isEmpty()) {
            return null;
        }
        return new String[] {p[1], p[2], p[3], p[4]};
    }

    /** The kind of the other template whose key this is («values» in a targets upload), or null. */
    static Kind kindOfKey(String key) {
        if (key == null) {
            return null;
        }
        for (Kind k : Kind.values()) {
            if (key.strip().startsWith(k.code + "|")) {
                return k;
            }
        }
        return null;
    }

    /** The normalized headers of a kind's columns, as a file's header reads them. */
    static List<String> normalizedHeaders(Kind kind) {
        List<String> out = new ArrayList<>();
        for (Column c : kind.columns) {
            out.add(Columns.normalize(c.header()));
        }
        return out;
    }
}
