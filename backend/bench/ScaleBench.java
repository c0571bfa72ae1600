import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read benchmark's helper (run with the JDK's source launcher; not part of the build or the tests):
 *   java ScaleBench.java generate JDBC_URL SQL_FILE   -> loads the country data set once (skipped when it is there)
 *   java ScaleBench.java counts JDBC_URL              -> the row counts, one line
 *   java ScaleBench.java measure API KEYCLOAK_BASE OUT.md [SECONDS] [CLIENTS] -> measures every read, writes OUT.md
 * Each read is measured twice: latency (p50/p95/p99) with one client in sequence for SECONDS, then throughput (req/s)
 * with CLIENTS concurrent clients for SECONDS. Every response must be 200 (304 for the conditional ranking); each
 * read's throughput is given as a share of /me of a bound municipality editor measured in the same run.
 */
public class ScaleBench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(args[1], Path.of(args[2]));
            case "counts" -> System.out.println(counts(args[1]));
            case "measure" -> measure(
                    args[1],
                    args[2],
                    Path.of(args[3]),
                    args.length > 4 ? Integer.parseInt(args[4]) : 5,
                    args.length > 5 ? Integer.parseInt(args[5]) : 4);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---- data -------------------------------------------------------------------------------

    static void generate(String url, Path sqlFile) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "orientir", "orientir"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM municipality WHERE code = 'sc-m2399'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    System.err.println("[scale-bench] the country data set is there already: not generated again");
                    return;
                }
            }
            String text = Files.readString(sqlFile).replaceAll("(?m)^\\\\.*$", "").replaceAll("(?m)^--.*$", "");
            for (String statement : text.split(";\\s*\\n")) {
                if (statement.isBlank()) {
                    continue;
                }
                long start = System.nanoTime();
                boolean result = s.execute(statement);
                long ms = (System.nanoTime() - start) / 1_000_000;
                String head = statement.strip().lines().findFirst().orElse("");
                System.err.printf("[scale-bench] %6d ms  %s%n", ms, head.length() > 100 ? head.substring(0, 100) : head);
                if (result) {
                    try (ResultSet rs = s.getResultSet()) {
                        while (rs.next()) {
                            StringBuilder b = new StringBuilder();
                            for (int n = 1; n <= rs.getMetaData().getColumnCount(); n++) {
                                b.append(rs.getMetaData().getColumnName(n)).append('=').append(rs.getString(n)).append(' ');
                            }
                            System.err.println("[scale-bench] " + b);
                        }
                    }
                }
            }
        }
    }

    static String counts(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "orientir", "orientir"); Statement s = c.createStatement()) {
            StringBuilder b = new StringBuilder();
            for (String q : List.of(
                    "municipality",
                    "organization",
                    "indicator",
                    "target WHERE organization_id IS NULL AND NOT every_organization",
                    "target WHERE organization_id IS NOT NULL OR every_organization",
                    "measured_value WHERE organization_id IS NULL",
                    "measured_value WHERE organization_id IS NOT NULL")) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + q)) {
                    rs.next();
                    b.append(q).append(": ").append(rs.getLong(1)).append('\n');
                }
            }
            return b.toString().strip();
        }
    }

    // ---- reads ------------------------------------------------------------------------------

    record Read(String name, String who, String path, String ifNoneMatch, String target) {}

    record Result(Read read, double p50, double p95, double p99, double rps, int bytes, String total) {}

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    static String api;
    static String keycloak;

    static void measure(String apiBase, String kc, Path out, int seconds, int clients) throws Exception {
        api = apiBase;
        keycloak = kc;
        String m = "sc-m0100";
        String y = "year=2024";
        String rankingTag = etag("service", "/attainment/ranking?indicator=sc-i001&" + y);
        List<Read> reads = List.of(
                new Read("`/me`, municipality editor (the reference)", "editor", "/me", null, ""),
                new Read("`/me`, service account (reads all)", "service", "/me", null, ""),
                new Read("attainment, one municipality (whole page)", "service",
                        "/attainment?municipality=" + m + "&" + y + "&size=1000", null, "p95 ≤ 30 ms"),
                new Read("attainment, one municipality, as its editor", "editor",
                        "/attainment?municipality=kaluga&" + y + "&size=1000", null, "p95 ≤ 30 ms"),
                new Read("attainment, one municipality, `status=met`", "service",
                        "/attainment?municipality=" + m + "&" + y + "&status=met&size=1000", null, "p95 ≤ 30 ms"),
                new Read("attainment, one municipality, `status=not_met`", "service",
                        "/attainment?municipality=" + m + "&" + y + "&status=not_met&size=1000", null, "p95 ≤ 30 ms"),
                new Read("attainment, one municipality, `status=no_data`", "service",
                        "/attainment?municipality=" + m + "&" + y + "&status=no_data&size=1000", null, "p95 ≤ 30 ms"),
                new Read("attainment, one municipality, `status=no_target`", "service",
                        "/attainment?municipality=" + m + "&" + y + "&status=no_target&size=1000", null, "p95 ≤ 30 ms"),
                new Read("attainment, region-wide, `status=not_met`, size 100", "service",
                        "/attainment?" + y + "&status=not_met&size=100", null, "p95 ≤ 300 ms"),
                new Read("attainment, region-wide, `status=not_met`, one indicator, size 100", "service",
                        "/attainment?" + y + "&status=not_met&indicator=sc-i001&size=100", null, ""),
                new Read("attainment, region-wide, `status=not_met`, one school indicator, size 100", "service",
                        "/attainment?" + y + "&status=not_met&indicator=sc-s1&size=100", null, ""),
                new Read("attainment without a municipality, size 100", "service", "/attainment?" + y + "&size=100",
                        null, ""),
                new Read("attainment without a municipality, page 50 of size 100", "service",
                        "/attainment?" + y + "&size=100&page=50", null, ""),
                new Read("attainment summary, one municipality", "service",
                        "/attainment/summary?municipality=" + m + "&" + y, null, "p95 ≤ 30 ms"),
                new Read("ranking of 2,400 municipalities", "service", "/attainment/ranking?indicator=sc-i001&" + y,
                        null, "p95 ≤ 50 ms"),
                new Read("ranking of 2,400 municipalities, `If-None-Match` (304)", "service",
                        "/attainment/ranking?indicator=sc-i001&" + y, rankingTag, ""),
                new Read("ranking of a municipality's schools", "service",
                        "/rankings?municipality=" + m + "&indicator=sc-s1&" + y, null, ""),
                new Read("series, one indicator of one municipality", "service",
                        "/attainment/series?indicator=sc-i001&municipality=" + m, null, ""),
                new Read("values, one municipality and year", "service",
                        "/values?municipality=" + m + "&" + y + "&size=200", null, ""),
                new Read("targets, one municipality and year", "service",
                        "/targets?municipality=" + m + "&" + y + "&size=200", null, ""),
                new Read("flags of one rule, one municipality", "service",
                        "/flags?municipality=" + m + "&" + y + "&rule=sc-risk&size=50", null, ""));
        List<Result> results = new ArrayList<>();
        for (Read read : reads) {
            Result r = run(read, seconds, clients);
            System.err.printf(
                    "[scale-bench] %-75s p50 %7.1f p95 %7.1f p99 %7.1f ms  %7.0f req/s  %d B  total %s%n",
                    read.name(), r.p50(), r.p95(), r.p99(), r.rps(), r.bytes(), r.total());
            results.add(r);
        }
        double reference = results.get(0).rps();
        StringBuilder b = new StringBuilder();
        b.append("| read | request | rows (total) | bytes | p50 ms | p95 ms | p99 ms | req/s | share of editor `/me` | target |\n");
        b.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Result r : results) {
            double share = r.rps() / reference;
            String verdict = verdict(r, share);
            b.append(String.format(
                    "| %s | `%s`%s | %s | %d | %.1f | %.1f | %.1f | %.0f | %.1f %% | %s |%n",
                    r.read().name(),
                    r.read().path(),
                    r.read().ifNoneMatch() == null ? "" : " + `If-None-Match`",
                    r.total(),
                    r.bytes(),
                    r.p50(),
                    r.p95(),
                    r.p99(),
                    r.rps(),
                    share * 100,
                    verdict));
        }
        Files.writeString(out, b.toString());
    }

    static String verdict(Result r, double share) {
        List<String> notes = new ArrayList<>();
        Matcher limit = Pattern.compile("p95 ≤ (\\d+) ms").matcher(r.read().target());
        if (limit.find()) {
            notes.add(r.p95() <= Integer.parseInt(limit.group(1)) ? "p95 ≤ " + limit.group(1) + " ms: yes"
                    : "**p95 ≤ " + limit.group(1) + " ms: no**");
        }
        if (!r.read().path().equals("/me") || !r.read().who().equals("editor")) {
            notes.add(share >= 0.10 ? "≥ 10 %: yes" : "**≥ 10 %: no**");
        }
        return String.join("; ", notes);
    }

    static Result run(Read read, int seconds, int clients) throws Exception {
        String token = token(read.who());
        // warm up (and check the answer)
        HttpResponse<String> first = get(read, token);
        int expected = read.ifNoneMatch() == null ? 200 : 304;
        if (first.statusCode() != expected) {
            throw new IllegalStateException(read.path() + ": " + first.statusCode() + " "
                    + first.body().substring(0, Math.min(2000, first.body().length())));
        }
        // the list's total is the body's last "total" (the rows' school counts have their own before it)
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(first.body());
        String rows = "–";
        while (total.find()) {
            rows = total.group(1);
        }
        long warmEnd = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            get(read, token);
        }
        // latency: one client in sequence
        List<Long> times = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end || times.size() < 20) {
            long start = System.nanoTime();
            HttpResponse<String> r = get(read, token);
            times.add(System.nanoTime() - start);
            check(read, r, expected);
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        // throughput: several clients at once
        AtomicLong done = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        long tpStart = System.nanoTime();
        for (int n = 0; n < clients; n++) {
            Thread t = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        check(read, get(read, token), expected);
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - tpStart) / 1e9;
        return new Result(
                read,
                pct(sorted, 50),
                pct(sorted, 95),
                pct(sorted, 99),
                done.get() / elapsed,
                first.body().getBytes(StandardCharsets.UTF_8).length,
                rows);
    }

    static void check(Read read, HttpResponse<String> r, int expected) {
        if (r.statusCode() != expected) {
            throw new IllegalStateException(read.path() + ": " + r.statusCode());
        }
    }

    static double pct(long[] sorted, int p) {
        int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))] / 1e6;
    }

    static HttpResponse<String> get(Read read, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + read.path()))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(120))
                .GET();
        if (read.ifNoneMatch() != null) {
            b.header("If-None-Match", read.ifNoneMatch());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String etag(String who, String path) throws Exception {
        HttpResponse<String> r = get(new Read("", who, path, null, ""), token(who));
        return r.headers().firstValue("ETag").orElse("\"none\"");
    }

    static String token(String who) throws Exception {
        String form = who.equals("service")
                ? "grant_type=client_credentials&client_id=ministry-integration&client_secret=ministry-integration-secret"
                : "grant_type=password&client_id=orientir-cli&username=" + URLEncoder.encode("kaluga-editor", StandardCharsets.UTF_8)
                        + "&password=kaluga-editor";
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(keycloak + "/realms/orientir/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no token for " + who + ": " + r.body());
        }
        return m.group(1);
    }

    static String join(String... parts) {
        return String.join(" ", Arrays.asList(parts));
    }
}
