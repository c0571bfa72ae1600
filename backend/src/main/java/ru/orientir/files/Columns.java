package ru.orientir.files;

import java.util.Locale;

/** Column names are matched case-insensitively; JSON camelCase and spreadsheet spellings map to snake_case. */
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
}
