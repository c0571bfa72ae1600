package ru.orientir.reports;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import ru.orientir.exports.Workbooks;

/**
 * What an annual report says, gathered once by {@link AnnualReportBuilder} and drawn by each format
 * (PDF, XLSX, HTML), so that the three never disagree.
 */
public record AnnualReport(
        Subject subject,
        int year,
        String periodState,
        String periodLabel,
        OffsetDateTime generatedAt,
        List<Integer> trendYears,
        List<AreaSection> areas,
        List<FlagLine> flags,
        List<RegisterLine> registers,
        List<ActivityLine> activities,
        List<String> sources) {

    /** The years of the trend columns, oldest first, the report's year last. */
    public static final int TREND_YEARS = 3;

    /** Who the report is about: a municipality, one of its schools, or a region. */
    public record Subject(String kind, String code, String name, String municipality, String municipalityName) {

        /** «Муниципалитет «Калуга»», «Организация «Школа № 5» (Калуга)», «Регион «…»». */
        public String title() {
            return switch (kind) {
                case ORGANIZATION -> "Организация «" + name + "» (" + municipalityName + ")";
                case REGION -> "Регион «" + name + "»";
                default -> "Муниципалитет «" + name + "»";
            };
        }
    }

    public static final String MUNICIPALITY = "municipality";
    public static final String ORGANIZATION = "organization";
    public static final String REGION = "region";

    /** Only an approved year is a final report; anything else is drawn as a draft. */
    public boolean approved() {
        return "approved".equals(periodState);
    }

    /** An area (direction) with its indicator lines and their counts per status. */
    public record AreaSection(String name, List<Line> lines) {

        public int count(String status) {
            return (int) lines.stream().filter(l -> status.equals(l.status())).count();
        }

        /** The counts in {@link Workbooks#STATUS_ORDER}. */
        public Map<String, Integer> counts() {
            java.util.LinkedHashMap<String, Integer> out = new java.util.LinkedHashMap<>();
            Workbooks.STATUS_ORDER.forEach(s -> out.put(s, count(s)));
            return out;
        }
    }

    /**
     * An indicator's line: the target as people read it («≥ 30»), the fact and deviation with the
     * indicator's decimals, the status code, the schools' count for school-level indicators («5 из 8
     * школ») and the facts of {@link #trendYears} (null where there is none).
     */
    public record Line(
            String code,
            String name,
            String category,
            String unit,
            int decimals,
            String target,
            BigDecimal fact,
            BigDecimal deviation,
            String status,
            String schools,
            List<BigDecimal> trend) {}

    /** A flagged school (or municipality) of the year: the rule, who, and the years the rule matched. */
    public record FlagLine(String rule, String subject, String years) {}

    /** A register (group of schools) in force in the year. */
    public record RegisterLine(String code, String name, int members, String years) {}

    /** A plan activity due in the year, with its status in Russian. */
    public record ActivityLine(
            String plan, String code, String title, String due, String status, boolean overdue, String responsible) {}

    /** Every indicator line of the report, area after area. */
    public int lineCount() {
        return areas.stream().mapToInt(a -> a.lines().size()).sum();
    }

    /** How many lines have a status, over every area. */
    public int total(String status) {
        return areas.stream().mapToInt(a -> a.count(status)).sum();
    }
}
