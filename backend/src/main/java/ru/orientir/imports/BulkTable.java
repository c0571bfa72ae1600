package ru.orientir.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the rows of a values or targets file reach their table, as set-based SQL generated from the
 * columns: a temporary staging table filled by COPY, then one INSERT ... ON CONFLICT (natural key)
 * DO UPDATE that only touches rows whose data changed, and the audit events of exactly those rows
 * written in the same statement from the old and new rows.
 */
public record BulkTable(String table, String constraint, String entityType, String keyDescription, List<Col> extraKey,
        List<Col> data) {

    /** A column of the staging table (and of the target table under the same name). */
    public record Col(String name, String type, String json) {

        public static Col of(String name, String type) {
            return new Col(name, type, ru.orientir.imports.source.Columns.normalize(name).equals(name)
                    ? camel(name) : name);
        }

        String snapshot(String alias) {
            return type.startsWith("numeric") ? "trim_scale(" + alias + "." + name + ")" : alias + "." + name;
        }

        private static String camel(String snake) {
            StringBuilder b = new StringBuilder();
            boolean up = false;
            for (char c : snake.toCharArray()) {
                if (c == '_') {
                    up = true;
                } else {
                    b.append(up ? Character.toUpperCase(c) : c);
                    up = false;
                }
            }
            return b.toString();
        }
    }

    private static final List<Col> SCOPE = List.of(Col.of("municipality_id", "bigint"), Col.of("indicator_id", "bigint"),
            Col.of("organization_id", "bigint"), Col.of("year", "smallint"));

    /** The columns of a staged row after its file line, in COPY order. */
    public List<Col> stagedColumns() {
        return Stream.of(SCOPE, extraKey, data).flatMap(List::stream).toList();
    }

    public String createStaging() {
        return "CREATE TEMP TABLE imp_stage (line bigint NOT NULL, "
                + stagedColumns().stream().map(c -> c.name + " " + c.type).collect(Collectors.joining(", "))
                + ") ON COMMIT DROP";
    }

    public String copy() {
        return "COPY imp_stage (line, " + names(stagedColumns(), "") + ") FROM STDIN";
    }

    /** Groups of file lines that share a natural key. */
    public String duplicates() {
        return "SELECT array_agg(line ORDER BY line) FROM imp_stage GROUP BY "
                + names(keyColumns(), "") + " HAVING count(*) > 1 ORDER BY min(line)";
    }

    private List<Col> keyColumns() {
        List<Col> key = new ArrayList<>(SCOPE);
        key.addAll(extraKey);
        return key;
    }

    /** Parameters: updated_by, import_job_id, audit actor, audit import_job_id. Returns the changed rows. */
    public String upsertWithAudit() {
        String keyJoin = keyColumns().stream()
                .map(c -> c.name.equals("organization_id") ? "m.organization_id IS NOT DISTINCT FROM s.organization_id"
                        : "m." + c.name + " = s." + c.name)
                .collect(Collectors.joining(" AND "));
        String all = names(stagedColumns(), "");
        String updates = data.stream().map(c -> c.name + " = EXCLUDED." + c.name).collect(Collectors.joining(", "));
        return "WITH old AS (SELECT m.id, m.year, " + names(data, "m.") + " FROM " + table + " m JOIN imp_stage s ON "
                + keyJoin + "), "
                + "up AS (INSERT INTO " + table + " AS t (" + all + ", version, updated_at, updated_by, import_job_id) "
                + "SELECT " + all + ", 0, now(), ?, ? FROM imp_stage "
                + "ON CONFLICT ON CONSTRAINT " + constraint + " DO UPDATE SET " + updates
                + ", version = t.version + 1, updated_at = now(), updated_by = EXCLUDED.updated_by, "
                + "import_job_id = EXCLUDED.import_job_id "
                + "WHERE (" + names(data, "t.") + ") IS DISTINCT FROM (" + names(data, "EXCLUDED.") + ") "
                + "RETURNING t.*) "
                + "INSERT INTO audit_event (occurred_at, actor, channel, action, entity_type, entity_id, entity_key, "
                + "municipality_code, indicator_code, old_value, new_value, import_job_id) "
                + "SELECT now(), ?, 'import', CASE WHEN o.id IS NULL THEN 'create' ELSE 'update' END, '" + entityType
                + "', up.id, concat_ws('/', mu.code, i.code, coalesce(org.code, ''), up.year"
                + extraKey.stream().map(c -> ", up." + c.name).collect(Collectors.joining()) + "), mu.code, i.code, "
                + "CASE WHEN o.id IS NULL THEN NULL ELSE " + snapshot("o") + " END, " + snapshot("up") + ", ? "
                + "FROM up JOIN municipality mu ON mu.id = up.municipality_id JOIN indicator i ON i.id = up.indicator_id "
                + "LEFT JOIN organization org ON org.id = up.organization_id "
                + "LEFT JOIN old o ON o.id = up.id AND o.year = up.year";
    }

    private String snapshot(String alias) {
        String key = "'municipality', mu.code, 'indicator', i.code, 'organization', org.code, 'year', up.year"
                + extraKey.stream().map(c -> ", '" + c.json + "', up." + c.name).collect(Collectors.joining());
        return "jsonb_build_object(" + key + data.stream().map(c -> ", '" + c.json + "', " + c.snapshot(alias))
                .collect(Collectors.joining()) + ")";
    }

    private static String names(List<Col> cols, String prefix) {
        return cols.stream().map(c -> prefix + c.name).collect(Collectors.joining(", "));
    }
}
