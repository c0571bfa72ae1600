package ru.orientir.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * The one way features tell people something: {@link #enqueue} writes the in-app notices and the e-mails to send (the
 * outbox) in the SAME transaction as the change that causes them, so a rolled-back change tells nobody and a committed
 * one is told for sure. Each user's preferences are honoured; the dedupe key makes a notice happen once per user
 * (an event seen twice, a reminder run twice). E-mails are sent later by {@link MailDispatcher}, never in the request.
 */
@ApplicationScoped
public class Notices {

    private static final Logger LOG = Logger.getLogger(Notices.class);
    private static final String KICK = Notices.class.getName() + ".kick";

    @Inject
    Recipients recipients;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    MailDispatcher dispatcher;

    @ConfigProperty(name = "orientir.notifications.app-url", defaultValue = "http://localhost:5173")
    String appUrl;

    /** In the caller's transaction: see {@link #enqueue(Notice, Audience)}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(
            String kind, Audience to, String dedupeKey, String title, String body, String link, String municipality) {
        return enqueue(new Notice(kind, dedupeKey, municipality, title, body, link), to);
    }

    /**
     * Tells the audience in the caller's (JTA) transaction; the mails leave after it commits. Answers how many in-app
     * notices were created. When Keycloak cannot be asked who the audience is, the change still goes through and the
     * notice is logged as lost (a bell must not block the work).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(Notice n, Audience to) {
        List<Person> people = people(n, to);
        if (people.isEmpty()) {
            return 0;
        }
        int[] made = {0};
        em.flush();
        em.unwrap(Session.class).doWork(c -> made[0] = write(c, n, people));
        if (transactions.getResource(KICK) == null) {
            transactions.putResource(KICK, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        dispatcher.kick();
                    }
                }
            });
        }
        return made[0];
    }

    /** The same on a plain JDBC transaction (an import's): its mails leave with the dispatcher's next round. */
    public int enqueue(Connection c, Notice n, Audience to) throws SQLException {
        List<Person> people = people(n, to);
        return people.isEmpty() ? 0 : write(c, n, people);
    }

    private List<Person> people(Notice n, Audience to) {
        try {
            return recipients.resolve(to);
        } catch (IOException e) {
            LOG.warnf("notice %s not sent: Keycloak cannot say who receives it (%s)", n.dedupeKey(), e.getMessage());
            return List.of();
        }
    }

    private int write(Connection c, Notice n, List<Person> people) throws SQLException {
        Map<String, boolean[]> prefs = preferences(c, n.kind(), people);
        int made = 0;
        try (PreparedStatement in = c.prepareStatement(
                        "INSERT INTO notification (username, user_id, kind, dedupe_key, title, body, link, municipality)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username, dedupe_key) DO NOTHING");
                PreparedStatement mail = c.prepareStatement(
                        "INSERT INTO mail_outbox (dedupe_key, username, address, kind, subject, body)"
                                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING")) {
            boolean mails = false;
            for (Person p : people) {
                boolean[] wants = prefs.getOrDefault(p.username(), new boolean[] {true, true});
                if (wants[0]) {
                    in.setString(1, p.username());
                    in.setString(2, p.id());
                    in.setString(3, n.kind());
                    in.setString(4, n.dedupeKey());
                    in.setString(5, cut(n.title(), 300));
                    in.setString(6, n.body());
                    in.setString(7, n.link());
                    in.setString(8, n.municipality());
                    in.addBatch();
                }
                if (wants[1] && p.email() != null) {
                    mail.setString(1, n.dedupeKey() + "/" + p.username());
                    mail.setString(2, p.username());
                    mail.setString(3, p.email());
                    mail.setString(4, n.kind());
                    mail.setString(5, cut("[Ориентир] " + n.title(), 300));
                    mail.setString(6, mailText(n));
                    mail.addBatch();
                    mails = true;
                }
            }
            for (int r : in.executeBatch()) {
                made += Math.max(r, 0);
            }
            if (mails) {
                mail.executeBatch();
            }
        }
        return made;
    }

    /** {in-app, e-mail} per login that chose for this kind; the others receive both. */
    private static Map<String, boolean[]> preferences(Connection c, String kind, List<Person> people)
            throws SQLException {
        Map<String, boolean[]> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT username, in_app, email FROM notification_preference WHERE kind = ? AND username = ANY (?)")) {
            ps.setString(1, kind);
            Array names = c.createArrayOf(
                    "varchar", people.stream().map(Person::username).toArray());
            ps.setArray(2, names);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new boolean[] {rs.getBoolean(2), rs.getBoolean(3)});
                }
            }
        }
        return out;
    }

    private String mailText(Notice n) {
        StringBuilder b = new StringBuilder(n.body());
        if (n.link() != null) {
            b.append("\n\nОткрыть в Ориентире: ").append(appUrl).append(n.link());
        }
        b.append("\n\n--\nОриентир. Какие уведомления получать, можно выбрать здесь: ")
                .append(appUrl)
                .append("/notifications/preferences");
        return b.toString();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
