package ru.orientir.facts;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import ru.orientir.common.FieldError;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Pages;
import ru.orientir.common.Params;
import ru.orientir.common.ProblemException;
import ru.orientir.security.Caller;

/**
 * The filters shared by the lists of targets and values, turned into JPQL over the aliases
 * {@code m} (municipality), {@code i} (indicator), {@code o} (organization, left-joined) and the
 * row's own alias. The caller's read scope is always part of the conditions.
 */
public class DataFilter {

    @QueryParam("municipality")
    @Parameter(description = "Municipality code")
    public String municipality;

    @QueryParam("indicator")
    @Parameter(description = "Indicator code")
    public String indicator;

    @QueryParam("organization")
    @Parameter(description = "Organization code (within the municipality)")
    public String organization;

    @QueryParam("group")
    @Parameter(
            description = "Register (group) code within the municipality: only the rows of its organizations "
                    + "(municipality-level rows are left out). Requires municipality; an unknown register is 422 "
                    + "on the field group. The register's years do not limit the rows: add yearFrom/yearTo for that.")
    public String group;

    @QueryParam("year")
    @Parameter(
            description = "Exactly this year",
            schema = @Schema(type = SchemaType.INTEGER, minimum = Params.MIN_YEAR, maximum = Params.MAX_YEAR))
    public String year;

    @QueryParam("yearFrom")
    @Parameter(
            description = "From this year on",
            schema = @Schema(type = SchemaType.INTEGER, minimum = Params.MIN_YEAR, maximum = Params.MAX_YEAR))
    public String yearFrom;

    @QueryParam("yearTo")
    @Parameter(
            description = "Up to this year",
            schema = @Schema(type = SchemaType.INTEGER, minimum = Params.MIN_YEAR, maximum = Params.MAX_YEAR))
    public String yearTo;

    /** JPQL conditions and their parameters. */
    public static final class Where {
        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> params = new HashMap<>();
        private boolean empty;

        public Where and(String clause, String name, Object value) {
            clauses.add(clause);
            params.put(name, value);
            return this;
        }

        /** The caller's read scope (see {@link ReadScope}). */
        public Where and(ReadScope.Condition scope) {
            if (scope.matchesNothing()) {
                empty = true;
            } else if (scope.restricts()) {
                clauses.add(scope.clause());
                params.putAll(scope.jpqlParams());
            }
            return this;
        }

        /** True when the caller can see nothing at all: the list is empty without asking the database. */
        public boolean matchesNothing() {
            return empty;
        }

        public String jpql() {
            return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        }

        public <T> TypedQuery<T> bind(TypedQuery<T> q) {
            params.forEach(q::setParameter);
            return q;
        }
    }

    /** The filter's values, parsed: an empty parameter is no filter, a bad year is a 400 naming it. */
    public record Parsed(
            String municipality,
            String indicator,
            String organization,
            Integer year,
            Integer yearFrom,
            Integer yearTo,
            String group) {}

    /** Parses the filter, adding what is wrong to {@code bad} (the caller throws, with its own checks added). */
    public Parsed parsed(Params bad) {
        Integer y = bad.year("year", year);
        Integer from = bad.year("yearFrom", yearFrom);
        Integer to = bad.year("yearTo", yearTo);
        bad.yearRange("yearFrom", from, "yearTo", to);
        return new Parsed(
                Pages.blankToNull(municipality),
                Pages.blankToNull(indicator),
                Pages.blankToNull(organization),
                y,
                from,
                to,
                Pages.blankToNull(group));
    }

    /**
     * The conditions for this filter as seen by the caller: a named municipality (or school) the caller
     * may not read is refused (403); without one, the list is silently limited to the caller's scope
     * (a school coordinator's: its school's rows and its municipality's figures as a whole).
     */
    public Where where(Caller caller, String row) {
        Params bad = new Params();
        Parsed f = parsed(bad);
        bad.throwIfAny();
        check(caller, f);
        Where w = new Where();
        if (f.municipality() != null) {
            w.and("m.code = :municipality", "municipality", f.municipality());
        }
        w.and(ReadScope.jpql(caller, "m.code", "o.code"));
        if (f.indicator() != null) {
            w.and("i.code = :indicator", "indicator", f.indicator());
        }
        if (f.organization() != null) {
            w.and("o.code = :organization", "organization", f.organization());
        }
        if (checkedGroup(f)) {
            w.and(
                    "o.id in (select go.id from OrganizationGroup g join g.organizations go "
                            + "where g.municipality.code = :groupMunicipality and g.code = :group)",
                    "group",
                    f.group());
            w.params.put("groupMunicipality", f.municipality());
        }
        if (f.year() != null) {
            w.and(row + ".year = :year", "year", f.year());
        }
        if (f.yearFrom() != null) {
            w.and(row + ".year >= :yearFrom", "yearFrom", f.yearFrom());
        }
        if (f.yearTo() != null) {
            w.and(row + ".year <= :yearTo", "yearTo", f.yearTo());
        }
        return w;
    }

