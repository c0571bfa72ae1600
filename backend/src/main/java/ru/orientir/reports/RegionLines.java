package ru.orientir.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.orientir.attainment.AttainmentDtos.RowDto;
import ru.orientir.exports.Workbooks;
import ru.orientir.reports.AnnualReport.AreaSection;
import ru.orientir.reports.AnnualReport.Line;

/**
 * A region's indicator lines: the municipalities' rows of an indicator counted, not averaged (their
 * targets differ). The status is «достигнуто» when every municipality with a target met it, «не
 * достигнуто» when one missed it, «нет данных» when one has a target but no fact; the trend columns
 * count the municipalities that met their target in each year.
 */
final class RegionLines {

    private RegionLines() {}

    static List<AreaSection> areas(Map<Integer, List<RowDto>> byYear, int year) {
        Map<String, Map<String, List<RowDto>>> byArea = new LinkedHashMap<>();
        byYear.get(year).stream()
                .sorted((a, b) -> AnnualReportBuilder.area(a).compareTo(AnnualReportBuilder.area(b)))
                .forEach(row -> byArea.computeIfAbsent(AnnualReportBuilder.area(row), k -> new LinkedHashMap<>())
                        .computeIfAbsent(AnnualReportBuilder.key(row), k -> new ArrayList<>())
                        .add(row));
        Map<String, Map<Integer, Integer>> metByYear = new LinkedHashMap<>();
        byYear.forEach(
                (y, rows) -> rows.stream().filter(r -> "met".equals(r.status())).forEach(r -> metByYear
                        .computeIfAbsent(AnnualReportBuilder.key(r), k -> new LinkedHashMap<>())
                        .merge(y, 1, Integer::sum)));
        List<AreaSection> out = new ArrayList<>();
        byArea.forEach((area, indicators) -> {
            List<Line> lines = new ArrayList<>();
            indicators.forEach((key, rows) -> lines.add(line(rows, metByYear.getOrDefault(key, Map.of()), byYear)));
            out.add(new AreaSection(area, lines));
        });
        return out;
    }

    private static Line line(List<RowDto> rows, Map<Integer, Integer> met, Map<Integer, List<RowDto>> byYear) {
        RowDto first = rows.get(0);
        int withTarget = (int) rows.stream().filter(r -> r.target() != null).count();
        int metNow = count(rows, "met");
        List<BigDecimal> trend = new ArrayList<>();
        byYear.keySet().forEach(y -> trend.add(BigDecimal.valueOf(met.getOrDefault(y, 0))));
        return new Line(
                first.indicator(),
                first.indicatorName(),
                first.categoryLabel(),
                Workbooks.unit(first.unit()),
                0,
                "",
                null,
                null,
                status(rows, withTarget, metNow),
                metNow + " из " + withTarget + " муниципалитетов с целью достигли её",
                trend);
    }

    static String status(List<RowDto> rows, int withTarget, int met) {
        if (withTarget == 0) {
            return "no_target";
        }
        if (count(rows, "not_met") > 0) {
            return "not_met";
        }
        return met == withTarget ? "met" : "no_data";
    }

    private static int count(List<RowDto> rows, String status) {
        return (int) rows.stream().filter(r -> status.equals(r.status())).count();
    }
}
