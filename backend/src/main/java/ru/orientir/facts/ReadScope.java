package ru.orientir.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import ru.orientir.security.Caller;
import ru.orientir.security.Roles;

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

    /**
     * The condition on rows of data (values, targets) that may belong to an organization: the rows of
     * the municipalities the caller reads, and for a school coordinator its school's rows and the
     * rows of its municipality as a whole ({@code organizationColumn} null), never another school's.
     */
    public static Condition sql(Caller caller, String municipalityColumn, String organizationColumn) {
        return rows(caller, municipalityColumn, organizationColumn, true);
    }

    public static Condition jpql(Caller caller, String municipalityColumn, String organizationColumn) {
        return rows(caller, municipalityColumn, organizationColumn, false);
    }

    /**
     * As {@link #sql(Caller, String, String)} on tables keyed by ids ({@code municipality_id},
     * {@code organization_id}): for queries that join the codes only at the end (attainment).
     */
    public static Condition keys(Caller caller, String municipalityIdColumn, String organizationIdColumn) {
        Condition byCode = rows(caller, "m.code", "o.code", true);
        if (!byCode.restricts() || byCode.matchesNothing()) {
            return byCode;
        }
        boolean schools = caller.organizations().stream().anyMatch(r -> !caller.canRead(r.municipality()));
        if (!schools) {
            Condition m = in("m.code", caller.readable(), true, PARAM);
            return new Condition(
                    municipalityIdColumn + " IN (SELECT m.id FROM municipality m WHERE " + m.clause() + ")",
                    m.sqlParams(),
                    Map.of());
        }
        // a school coordinator's: the pairs (municipality, organization or 0 for the municipality as a whole) it may
        // read
        return new Condition(
                "(" + municipalityIdColumn + ", coalesce(" + organizationIdColumn + ", 0)) IN (SELECT m.id, o.id FROM"
                        + " municipality m JOIN organization o ON o.municipality_id = m.id WHERE " + byCode.clause()
                        + " UNION ALL SELECT m.id, 0 FROM municipality m LEFT JOIN organization o ON false WHERE "
                        + byCode.clause() + ")",
                twice(byCode.sqlParams()),
                Map.of());
    }

    private static List<Object> twice(List<Object> params) {
        List<Object> out = new ArrayList<>(params);
        out.addAll(params);
        return out;
    }

    /** The municipalities the caller may see at all (readers and school coordinators): for records, periods. */
    public static Condition visibleSql(Caller caller, String codeColumn) {
        return caller.readsAll() ? always() : in(codeColumn, caller.visible(), true, PARAM);
    }

    public static Condition visibleJpql(Caller caller, String codeColumn) {
        return caller.readsAll() ? always() : in(codeColumn, caller.visible(), false, PARAM);
    }

    private static Condition condition(Caller caller, String column, boolean sql) {
        Collection<String> codes = caller.readScope().orElse(null);
        return codes == null ? always() : in(column, codes, sql, PARAM);
    }

    private static Condition rows(Caller caller, String mColumn, String oColumn, boolean sql) {
        if (caller.readsAll()) {
            return always();
        }
        List<Roles.OrganizationRole> schools = caller.organizations().stream()
                .filter(r -> !caller.canRead(r.municipality()))
                .toList();
        List<Condition> parts = new ArrayList<>();
        if (!caller.readable().isEmpty()) {
            parts.add(in(mColumn, caller.readable(), sql, PARAM));
        }
        if (!schools.isEmpty()) {
            Set<String> municipalities = new TreeSet<>();
            Set<String> keys = new TreeSet<>();
            schools.forEach(r -> {
                municipalities.add(r.municipality());
                keys.add(r.municipality() + "/" + r.organization());
            });
            Condition whole = in(mColumn, municipalities, sql, PARAM + "Whole");
            parts.add(new Condition(
                    "(" + oColumn + " is null and " + whole.clause() + ")", whole.sqlParams(), whole.jpqlParams()));
            String key = sql
                    ? "(" + mColumn + " || '/' || " + oColumn + ")"
                    : "concat(" + mColumn + ", '/', " + oColumn + ")";
            parts.add(in(key, keys, sql, PARAM + "Schools"));
        }
        if (parts.isEmpty()) {
            return new Condition(FALSE, List.of(), Map.of());
        }
        List<Object> sqlParams = new ArrayList<>();
        Map<String, Object> jpqlParams = new HashMap<>();
        parts.forEach(c -> {
            sqlParams.addAll(c.sqlParams());
            jpqlParams.putAll(c.jpqlParams());
        });
        String clause = parts.size() == 1
                ? parts.get(0).clause()
                : "("
                        + String.join(
                                " or ", parts.stream().map(Condition::clause).toList()) + ")";
        return new Condition(clause, sqlParams, jpqlParams);
    }

    private static Condition always() {
        return new Condition(TRUE, List.of(), Map.of());
    }

    private static Condition in(String column, Collection<String> codes, boolean sql, String param) {
        if (codes.isEmpty()) {
            return new Condition(FALSE, List.of(), Map.of());
        }
        return sql
                ? new Condition(column + " = ANY (?)", List.of((Object) codes.toArray(String[]::new)), Map.of())
                : new Condition(column + " in :" + param, List.of(), Map.of(param, List.copyOf(codes)));
    }
}
