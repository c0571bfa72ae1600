import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * The benchmark's helper (run with the JDK's source launcher, not part of the build or the tests):
 *   java Bench.java generate DIR MUNICIPALITIES INDICATORS       -> DIR/{regions,municipalities,indicators,values}.csv
 *   java Bench.java reset JDBC_URL                                -> empties measured_value and audit_event, then CHECKPOINT
 *   java Bench.java copy JDBC_URL DIR/values.csv                 -> loads the same rows by COPY into measured_value, prints rows and ms
 * Each measured run starts from the same state (empty tables, fresh checkpoint), so API and COPY runs can alternate.
 */
public class Bench {

    static final String[] PERIODS = {"", "Q1", "Q2", "Q3", "Q4"};
    static final int FIRST_YEAR = 2000;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "reset" -> reset(args[1]);
            case "copy" -> copy(args[1], Path.of(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** 1,000,000 values = municipalities x indicators x 100 years x 5 periods (with 100 x 20). */
    static void generate(Path dir, int municipalities, int indicators) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("regions.csv"), "code,name\nbench-region,Регион для замеров\n");
        StringBuilder m = new StringBuilder("code,name,region,type\n");
        for (int i = 0; i < municipalities; i++) {
            m.append("bench-m").append(i).append(",Муниципалитет ").append(i).append(",bench-region,urban_okrug\n");
        }
        Files.writeString(dir.resolve("municipalities.csv"), m);
        StringBuilder ind = new StringBuilder("code,name_ru,unit,area\n");
        for (int i = 0; i < indicators; i++) {
            ind.append("bench-i").append(i).append(",Показатель ").append(i).append(',')
                    .append(i % 2 == 0 ? "percent" : "score").append(",Замеры\n");
        }
        Files.writeString(dir.resolve("indicators.csv"), ind);
        long rows = 0;
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(dir.resolve("values.csv").toFile()),
                StandardCharsets.UTF_8), 1 << 20)) {
            w.write("municipality;indicator;year;period;value;qualifier\n");
            for (int mu = 0; mu < municipalities; mu++) {
                for (int i = 0; i < indicators; i++) {
                    for (int y = 0; y < 100; y++) {
                        for (String p : PERIODS) {
                            long seed = rows * 2654435761L;
                            int whole = (int) Math.floorMod(seed >> 7, 100);
                            int tenth = (int) Math.floorMod(seed >> 3, 10);
                            w.write("bench-m" + mu + ";bench-i" + i + ";" + (FIRST_YEAR + y) + ";" + p + ";" + whole + ","
                                    + tenth + ";" + (rows % 7 == 0 ? "approx" : "exact") + "\n");
                            rows++;
                        }
                    }
                }
            }
        }
        System.out.println(rows);
    }

    static void reset(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "orientir", "orientir"); Statement s = c.createStatement()) {
            s.execute("TRUNCATE measured_value, audit_event");
            s.execute("CHECKPOINT");
        }
    }

    /**
     * The baseline: the same rows straight into measured_value (same table, same indexes, same foreign keys,
     * one transaction, fsync on) with COPY; codes resolved here, no checks, no audit.
     */
    static void copy(String url, Path csv) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "orientir", "orientir")) {
            Map<String, Long> mun = ids(c, "select code, id from municipality");
            Map<String, Long> ind = ids(c, "select code, id from indicator");
            long start = System.nanoTime();
            var copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY measured_value (municipality_id, indicator_id, year, period, value, qualifier) FROM STDIN");
            StringBuilder b = new StringBuilder(1 << 21);
            try (var lines = Files.lines(csv)) {
                var it = lines.skip(1).iterator();
                while (it.hasNext()) {
                    String[] f = it.next().split(";", -1);
                    b.append(mun.get(f[0])).append('\t').append(ind.get(f[1])).append('\t').append(f[2]).append('\t')
                            .append(f[3]).append('\t').append(f[4].replace(',', '.')).append('\t').append(f[5]).append('\n');
                    if (b.length() > 1 << 20) {
                        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        b.setLength(0);
                    }
                }
            }
            byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            long rows = copy.endCopy();
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println(rows + " " + ms);
        }
    }

    static Map<String, Long> ids(Connection c, String sql) throws Exception {
        Map<String, Long> m = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getLong(2));
            }
        }
        return m;
    }
}
