package ru.orientir.attainment;

/**
 * The attainment status of given keys (indicator × municipality × organization × year × category of stored annual
 * values), by {@link AttainmentRules#statusSql}: for the features that react to a write (notifications, issue 18)
 * without a second copy of the rule. The target is the row's own, else the municipality's target of every organization,
 * as in {@link AttainmentQuery}.
 */
public final class KeyStatuses {

    private static final String TARGET = "CASE WHEN t.id IS NOT NULL THEN t.%1$s ELSE ts.%1$s END";

    private KeyStatuses() {}

    /**
     * One statement over {@code keys}, a query answering (indicator_id, municipality_id, organization_id, year,
     * category): answers those columns, then the indicator's code and Russian name, the municipality's code and name, the
     * organization's code and name (null for the municipality) and the status (each column named: indicator_code, indicator_name, municipality_code,
     * municipality_name, organization_code, organization_name, status).
     */
    public static String select(String keys) {
        return "WITH k AS (" + keys + ")\n"
                + """
                SELECT k.indicator_id, k.municipality_id, k.organization_id, k.year, k.category,
                       i.code AS indicator_code, i.name_ru AS indicator_name, m.code AS municipality_code,
                       m.name AS municipality_name, o.code AS organization_code, o.name AS organization_name, """
                + AttainmentRules.statusSql(
                        "t.id IS NOT NULL OR ts.id IS NOT NULL",
                        "mv.value",
                        TARGET.formatted("comparator"),
                        TARGET.formatted("value"),
                        TARGET.formatted("value_to"),
                        "i.polarity")
                + """
                 AS status
                FROM k
                JOIN indicator i ON i.id = k.indicator_id
                JOIN municipality m ON m.id = k.municipality_id
                LEFT JOIN organization o ON o.id = k.organization_id
                """
                + AttainmentQuery.TARGET_AND_FACT;
    }
}