    /**
     * A named municipality (or school) the caller may not read is refused (403); without one, the rows are limited to
     * the caller's scope by the conditions.
     */
    public static void check(Caller caller, Parsed f) {
        if (f.municipality() != null) {
            caller.requireSee(f.municipality());
            if (f.organization() != null) {
                caller.requireReadRow(f.municipality(), f.organization());
            }
        }
    }

    /**
     * The conditions of {@link #where} for native SQL over the aliases {@code m}, {@code i}, {@code o} and the row's
     * ({@code row}, with {@code organization_id} and {@code year}): {@code AND ...} each, the caller's read scope
     * always among them, with their positional parameters (a year as a smallint, the column's type). {@link #check}
     * comes first.
     */
    public static void appendSql(Caller caller, Parsed f, String row, StringBuilder sql, List<Object> params) {
        ReadScope.Condition scope = ReadScope.sql(caller, "m.code", "o.code");
        sql.append(" AND ").append(scope.clause());
        params.addAll(scope.sqlParams());
        condition(sql, params, " AND m.code = ?", f.municipality());
        condition(sql, params, " AND i.code = ?", f.indicator());
        condition(sql, params, " AND o.code = ?", f.organization());
        condition(sql, params, " AND " + row + ".year = ?", f.year());
        condition(sql, params, " AND " + row + ".year >= ?", f.yearFrom());
        condition(sql, params, " AND " + row + ".year <= ?", f.yearTo());
        appendGroupSql(f, row + ".organization_id", sql, params);
    }

    private static void condition(StringBuilder sql, List<Object> params, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            params.add(value instanceof Integer y ? (short) (int) y : value);
        }
    }

    /**
     * The register filter for native SQL, for exports: {@code AND <organization id column> IN (members)}
     * with its parameters, appended when the filter names a group (checked as in {@link #where}: the
     * caller's right to read the municipality is checked before).
     */
    public static void appendGroupSql(Parsed f, String organizationIdColumn, StringBuilder sql, List<Object> params) {
        if (checkedGroup(f)) {
            sql.append(" AND ")
                    .append(organizationIdColumn)
                    .append(" IN (SELECT gm.organization_id FROM organization_group_member gm ")
                    .append("JOIN organization_group g ON g.id = gm.group_id ")
                    .append("JOIN municipality gmu ON gmu.id = g.municipality_id WHERE gmu.code = ? AND g.code = ?)");
            params.add(f.municipality());
            params.add(f.group());
        }
    }

    /**
     * Whether the filter names a register, which must be one of the named municipality's: 422 on the field
     * {@code group} without a municipality or for an unknown register.
     */
    private static boolean checkedGroup(Parsed f) {
        if (f.group() == null) {
            return false;
        }
        if (f.municipality() == null) {
            throw ProblemException.validation(List.of(new FieldError(
                    "group",
                    "municipality_required",
                    "Реестр (group) выбирается в пределах муниципалитета: укажите и муниципалитет (municipality)")));
        }
        long found = Panache.getEntityManager()
                .createQuery(
                        "select count(g) from OrganizationGroup g where g.municipality.code = :m and g.code = :g",
                        Long.class)
                .setParameter("m", f.municipality())
                .setParameter("g", f.group())
                .getSingleResult();
        if (found == 0) {
            throw ProblemException.validation(List.of(new FieldError(
                    "group",
                    "unknown_group",
                    "Реестр «" + f.group() + "» муниципалитета «" + f.municipality() + "» не найден")));
        }
        return true;
    }

    /** Runs a projection query for one page and a count query with the same conditions. */
    public static <T> PageResult<T> page(
            EntityManager em, Class<T> type, String select, String from, Where where, String orderBy, PageParams p) {
        p.validated();
        if (where.matchesNothing()) {
            return new PageResult<>(List.of(), p.page, p.size, 0);
        }
        List<T> items = where.bind(em.createQuery(select + " " + from + where.jpql() + " order by " + orderBy, type))
                .setFirstResult(p.page * p.size)
                .setMaxResults(p.size)
                .getResultList();
        long total = items.size() < p.size && (p.page == 0 || !items.isEmpty())
                ? (long) p.page * p.size + items.size()
                : where.bind(em.createQuery("select count(*) " + from + where.jpql(), Long.class))
                        .getSingleResult();
        return new PageResult<>(items, p.page, p.size, total);
    }
}
