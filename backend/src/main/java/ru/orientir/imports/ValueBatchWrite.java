package ru.orientir.imports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import ru.orientir.periods.PeriodGuard;

/**
 * One batch of measured values (the entry grid's save): the rows of a values file, checked and written by the
 * same steps ({@link ValuesImporter}'s checks, staging, set-based update and insert), always all or nothing,
 * with the version each row was read at checked against the stored one under a row lock, and every change
 * audited row by row under the caller's channel.
 */
final class ValueBatchWrite extends BulkImporter {

    /** The checks of a values row; stateless, so one instance serves every batch. */
    private static final ValuesImporter ROWS = new ValuesImporter();

    /** The version each line was read at (lines without one overwrite whatever is stored). */
    private final Map<Long, Integer> versions;

    private final String channel;

    ValueBatchWrite(DataSource dataSource, PeriodGuard periods, Map<Long, Integer> versions, String channel) {
        this.dataSource = dataSource;
        this.periods = periods;
        this.versions = versions;
        this.channel = channel;
    }

    @Override
    protected BulkTable table() {
        return ValuesImporter.TABLE;
    }

    @Override
    protected Object[] check(RowCheck rc, Lookups.Scope scope) {
        return ROWS.check(rc, scope);
    }

    @Override
    protected String channel(JobContext job) {
        return channel;
    }

    @Override
    protected boolean auditsEveryCreation() {
        return true;
    }

    /**
     * Locks the stored rows the batch touches and compares their versions with those the client read: a row
     * changed or deleted meanwhile is an error of its line (code {@code stale_version}), so nothing is written.
     */
    @Override
    protected void verifyStaged(Connection c, JobContext job) throws SQLException {
        if (versions.isEmpty()) {
            return;
        }
        Map<Long, Integer> stored = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT s.line, v.version FROM imp_stage s JOIN measured_value v "
                        + "ON v.municipality_id = s.municipality_id AND v.indicator_id = s.indicator_id "
                        + "AND v.organization_id IS NOT DISTINCT FROM s.organization_id AND v.year = s.year "
                        + "AND v.period = s.period AND v.category = s.category FOR UPDATE OF v")) {
            while (rs.next()) {
                stored.put(rs.getLong(1), rs.getInt(2));
            }
        }
        // only the lines that passed their checks were staged: a refused line is not also a conflict
        java.util.Set<Long> staged = new java.util.HashSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT line FROM imp_stage")) {
            while (rs.next()) {
                staged.add(rs.getLong(1));
            }
        }
        versions.entrySet().stream()
                .filter(e -> staged.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    Integer now = stored.get(e.getKey());
                    if (now == null || !now.equals(e.getValue())) {
                        String message = now == null
                                ? "значение удалил кто-то другой после того, как вы его открыли (у вас версия "
                                        + e.getValue() + "). Обновите данные и повторите"
                                : "значение уже изменил кто-то другой (текущая версия " + now + ", у вас "
                                        + e.getValue() + "). Обновите данные и повторите";
                        job.errors()
                                .add(
                                        e.getKey(),
                                        "version",
                                        String.valueOf(e.getValue()),
                                        ValueBatches.STALE_VERSION,
                                        message);
                    }
                });
    }
}
