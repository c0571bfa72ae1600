package ru.orientir.security;

import java.util.function.IntPredicate;

/** The answer a matrix case requires. */
record Expect(String label, IntPredicate status) {

    static final Expect OK = new Expect("2xx", s -> s >= 200 && s < 300);
    static final Expect UNAUTHORIZED = new Expect("401", s -> s == 401);
    static final Expect FORBIDDEN = new Expect("403", s -> s == 403);
    /** Where revealing that the thing exists would leak (another caller's import job). */
    static final Expect HIDDEN = new Expect("404", s -> s == 404);
    /** The upload is accepted but every row of a municipality the caller may not write is refused. */
    static final Expect ROWS_REFUSED = new Expect("201 rejected", s -> s == 201);
    /** Authorised; the outcome depends on state (a period transition may be 409). */
    static final Expect AUTHORISED = new Expect("authorised", s -> s != 401 && s != 403 && s < 500);

    boolean allowed() {
        return this == OK || this == AUTHORISED;
    }
}
