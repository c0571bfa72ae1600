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

/**
 * The analysis benchmark's helper (run with the JDK's source launcher, not part of the build or the tests):
 *   java AnalysisBench.java generate DIR   -> DIR/{regions,municipalities,indicators,organizations,values}.csv
 *   java AnalysisBench.java explain JDBC_URL MS -> loads auto_explain for new sessions (plans of statements over MS ms)
 *   java AnalysisBench.java counts JDBC_URL -> the row counts of the tables the benchmark fills
 * 100 municipalities of 400 schools and one of 2,400 (ab-big), two school-year percent indicators of the
 * organization level, values of every school for 2021-2023. The figures are deterministic: indicator ab-a
 * (share of «2») is 20 or more for about 8 % of school-years, ab-b (share of «5») is 0 for about 4 %, so that
 * with "ab-a >= 20 or ab-b missing or zero in 2 of 3 years" a few percent of schools are flagged.
 */
public class AnalysisBench {

    static final int MUNICIPALITIES = 100;
    static final int SCHOOLS = 400;
    static final int BIG = 2400;
    static final int[] YEARS = {2021, 2022, 2023};

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]));
            case "explain" -> explain(args[1], args[2]);
            case "counts" -> counts(args[1]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }

    static void generate(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("regions.csv"), "code,name\nab-region,Регион для замеров анализа\n");
        StringBuilder m = new StringBuilder("code,name,region,type\n");
        for (int i = 0; i < MUNICIPALITIES; i++) {
            m.append("ab-m").append(i).append(",Муниципалитет ").append(i).append(",ab-region,urban_okrug\n");
        }
        m.append("ab-big,Большой муниципалитет,ab-region,urban_okrug\n");
        Files.writeString(dir.resolve("municipalities.csv"), m);
        Files.writeString(dir.resolve("indicators.csv"), "code,name_ru,unit,area,level,periodicity\n"
                + "ab-a,Доля обучающихся с оценкой «2»,percent,Замеры,organization,school_year\n"
                + "ab-b,Доля обучающихся с оценкой «5»,percent,Замеры,organization,school_year\n");
        long orgs = 0;
        long rows = 0;
        try (Writer o = writer(dir.resolve("organizations.csv")); Writer v = writer(dir.resolve("values.csv"))) {
            o.write("municipality,code,name,type\n");
            v.write("municipality;organization;indicator;year;period;value;qualifier\n");
            for (int mu = 0; mu <= MUNICIPALITIES; mu++) {
                String mc = mu == MUNICIPALITIES ? "ab-big" : "ab-m" + mu;
                int schools = mu == MUNICIPALITIES ? BIG : SCHOOLS;
                for (int s = 0; s < schools; s++) {
                    String oc = mc + "-s" + s;
                    o.write(mc + "," + oc + ",Школа " + s + " (" + mc + "),school\n");
                    orgs++;
                    for (int y : YEARS) {
                        long h = mix(orgs * 31 + y);
                        int ha = (int) Math.floorMod(h, 1000);
                        int hb = (int) Math.floorMod(h >>> 20, 1000);
                        int fa = (int) Math.floorMod(h >>> 40, 10);
                        String a = ha < 80 ? (20 + ha % 30) + "," + fa : (ha % 20) + "," + fa;
                        String b = hb < 40 ? "0" : (1 + hb % 60) + "," + fa;
                        v.write(mc + ";" + oc + ";ab-a;" + y + ";;" + a + ";exact\n");
                        v.write(mc + ";" + oc + ";ab-b;" + y + ";;" + b + ";exact\n");
                        rows += 2;
                    }
                }
            }
        }
        System.out.println(orgs + " " + rows);
    }

    static Writer writer(Path p) throws Exception {
        return new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(p.toFile()), StandardCharsets.UTF_8), 1 << 20);
    }

    static void explain(String url, String ms) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "orientir", "orientir"); Statement s = c.createStatement()) {
            s.execute("ALTER SYSTEM SET session_preload_libraries = 'auto_explain'");
            s.execute("ALTER SYSTEM SET auto_explain.log_min_duration = '" + Integer.parseInt(ms) + "ms'");
            s.execute("ALTER SYSTEM SET auto_explain.log_analyze = off"); // plans only: no timing overhead
            s.execute("SELECT pg_reload_conf()");
        }
    }

    static void counts(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "orientir", "orientir"); Statement s = c.createStatement()) {
            for (String q : new String[] {
                "select 'municipality', count(*) from municipality",
                "select 'organization', count(*) from organization",
                "select 'measured_value (schools)', count(*) from measured_value where organization_id is not null",
                "select 'measured_value (all)', count(*) from measured_value"
            }) {
                try (ResultSet rs = s.executeQuery(q)) {
                    rs.next();
                    System.out.println(rs.getString(1) + " " + rs.getLong(2));
                }
            }
        }
    }
}
