package ru.orientir.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import ru.orientir.attainment.AttainmentRules;
import ru.orientir.attainment.KeyStatuses;
import ru.orientir.facts.DataKeys;

/**
 * Tells a municipality's editors when written values turn an indicator {@code not_met}: after a write, the status of
 * each written key is computed once, in one statement ({@link KeyStatuses}, the attainment rule itself), against
 * {@code attainment_notified} (the keys told and still not_met). A key found not_met and not there is a turn: it is
 * recorded and told (one notice per municipality and write, however many keys turned); a key there that is no longer
 * not_met leaves it, so that its next turn is told again.
 */
@ApplicationScoped
public class NotMetWatch {

    /** At most this many keys are named in one notice; the others are counted. */
    static final int NAMED = 10;

    @Inject
    Notices notices;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "orientir.notifications.not-met-on-import", defaultValue = "true")
    boolean onImport;

    private static final String ONE_KEY =
            "SELECT CAST(? AS bigint) AS indicator_id, CAST(? AS bigint) AS municipality_id,"
                    + " CAST(? AS bigint) AS organization_id, CAST(? AS smallint) AS year, CAST(? AS varchar) AS category";

    /** The staged keys of a values import that can be not_met now or could have been before (a target, or told). */
    private static final String STAGED_KEYS = "SELECT DISTINCT st.indicator_id, st.municipality_id, st.organization_id,"
            + " st.year, CAST(st.category AS varchar) AS category FROM imp_stage st WHERE st.period = ''"
            + " AND (EXISTS (SELECT 1 FROM target t WHERE t.indicator_id = st.indicator_id"
            + " AND t.municipality_id = st.municipality_id AND t.year = st.year AND t.kind = 'target')"
            + " OR EXISTS (SELECT 1 FROM attainment_notified n WHERE n.indicator_id = st.indicator_id"
            + " AND n.municipality_id = st.municipality_id AND n.year = st.year))";

    private static String turns(String keys) {
        String same = " ON n.indicator_id = s.indicator_id AND n.municipality_id = s.municipality_id"
                + " AND n.organization_id = COALESCE(s.organization_id, 0) AND n.year = s.year"
                + " AND n.category = s.category";
        return "WITH s AS (" + KeyStatuses.select(keys) + "),\n"
                + "old AS (SELECT n.id, s.indicator_id, s.municipality_id, s.organization_id, s.year, s.category,"
                + " s.status FROM s JOIN attainment_notified n" + same + "),\n"
                + "gone AS (DELETE FROM attainment_notified n USING old WHERE n.id = old.id AND old.status <> '"
                + AttainmentRules.NOT_MET + "'),\n"
                + "fresh AS (INSERT INTO attainment_notified (indicator_id, municipality_id, organization_id, year,"
                + " category) SELECT s.indicator_id, s.municipality_id, COALESCE(s.organization_id, 0), s.year,"
                + " s.category FROM s WHERE s.status = '" + AttainmentRules.NOT_MET + "'"
                + " AND NOT EXISTS (SELECT 1 FROM old n WHERE n.indicator_id = s.indicator_id"
                + " AND n.municipality_id = s.municipality_id AND n.organization_id IS NOT DISTINCT FROM s.organization_id"
                + " AND n.year = s.year AND n.category = s.category)"
                + " ON CONFLICT DO NOTHING RETURNING id, indicator_id, municipality_id, organization_id, year, category)\n"
                + "SELECT n.id, s.indicator_code, s.indicator_name, s.municipality_code, s.municipality_name,"
                + " s.organization_code, s.organization_name, s.year, s.category FROM fresh n JOIN s" + same
                + " ORDER BY s.municipality_code, s.indicator_code, s.organization_code NULLS FIRST, s.year, s.category";
    }

    /** One key that turned not_met. */
    record Turn(
            long id,
            String indicator,
            String indicatorName,
            String municipality,
            String municipalityName,
            String organization,
            String organizationName,
            int year,
            String category) {}

    /** After a single value was written, in its transaction; a value of a part of the year (a quarter) tells nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void valueWritten(DataKeys keys, int year, String period, String category) {
        if (period != null && !period.isEmpty()) {
            return;
        }
        em.flush();
        List<Turn> turns = em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(turns(ONE_KEY))) {
                ps.setLong(1, keys.indicator().id);
                ps.setLong(2, keys.municipality().id);
                if (keys.organization() == null) {
                    ps.setNull(3, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(3, keys.organization().id);
                }
                ps.setInt(4, year);
                ps.setString(5, category == null ? "" : category);
                return read(ps);
            }
        });
        for (Map.Entry<String, List<Turn>> m : byMunicipality(turns).entrySet()) {
            notices.enqueue(notice(m.getValue()), Audience.editorsOf(m.getKey()));
        }
    }

    /** After a values import wrote its staged rows (table imp_stage), on its connection and in its transaction. */
    public void imported(Connection c) throws SQLException {
        if (!onImport) {
            return;
        }
        List<Turn> turns;
        try (PreparedStatement ps = c.prepareStatement(turns(STAGED_KEYS))) {
            turns = read(ps);
        }
        for (Map.Entry<String, List<Turn>> m : byMunicipality(turns).entrySet()) {
            notices.enqueue(c, notice(m.getValue()), Audience.editorsOf(m.getKey()));
        }
    }

    private static List<Turn> read(PreparedStatement ps) throws SQLException {
        List<Turn> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Turn(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getInt(8),
                        rs.getString(9)));
            }
        }
        return out;
    }

    private static Map<String, List<Turn>> byMunicipality(List<Turn> turns) {
        Map<String, List<Turn>> out = new LinkedHashMap<>();
        turns.forEach(t ->
                out.computeIfAbsent(t.municipality(), k -> new ArrayList<>()).add(t));
        return out;
    }

    /** One notice of a municipality's turns; its key names the turns (their rows' ids), so each is told once. */
    static Notice notice(List<Turn> turns) {
        Turn first = turns.get(0);
        String m = first.municipality();
        StringBuilder ids = new StringBuilder();
        turns.forEach(t -> ids.append(t.id()).append(','));
        String key = "not-met:" + m + ":" + (turns.size() == 1 ? String.valueOf(first.id()) : digest(ids.toString()));
        if (turns.size() == 1) {
            return new Notice(
                    NoticeKind.INDICATOR_NOT_MET,
                    key,
                    m,
                    "Показатель «" + first.indicatorName() + "» не достигает цели",
                    "После изменения данных " + describe(first) + " не достигает целевого значения.",
                    "/municipalities/" + m + "/indicators/" + first.indicator());
        }
        StringBuilder body = new StringBuilder("После загрузки данных муниципалитета «" + first.municipalityName()
                + "» перестали достигать целевого значения (" + turns.size() + "):");
        turns.stream().limit(NAMED).forEach(t -> body.append("\n— ").append(describe(t)));
        if (turns.size() > NAMED) {
            body.append("\n… и ещё ").append(turns.size() - NAMED);
        }
        return new Notice(
                NoticeKind.INDICATOR_NOT_MET,
                key,
                m,
                "Показатели перестали достигать цели: " + turns.size(),
                body.toString(),
                "/municipalities/" + m);
    }

    private static String describe(Turn t) {
        return "показатель «" + t.indicator() + " " + t.indicatorName() + "»"
                + (t.organization() == null
                        ? " муниципалитета «" + t.municipalityName() + "»"
                        : " организации «" + t.organizationName() + "»")
                + " за " + t.year() + " год" + (t.category().isEmpty() ? "" : " (категория «" + t.category() + "»)");
    }

    private static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
