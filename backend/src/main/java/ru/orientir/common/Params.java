package ru.orientir.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The one parser of the query and path parameters that several endpoints share (years, booleans,
 * enumerations). Strict everywhere: {@code " 2024"}, {@code "2024%00"}, {@code "+2024"}, {@code "0"}
 * or {@code " true"} are the caller's mistake, answered by every endpoint with the same 400 naming the
 * parameter; only an absent or empty parameter means "not given". Collects every bad parameter of a
 * request, then {@link #throwIfAny()} answers them together.
 */
public final class Params {

    public static final String INVALID_YEAR = "invalid_year";
    public static final String INVALID_INTEGER = "invalid_integer";
    public static final String INVALID_BOOLEAN = "invalid_boolean";
    public static final String NOT_ALLOWED = "not_allowed";
    public static final String REQUIRED = "required";
    public static final String INVALID_RANGE = "invalid_range";

    /** The year bounds as annotation text, for the contract's {@code minimum} and {@code maximum}. */
    public static final String MIN_YEAR = "" + Checks.MIN_YEAR;

    public static final String MAX_YEAR = "" + Checks.MAX_YEAR;

    private final List<FieldError> errors = new ArrayList<>();

    /** A year in {@link Checks#MIN_YEAR}..{@link Checks#MAX_YEAR}, or null when absent. */
    public Integer year(String name, String raw) {
        if (absent(raw)) {
            return null;
        }
        // a school year may be named as people write it: 2019/20 is the year 2019 (the year it starts in)
        Integer year = raw.length() <= 4 && digits(raw) ? Integer.valueOf(raw) : YearSpan.start(raw);
        if (year == null || !Checks.inYearRange(year)) {
            add(
                    name,
                    INVALID_YEAR,
                    "Параметр «" + name + "» должен быть годом от " + Checks.MIN_YEAR + " до " + Checks.MAX_YEAR
                            + " (цифрами, например 2024, или учебным годом, например 2019/20), получено "
                            + shown(raw));
            return null;
        }
        return year;
    }

    /** A year that must be given; 0 when it is missing or bad (the error is recorded). */
    public int requiredYear(String name, String raw) {
        if (absent(raw)) {
            missing(name);
            return 0;
        }
        Integer year = year(name, raw);
        return year == null ? 0 : year;
    }

    /** Two optional years that, when both are given, must not run backwards. */
    public void yearRange(String fromName, Integer from, String toName, Integer to) {
        if (from != null && to != null && from > to) {
            add(
                    toName,
                    INVALID_RANGE,
                    "Параметр «" + toName + "» (" + to + ") раньше, чем «" + fromName + "» (" + from + ")");
        }
    }

    /** A whole number of digits only (no sign, no spaces) within min..max; the default when absent. */
    public int integer(String name, String raw, int byDefault, int min, int max) {
        if (absent(raw)) {
            return byDefault;
        }
        long value = raw.length() <= 10 && digits(raw) ? Long.parseLong(raw) : -1;
        if (value < min || value > max) {
            add(
                    name,
                    INVALID_INTEGER,
                    "Параметр «" + name + "» должен быть целым числом от " + min + " до " + max + ", получено "
                            + shown(raw));
            return byDefault;
        }
        return (int) value;
    }

    /** Exactly {@code true} or {@code false}; the default when absent. */
    public boolean bool(String name, String raw, boolean byDefault) {
        if (absent(raw)) {
            return byDefault;
        }
        if (raw.equals("true") || raw.equals("false")) {
            return raw.equals("true");
        }
        add(name, INVALID_BOOLEAN, "Параметр «" + name + "» должен быть true или false, получено " + shown(raw));
        return byDefault;
    }

    /** One of the allowed values exactly as written there; the default (may be null) when absent. */
    public String oneOf(String name, String raw, List<String> allowed, String byDefault) {
        if (absent(raw)) {
            return byDefault;
        }
        if (allowed.contains(raw)) {
            return raw;
        }
        add(
                name,
                NOT_ALLOWED,
                "Параметр «" + name + "» должен быть одним из: " + String.join(", ", allowed) + "; получено "
                        + shown(raw));
        return byDefault;
    }

    /** One of the allowed values, which must be given; null when missing or bad (the error is recorded). */
    public String requiredOneOf(String name, String raw, List<String> allowed) {
        if (absent(raw)) {
            add(name, REQUIRED, "Параметр «" + name + "» обязателен; допустимы: " + String.join(", ", allowed));
            return null;
        }
        return oneOf(name, raw, allowed, null);
    }

    /** A text parameter (a code) that must be given; its value trimmed, or null (the error is recorded). */
    public String required(String name, String raw) {
        String value = Pages.blankToNull(raw);
        if (value == null) {
            missing(name);
            return null;
        }
        return value.trim();
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** 400 with every bad parameter as a field error, the first one's message as the detail. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1
                    ? errors.get(0).message()
                    : "Неверные параметры запроса (" + errors.size() + "): "
                            + String.join(
                                    "; ",
                                    errors.stream().map(FieldError::message).toList());
            throw new ProblemException(400, "bad-request", "Неверный запрос", detail, errors);
        }
    }

    // ---- shortcuts for a single parameter ------------------------------------------------

    public static Integer optionalYear(String name, String raw) {
        Params p = new Params();
        Integer year = p.year(name, raw);
        p.throwIfAny();
        return year;
    }

    public static int requireYear(String name, String raw) {
        Params p = new Params();
        int year = p.requiredYear(name, raw);
        p.throwIfAny();
        return year;
    }

    public static String optionalOneOf(String name, String raw, List<String> allowed) {
        Params p = new Params();
        String value = p.oneOf(name, raw, allowed, null);
        p.throwIfAny();
        return value;
    }

    // ---- helpers ---------------------------------------------------------------------------

    private void missing(String name) {
        add(name, REQUIRED, "Параметр «" + name + "» обязателен");
    }

    private void add(String name, String code, String message) {
        errors.add(new FieldError(name, code, message));
    }

    /** Absent or empty ({@code ?year=}): not given. Spaces are a value, and a wrong one. */
    private static boolean absent(String raw) {
        return raw == null || raw.isEmpty();
    }

    private static boolean digits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The value as received, quoted, with invisible characters made visible (NUL as \u0000). */
    static String shown(String raw) {
        StringBuilder b = new StringBuilder("«");
        String s = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('»').toString();
    }
}
