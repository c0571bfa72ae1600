package ru.orientir.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What still refers to a record that is to be deleted, counted: a delete with any of them is answered
 * 409 problem+json naming each (as a field error with its count) and what to do.
 */
public final class Dependents {

    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    /** {@code field} names the dependents in the problem's errors (e.g. «values»), {@code label} in the message. */
    public Dependents add(String field, String label, long count) {
        if (count > 0) {
            counts.put(field, new long[] {count});
            labels.put(field, label);
        }
        return this;
    }

    public boolean any() {
        return !counts.isEmpty();
    }

    /** 409 when anything depends on it: «Муниципалитет «x» нельзя удалить: от него зависят организации — 3, ...». */
    public void throwIfAny(String code, String what, String hint) {
        if (!any()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        counts.forEach((field, n) -> {
            parts.add(labels.get(field) + " — " + n[0]);
            errors.add(new FieldError(field, "in_use", labels.get(field) + ": " + n[0]));
        });
        throw new ProblemException(
                409,
                code,
                "Удаление невозможно",
                what + " нельзя удалить: от него зависят " + String.join(", ", parts) + ". " + hint,
                errors);
    }
}
