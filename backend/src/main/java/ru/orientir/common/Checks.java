package ru.orientir.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects every field error of a request so that the client hears of all of them at once. */
public final class Checks {

    public static final int MIN_YEAR = 1990;
    public static final int MAX_YEAR = 2100;

    private final List<FieldError> errors = new ArrayList<>();

    public Checks add(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
        return this;
    }

    /** The errors of a part checked on its own (e.g. one condition of a rule), under the part's field: conditions[0].category. */
    public void nested(String prefix, Checks part) {
        part.errors.forEach(e -> errors.add(new FieldError(prefix + "." + e.field(), e.code(), e.message())));
    }

    public boolean required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "required", "Поле «" + field + "» обязательно");
            return false;
        }
        return true;
    }

    public void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "too_long", "Поле «" + field + "» длиннее " + max + " символов");
        }
    }

    public void code(String field, String value) {
        if (required(field, value) && !value.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")) {
            add(
                    field,
                    "invalid_code",
                    "Код «" + value
                            + "» может содержать только латинские буквы, цифры, точку, дефис и подчёркивание (до 64 символов)");
        }
    }

    /** The one range of years the platform accepts, for parameters, bodies and file cells alike. */
    public static boolean inYearRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** A code repeated in the body of a PUT must be the code of its address. */
    public void sameCode(String field, String inBody, String inPath) {
        if (inBody != null && !inBody.equals(inPath)) {
            add(field, "code_mismatch", "Код в теле «" + inBody + "» не совпадает с кодом в адресе «" + inPath + "»");
        }
    }

    public void year(String field, Integer year) {
        if (required(field, year) && !inYearRange(year)) {
            add(field, "year_out_of_range", "Год " + year + " вне допустимого диапазона " + MIN_YEAR + "–" + MAX_YEAR);
        }
    }

    public void oneOf(String field, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            add(
                    field,
                    "not_allowed",
                    "Значение «" + value + "» недопустимо для поля «" + field + "»; допустимы: "
                            + String.join(", ", allowed));
        }
    }

    private static final BigDecimal TOO_LARGE = new BigDecimal("1e14");

    public void finite(String field, BigDecimal value) {
        if (value != null && (value.abs().compareTo(TOO_LARGE) >= 0 || value.scale() > 6)) {
            add(
                    field,
                    "out_of_range",
                    "Число " + shown(value)
                            + " слишком велико (допустимо меньше 10^14) или имеет больше 6 знаков после запятой");
        }
    }

    /** A number as shown in a message: plainly when short, otherwise like 1.23E+309 (never 309 digits). */
    static String shown(BigDecimal value) {
        String plain = value.toPlainString();
        return plain.length() <= 30
                ? plain
                : value.round(new java.math.MathContext(6)).toString();
    }

    public List<FieldError> errors() {
        return errors;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }
}
