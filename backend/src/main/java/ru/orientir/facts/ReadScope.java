package ru.orientir.facts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import ru.orientir.security.Caller;

/**
 * The caller's read scope as one condition on a column holding municipality codes, for every list,
 * export, attainment query and ranking: no condition for callers who read all, the codes of their
 * roles otherwise (none: nothing matches).
 */
public final class ReadScope {

    /** A condition and its parameters: positional ({@code ?}) for SQL, named for JPQL. */
    public record Condition(String clause, List<Object> sqlParams, Map<String, Object> jpqlParams) {

        /** False for a caller who reads all (the condition is always true and may be left out). */
        public boolean restricts() {
            return !TRUE.equals(clause);
        }

        /** True when the condition matches no row at all (a caller without any municipality). */
        public boolean matchesNothing() {
            return FALSE.equals(clause);
        }
    }

    private static final String TRUE = "1 = 1";
    private static final String FALSE = "1 = 0";
    private static final String PARAM = "readScope";

    private ReadScope() {}

    /** The condition for native SQL: {@code column = ANY (?)} with the codes as one text array. */
    public static Condition sql(Caller caller, String codeColumn) {
        return condition(caller, codeColumn, true);
    }

    /** The condition for JPQL / Panache: {@code column in :readScope}. */
    public static Condition jpql(Caller caller, String codeColumn) {
        return condition(caller, codeColumn, false);
    }

    private static Condition condition(Caller caller, String column, boolean sql) {
        Collection<String> codes = caller.readScope().orElse(null);
        if (codes == null) {
            return new Condition(TRUE, List.of(), Map.of());
        }
        if (codes.isEmpty()) {
            return new Condition(FALSE, List.of(), Map.of());
        }
        return sql
                ? new Condition(column + " = ANY (?)", List.of((Object) codes.toArray(String[]::new)), Map.of())
                : new Condition(column + " in :" + PARAM, List.of(), Map.of(PARAM, List.copyOf(codes)));
    }
}
