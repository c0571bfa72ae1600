package ru.orientir.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the rows of a values or targets file reach their table, as set-based SQL generated from the
 * columns: a temporary staging table filled by COPY (no indexes, no WAL), then one UPDATE of the
 * existing keys whose data changed and one INSERT of the new keys, each writing the audit events of
 * exactly the rows it changed in the same statement.
 */
public record BulkTable(String table, String entityType, String keyDescription, List<Col> extraKey, List<Col> data) {

    /**
     * A column of the staging table (and of the target table under the same name); {@code optional}
     * columns are usually empty and are left out of the audit snapshot when they are.
     */
    public record Col(String name, String type, String json, boolean optional) {

        public static Col of(String name, String type) {
            return new Col(name, type, camel(name), false);
        }

        public static Col optional(String name, String type) {
            return new Col(name, type, camel(name), true);
        }

        String snapshot(String prefix) {
            return type.startsWith("numeric") ? "trim_scale(" + prefix + name + ")" : prefix + name;
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

    /**
     * An extra key column flagging a row of every organization (a target with organization '*'): the audit
     * shows it as the organization '*' rather than as a key part of its own.
     */
    public static final String EVERY_ORGANIZATION = "every_organization";

    private static final List<Col> SCOPE = List.of(
            Col.of("municipality_id", "bigint"),
            Col.of("indicator_id", "bigint"),
            Col.of("organization_id", "bigint"),
            Col.of("year", "smallint"));

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
        return "SELECT array_agg(line ORDER BY line) FROM imp_stage GROUP BY " + names(keyColumns(), "")
                + " HAVING count(*) > 1 ORDER BY min(line)";
    }

    private List<Col> keyColumns() {
        List<Col> key = new ArrayList<>(SCOPE);
        key.addAll(extraKey);
        return key;
    }

    private String keyJoin(String target, String staged) {
        return keyColumns().stream()
                .map(c -> c.name.equals("organization_id")
                        ? target + ".organization_id IS NOT DISTINCT FROM " + staged + ".organization_id"
                        : target + "." + c.name + " = " + staged + "." + c.name)
                .collect(Collectors.joining(" AND "));
    }

    /**
     * Rows whose key exists and whose data differs are updated; unchanged rows are not touched. The
     * table joined a second time as {@code o} is read in the statement's snapshot, so RETURNING gives
     * the old values next to the new ones and the audit needs no second pass over the table.
     * Parameters: updated_by, import_job_id, audit actor, audit import_job_id. Returns the audit events.
     */
    public String updateWithAudit() {
        return updateWithAudit(CHANNEL_IMPORT);
    }

    /** The audit channels a bulk write may record (audit_event.channel): files, and batches typed by people or sent by scripts. */
    private static final java.util.Set<String> CHANNELS = java.util.Set.of("import", "ui", "api");

    static final String CHANNEL_IMPORT = "import";

    /** As {@link #updateWithAudit()}, its audit events recorded under {@code channel} (the job id may be null: a batch). */
    public String updateWithAudit(String channel) {
        String sets = data.stream().map(c -> c.name + " = s." + c.name).collect(Collectors.joining(", "));
        return "WITH up AS (UPDATE " + table + " t SET " + sets + ", version = t.version + 1, updated_at = now(), "
                + "updated_by = ?, import_job_id = CAST(? AS uuid) FROM imp_stage s, " + table + " o "
                + "WHERE " + keyJoin("t", "s") + " AND o.id = t.id AND o.year = t.year"
                + " AND (" + names(data, "t.") + ") IS DISTINCT FROM (" + names(data, "s.") + ") "
                + "RETURNING t.id, " + names(stagedColumns(), "t.") + ", " + names(data, "o.", "old_") + ") "
                + audit(channel, "'update'", snapshot("up", "up.old_"));
    }

    /**
     * Inserts the staged rows whose key is new with one audit event per row (old value none), as a
     * single-row write does: for a batch of figures typed by a person, where each new figure is worth its
     * own line in the history. Parameters and answer as for {@link #insertWithAudit()}.
     */
    public String insertWithRowAudit(String channel) {
        String all = names(stagedColumns(), "");
        return "WITH up AS (INSERT INTO " + table + " (" + all + ", version, updated_at, updated_by, import_job_id) "
                + "SELECT " + names(stagedColumns(), "s.") + ", 0, now(), ?, CAST(? AS uuid) FROM imp_stage s "
                + "WHERE NOT EXISTS (SELECT 1 FROM " + table + " m WHERE " + keyJoin("m", "s") + ") "
                + "RETURNING id, " + names(stagedColumns(), "") + ") "
                + audit(channel, "'create'", "NULL");
    }

