package ru.orientir.files;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Column names: matched case-insensitively, JSON camelCase and spreadsheet spellings mapped to snake_case, and the
 * Russian names people give columns («Муниципалитет», «Код показателя», «Год», «Значение»…) taken as aliases of the
 * contract's names. The alias table below is the one place that knows them: imports read through
 * {@link #aliased}, exports for people write {@link #russian} (each column's first Russian name). Aliases match
 * whatever the case, «ё» or «е», spaces, underscores or punctuation, and a trailing «*» (a required-column mark).
 */
public final class Columns {

    private Columns() {}

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String s = name.replace("\uFEFF", "").strip();
        StringBuilder out = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(s.charAt(i - 1))) {
                out.append('_');
            }
            out.append(c == ' ' || c == '-' ? '_' : c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Any import type. */
    private static final String ALL = "*";

    /** A contract column's Russian names (the first is the one exports write), within one import type or all. */
    private record Alias(String column, String type, List<String> names) {}

    private static Alias alias(String column, String type, String... names) {
        return new Alias(column, type, List.of(names));
    }

    /** Type-specific entries come first: they win over the general ones of the same Russian name. */
    private static final List<Alias> ALIASES = List.of(
            alias("value", "targets", "целевое значение", "цель", "значение"),
            alias("comparator", "targets", "сравнение", "условие", "знак сравнения"),
            alias("value_to", "targets", "значение до", "верхняя граница", "до"),
            alias("kind", "targets", "вид", "вид цели", "тип цели"),
            alias("name_ru", "indicators", "название", "наименование", "название на русском"),
            alias("name_en", "indicators", "название на английском", "название англ"),
            alias("source", "indicators", "источник", "источник данных"),
            alias("deadline", "indicators", "срок сдачи", "срок", "срок представления"),
            alias("responsible", "indicators", "ответственный уровень", "ответственный", "кто сдает"),
            alias("municipality", ALL, "муниципалитет", "код муниципалитета", "муниципальное образование", "мо"),
            alias("indicator", ALL, "код показателя", "показатель"),
            alias("year", ALL, "год"),
            alias("year_label", ALL, "подпись года"),
            alias("value", ALL, "значение"),
            alias(
                    "organization",
                    ALL,
                    "код организации",
                    "организация",
                    "школа",
                    "код школы",
                    "образовательная организация",
                    "оо"),
            alias("period", ALL, "период"),
            alias("category", ALL, "категория", "код категории"),
            alias("category_label", ALL, "подпись категории"),
            alias("qualifier", ALL, "квалификатор", "признак значения", "признак"),
            alias("numerator", ALL, "числитель"),
            alias("denominator", ALL, "знаменатель"),
            alias("comment", ALL, "комментарий", "примечание"),
            alias("source", ALL, "источник", "источник данных"),
            alias("code", ALL, "код"),
            alias("name", ALL, "название", "наименование"),
            alias("unit", ALL, "единица измерения", "единица", "ед изм"),
            alias("area", ALL, "направление", "область"),
            alias("polarity", ALL, "полярность", "направленность"),
            alias("decimals", ALL, "знаков после запятой", "точность"),
            alias("level", ALL, "уровень"),
            alias("periodicity", ALL, "периодичность"),
            alias("scale_min", ALL, "минимум шкалы", "шкала от"),
            alias("scale_max", ALL, "максимум шкалы", "шкала до"),
            alias("bands", ALL, "пороги", "диапазоны"),
            alias("categories", ALL, "категории"),
            alias("dimensions", ALL, "измерения"),
            alias("description", ALL, "описание"),
            alias("formula", ALL, "формула"),
            alias("region", ALL, "регион", "код региона"),
            alias("type", ALL, "тип"),
            alias("oktmo", ALL, "октмо", "код октмо"),
            alias("group", ALL, "группа", "реестр", "код группы", "код реестра"),
            alias("year_from", ALL, "год с", "с года", "год начала"),
            alias("year_to", ALL, "год по", "по год", "год окончания"));

    /** How aliases are compared: lower case, «ё» as «е», every run of non-letters one space, a trailing «*» dropped. */
    static String key(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c == 'ё' ? 'е' : c);
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /**
     * The contract column a header names in an import of {@code type} (e.g. «values») whose columns are
     * {@code columns}: itself when it is one of them, else the column of its Russian alias, else itself unchanged
     * (the header check then names it as unknown).
     */
    public static String contract(String header, String type, Collection<String> columns) {
        if (columns.contains(header)) {
            return header;
        }
        String k = key(header);
        for (Alias a : ALIASES) {
            if ((a.type.equals(type) || a.type.equals(ALL)) && columns.contains(a.column) && a.names.contains(k)) {
                return a.column;
            }
        }
        return header;
    }

    /** The Russian name exports for people write for a contract column in files of {@code type}, or the column itself. */
    public static String russian(String column, String type) {
        for (Alias a : ALIASES) {
            if (a.column.equals(column) && (a.type.equals(type) || a.type.equals(ALL))) {
                return a.names.get(0);
            }
        }
        return column;
    }

    /** The Russian names of the columns, for messages: «муниципалитет, код показателя, год, значение». */
    public static String russian(List<String> columns, String type) {
        return String.join(", ", columns.stream().map(c -> russian(c, type)).toList());
    }

    /** The rows of {@code source} with Russian column names read as the contract's names of an import of {@code type}. */
    public static RowSource aliased(RowSource source, String type, List<String> columns) {
        return new Aliased(source, type, columns);
    }

    private static final class Aliased implements RowSource {
        private static final int MAX_CACHED = 1000;
        private final RowSource source;
        private final String type;
        private final List<String> columns;
        private final List<String> header;
        /** Names to rename (a table's header once; a JSON record's keys as they come, up to a bound). */
        private final Map<String, String> renamed = new HashMap<>();

        Aliased(RowSource source, String type, List<String> columns) {
            this.source = source;
            this.type = type;
            this.columns = columns;
            List<String> h = source.header();
            if (h == null) {
                header = null;
            } else {
                header = new ArrayList<>(h.size());
                for (String name : h) {
                    String c = contract(name, type, columns);
                    header.add(c);
                    if (!c.equals(name)) {
                        renamed.put(name, c);
                    }
                }
            }
        }

        @Override
        public List<String> header() {
            return header;
        }

        @Override
        public Row next() throws FileProblem, IOException {
            Row r = source.next();
            if (r == null || header != null && renamed.isEmpty()) {
                return r;
            }
            Map<String, String> cells = new LinkedHashMap<>(r.cells().size() * 2);
            for (Map.Entry<String, String> e : r.cells().entrySet()) {
                cells.put(name(e.getKey()), e.getValue());
            }
            return new Row(r.number(), cells, r.problem());
        }

        private String name(String key) {
            String c = renamed.get(key);
            if (c != null || header != null) {
                return c == null ? key : c;
            }
            c = contract(key, type, columns);
            if (renamed.size() < MAX_CACHED) {
                renamed.put(key, c);
            }
            return c;
        }

        @Override
        public String rowWord() {
            return source.rowWord();
        }

        @Override
        public Dialect dialect() {
            return source.dialect();
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
