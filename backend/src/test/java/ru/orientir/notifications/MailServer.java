package ru.orientir.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for the whole test run, on a free port, with the mailer pointed at it and its mock
 * off, registered for every test class (the backend is started once for the run). Tests may stop and start it again on the same port (an SMTP outage).
 */
@QuarkusTestResource(value = MailServer.class, restrictToAnnotatedClass = false)
public class MailServer implements QuarkusTestResourceLifecycleManager {

    private static int port;
    private static volatile GreenMail mail;

    /** One received mail, decoded. */
    public record Received(List<String> to, String subject, String text) {}

    @Override
    public Map<String, String> start() {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startServer();
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(port),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        stopServer();
    }

    public static synchronized void startServer() {
        if (mail == null) {
            GreenMail g = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            g.start();
            mail = g;
        }
    }

    public static synchronized void stopServer() {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
    }

    /** Every mail received since the server (last) started, decoded. */
    public static List<Received> received() {
        GreenMail g = mail;
        List<Received> out = new ArrayList<>();
        if (g == null) {
            return out;
        }
        for (MimeMessage m : g.getReceivedMessages()) {
            try {
                List<String> to = new ArrayList<>();
                for (var a : m.getRecipients(Message.RecipientType.TO)) {
                    to.add(a.toString());
                }
                out.add(new Received(to, m.getSubject(), text(m.getContent())));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** The mails whose subject or text contains {@code marker}, waiting up to {@code seconds} for at least one. */
    public static List<Received> containing(String marker, int seconds) throws InterruptedException {
        long until = System.currentTimeMillis() + seconds * 1000L;
        while (true) {
            List<Received> found = received().stream()
                    .filter(r -> r.subject().contains(marker) || r.text().contains(marker))
                    .toList();
            if (!found.isEmpty() || System.currentTimeMillis() > until) {
                return found;
            }
            Thread.sleep(100);
        }
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart mp) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                b.append(text(mp.getBodyPart(i).getContent()));
            }
            return b.toString();
        }
        return String.valueOf(content);
    }
}
