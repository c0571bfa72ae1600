package ru.orientir.exports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * File names of downloads that say what is inside: {@code orientir-znacheniya-kaluga-2020.csv}, and the same in
 * Cyrillic ({@code ориентир-значения-kaluga-2020.csv}) for the RFC 5987 {@code filename*} parameter. The kind is a
 * Russian word or phrase ({@link #VALUES}, {@link #TARGETS}, …); the ASCII name is its transliteration. The
 * municipality is its code or its name (a Cyrillic name is transliterated in the ASCII name); a null municipality
 * or year leaves its part out. Every character that is not a letter or a digit becomes one «-».
 */
public record ExportNames(String ascii, String cyrillic) {

    public static final String VALUES = "значения";
    public static final String TARGETS = "цели";
    public static final String VALUES_TEMPLATE = "шаблон-значений";
    public static final String TARGETS_TEMPLATE = "шаблон-целей";
    public static final String ATTAINMENT = "план-факт";
    public static final String ACTIVITIES = "мероприятия";
    public static final String RATING = "рейтинг";
    public static final String ANNUAL_REPORT = "отчёт";

    private static final String PREFIX = "ориентир";
    private static final String RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    private static final String[] LATIN = {
        "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
        "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"
    };

    /** The names of a file of {@code kind} for a municipality (or null) and a year (or null), e.g. ("значения", "kaluga", 2020, "csv"). */
    public static ExportNames of(String kind, String municipality, Integer year, String extension) {
        StringBuilder base = new StringBuilder(PREFIX).append('-').append(kind);
        if (municipality != null && !municipality.isBlank()) {
            base.append('-').append(municipality);
        }
        if (year != null) {
            base.append('-').append(year);
        }
        String cyrillic = slug(base.toString(), false);
        String ascii = slug(base.toString(), true);
        return new ExportNames(ascii + "." + extension, cyrillic + "." + extension);
    }

    /** The Content-Disposition header value: {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded}. */
    public String contentDisposition() {
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(cyrillic);
    }

    /** Lower case, letters and digits kept (transliterated to Latin when {@code ascii}), runs of anything else one «-». */
    static String slug(String text, boolean ascii) {
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            String piece = null;
            int ru = RU.indexOf(c);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                piece = String.valueOf(c);
            } else if (ru >= 0) {
                piece = ascii ? LATIN[ru] : String.valueOf(c);
            }
            if (piece == null) {
                dash = true;
            } else if (!piece.isEmpty()) {
                if (dash && !out.isEmpty()) {
                    out.append('-');
                }
                dash = false;
                out.append(piece);
            }
        }
        return out.toString();
    }

    /** RFC 5987 value-chars: ALPHA / DIGIT / "!#$&+-.^_`|~" as they are, every other UTF-8 byte as %XX. */
    static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
