package ru.orientir.files;

import java.util.Map;

/**
 * One data row of an uploaded file: its number as the analyst sees it (the file line, the header
 * being line 1; for JSON the element's position) and its cells by normalized column name.
 * {@code problem} is set when the row itself is malformed (e.g. a CSV line with another column count).
 */
public record Row(long number, Map<String, String> cells, String problem) {

    public String get(String column) {
        String v = cells.get(column);
        if (v == null) {
            return null;
        }
        String t = v.strip();
        return t.isEmpty() ? null : t;
    }

    /** The cell as typed, for error reports. */
    public String raw(String column) {
        return cells.get(column);
    }
}