    /**
     * Rows whose key is not in the table yet are inserted (an anti-join rather than ON CONFLICT: the
     * keys present were handled by {@link #updateWithAudit()} in the same transaction, and a key added
     * meanwhile by a concurrent writer fails the job instead of being overwritten unseen).
     * Parameters as for the update.
     */
    /**
     * Inserts the staged rows whose key is new, and audits them as one creation event per
     * municipality and indicator of the job (rows, first and last year): a new row carries its job,
     * author and time itself, and its first value is the "old" of any later update's event, so
     * nothing of the history is lost, while a million-row load does not write a million more rows.
     * Answers the number of rows inserted.
     */
    public String insertWithAudit() {
        String all = names(stagedColumns(), "");
        return "WITH up AS (INSERT INTO " + table + " (" + all + ", version, updated_at, updated_by, import_job_id) "
                + "SELECT " + names(stagedColumns(), "s.") + ", 0, now(), ?, CAST(? AS uuid) FROM imp_stage s "
                + "WHERE NOT EXISTS (SELECT 1 FROM " + table + " m WHERE " + keyJoin("m", "s") + ") "
                + "RETURNING municipality_id, indicator_id, organization_id, year), "
                + "audited AS (INSERT INTO audit_event (occurred_at, actor, channel, action, entity_type, entity_key, "
                + "municipality_code, indicator_code, organization_code, new_value, import_job_id) "
                + "SELECT now(), ?, 'import', 'create', '" + entityType + "', "
                + "concat(mu.code, '/', i.code, ': создано строк — ', count(*)), "
                // the organization when every row of the event is one school's (a school coordinator's upload)
                + "mu.code, i.code, CASE WHEN count(DISTINCT up.organization_id) = 1 AND count(up.organization_id) = count(*) "
                + "THEN min(org.code) END, "
                + "jsonb_build_object('rows', count(*), 'yearFrom', min(up.year), 'yearTo', max(up.year)), ? "
                + "FROM up JOIN municipality mu ON mu.id = up.municipality_id JOIN indicator i ON i.id = up.indicator_id "
                + "LEFT JOIN organization org ON org.id = up.organization_id "
                + "GROUP BY mu.code, i.code RETURNING 1) "
                + "SELECT count(*) FROM up";
    }

    /** The audit events of the rows in {@code up}: key codes resolved by joins, values as lean JSON snapshots. */
    private String audit(String channel, String action, String oldValue) {
        if (!CHANNELS.contains(channel)) {
            throw new IllegalArgumentException("audit channel " + channel);
        }
        return "INSERT INTO audit_event (occurred_at, actor, channel, action, entity_type, entity_id, entity_key, "
                + "municipality_code, indicator_code, organization_code, old_value, new_value, import_job_id) "
                + "SELECT now(), ?, '" + channel + "', " + action + ", '" + entityType
                + "', up.id, concat_ws('/', mu.code, i.code, coalesce(" + organization("up") + ", ''), up.year"
                + auditedKey().stream().map(c -> ", up." + c.name).collect(Collectors.joining())
                + "), mu.code, i.code, org.code, "
                + oldValue + ", " + snapshot("up", "up.") + ", CAST(? AS uuid) "
                + "FROM up JOIN municipality mu ON mu.id = up.municipality_id JOIN indicator i ON i.id = up.indicator_id "
                + "LEFT JOIN organization org ON org.id = up.organization_id";
    }

    /**
     * The row as lean JSON for the audit: year, the rest of its key and its data (read as
     * {@code dataPrefix + name}), without empty optional fields. Municipality and indicator are the
     * event's own columns. Building JSON is the dearest part of auditing a million rows, so the
     * common row with no optional field gets the short object without a strip pass.
     */
    private String snapshot(String up, String dataPrefix) {
        List<String> always = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        always.add("'year', " + up + ".year");
        auditedKey().forEach(c -> always.add("'" + c.json + "', " + up + "." + c.name));
        optional.add("'organization', " + organization(up));
        for (Col c : data) {
            (c.optional ? optional : always).add("'" + c.json + "', " + c.snapshot(dataPrefix));
        }
        String allEmpty = organization(up) + " IS NULL"
                + data.stream()
                        .filter(Col::optional)
                        .map(c -> " AND " + dataPrefix + c.name + " IS NULL")
                        .collect(Collectors.joining());
        return "CASE WHEN " + allEmpty + " THEN jsonb_build_object(" + String.join(", ", always) + ") "
                + "ELSE jsonb_strip_nulls(jsonb_build_object(" + String.join(", ", always) + ", "
                + String.join(", ", optional) + ")) END";
    }

    private boolean everyOrganization() {
        return extraKey.stream().anyMatch(c -> c.name.equals(EVERY_ORGANIZATION));
    }

    /** The extra key columns the audit shows as such (not the every-organization flag). */
    private List<Col> auditedKey() {
        return extraKey.stream().filter(c -> !c.name.equals(EVERY_ORGANIZATION)).toList();
    }

    /** The organization's code in the audit: '*' for a row of every organization. */
    private String organization(String up) {
        return everyOrganization()
                ? "CASE WHEN " + up + "." + EVERY_ORGANIZATION + " THEN '*' ELSE org.code END"
                : "org.code";
    }

    private static String names(List<Col> cols, String prefix) {
        return names(cols, prefix, "");
    }

    private static String names(List<Col> cols, String prefix, String alias) {
        return cols.stream()
                .map(c -> prefix + c.name + (alias.isEmpty() ? "" : " AS " + alias + c.name))
                .collect(Collectors.joining(", "));
    }
}
