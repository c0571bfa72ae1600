package ru.orientir.attainment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.orientir.attainment.AttainmentDtos.RowDto;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Params;
import ru.orientir.common.ProblemException;
import ru.orientir.exports.Workbooks;
import ru.orientir.security.Caller;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Region;

/**
 * The plan-vs-fact workbook a department sends on or prints: a summary sheet (counts per area and status), then one
 * sheet per area with indicator, unit, target with its comparator, fact, deviation, the status coloured and the
 * facts of the last {@link #TREND_YEARS} years. Every figure and status is {@link AttainmentService}'s (the
 * municipality rows of the attainment list), never computed a second time here.
 */
@ApplicationScoped
public class AttainmentWorkbook {

    /** Years of the trend columns, the year itself included. */
    static final int TREND_YEARS = 5;

    @Inject
    AttainmentService attainment;

    /** What the workbook covers, checked: the municipalities (null: every one the caller reads) and the year. */
    public record Scope(String municipality, String region, String regionName, List<String> municipalities, int year) {

        boolean several() {
            return municipality == null;
        }

        String title() {
            if (municipality != null) {
                return "Муниципалитет: " + municipality;
            }
            return region != null ? "Регион: " + regionName : "Все муниципалитеты, доступные пользователю";
        }
    }

    /** Checks the request: a municipality in the caller's scope, a region (its readable municipalities) or neither. */
    @Transactional
    public Scope scope(Caller caller, String municipality, String region, String rawYear, String format) {
        Params p = new Params();
        int year = p.requiredYear("year", rawYear);
        p.oneOf("format", format, List.of("xlsx"), "xlsx");
        p.throwIfAny();
        String m = blank(municipality);
        String r = blank(region);
        if (m != null) {
            caller.requireSee(m);
            if (Municipality.byCode(m).isEmpty()) {
                throw ProblemException.notFound("municipality", "Муниципалитет «" + m + "» не найден");
            }
            return new Scope(m, null, null, List.of(m), year);
        }
        if (r != null) {
            Region reg = Region.byCode(r)
                    .orElseThrow(() -> ProblemException.notFound("region", "Регион «" + r + "» не найден"));
            List<String> readable = Municipality.<Municipality>list("region.code = ?1 order by code", r).stream()
                    .map(x -> x.code)
                    .filter(caller::canRead)
                    .toList();
            if (readable.isEmpty()) {
                throw ProblemException.forbidden("Нет доступа ни к одному муниципалитету региона «" + r + "»");
            }
            return new Scope(null, r, reg.name, readable, year);
        }
        return new Scope(null, null, null, null, year);
    }

    /** The workbook's bytes (the attainment rows are read before anything is written). */
    public byte[] workbook(Caller caller, Scope s) {
        Map<Integer, List<RowDto>> byYear = new LinkedHashMap<>();
        for (int y = s.year() - TREND_YEARS + 1; y <= s.year(); y++) {
            byYear.put(y, rows(caller, s, y));
        }
        List<RowDto> rows = byYear.get(s.year());
        Map<String, Map<Integer, BigDecimal>> trend = new HashMap<>();
        byYear.forEach((y, list) -> list.forEach(
                row -> trend.computeIfAbsent(key(row), k -> new HashMap<>()).put(y, row.fact())));
        Map<String, List<RowDto>> byArea = new LinkedHashMap<>();
        rows.stream().sorted((a, b) -> area(a).compareTo(area(b))).forEach(row -> byArea.computeIfAbsent(
                        area(row), k -> new ArrayList<>())
                .add(row));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Orientir", "1.0");
            summary(wb.newWorksheet("Сводка"), s, byArea);
            Set<String> names = new HashSet<>();
            names.add("Сводка");
            for (Map.Entry<String, List<RowDto>> e : byArea.entrySet()) {
                area(wb.newWorksheet(Workbooks.sheetName(e.getKey(), names)), s, e.getValue(), trend);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The municipality rows of a year (organization rows are the schools' and stay in the attainment list). */
    private List<RowDto> rows(Caller caller, Scope s, int year) {
        List<RowDto> out = new ArrayList<>();
        for (String m :
                s.municipalities() == null ? java.util.Collections.<String>singletonList(null) : s.municipalities()) {
            for (int page = 0; ; page++) {
                PageResult<RowDto> r = attainment.rows(
                        caller,
                        new AttainmentService.RowsRequest(m, String.valueOf(year), null, null, null, null),
                        PageParams.of(String.valueOf(page), String.valueOf(PageParams.MAX_SIZE), PageParams.MAX_SIZE));
                r.items().stream().filter(row -> row.organization() == null).forEach(out::add);
                if ((long) (page + 1) * PageParams.MAX_SIZE >= r.total()) {
                    break;
                }
            }
        }
        return out;
    }

    private static String key(RowDto r) {
        return r.municipality() + "|" + r.indicator() + "|" + r.category();
    }

    static String area(RowDto r) {
        return r.area() == null || r.area().isBlank() ? "Без направления" : r.area();
    }

    private static void summary(Worksheet ws, Scope s, Map<String, List<RowDto>> byArea) {
        ws.value(0, 0, "План-факт: " + s.title() + ", " + s.year() + " год");
        ws.style(0, 0).bold().fontSize(14).set();
        ws.value(1, 0, "Сформировано: " + Workbooks.now() + ". Статусы — по правилам Orientir (attainment).");
        List<String> headers = new ArrayList<>(List.of("Направление"));
        Workbooks.STATUS_ORDER.forEach(st -> headers.add(Workbooks.status(st)));
        headers.add("Всего");
        int top = 3;
        for (int i = 0; i < headers.size(); i++) {
            ws.value(top, i, headers.get(i));
            String fill = i == 0 || i == headers.size() - 1
                    ? Workbooks.HEADER_FILL
                    : Workbooks.statusFill(Workbooks.STATUS_ORDER.get(i - 1));
            ws.style(top, i).bold().fillColor(fill).set();
        }
        ws.width(0, 40);
        for (int i = 1; i < headers.size(); i++) {
            ws.width(i, 15);
        }
        int r = top + 1;
        int[] totals = new int[Workbooks.STATUS_ORDER.size()];
        for (Map.Entry<String, List<RowDto>> e : byArea.entrySet()) {
            ws.value(r, 0, e.getKey());
            int sum = 0;
            for (int i = 0; i < Workbooks.STATUS_ORDER.size(); i++) {
                String st = Workbooks.STATUS_ORDER.get(i);
                int n = (int) e.getValue().stream()
                        .filter(row -> st.equals(row.status()))
                        .count();
                ws.value(r, i + 1, n);
                totals[i] += n;
                sum += n;
            }
            ws.value(r, headers.size() - 1, sum);
            r++;
        }
        ws.value(r, 0, "Итого");
        ws.style(r, 0).bold().set();
        int all = 0;
        for (int i = 0; i < totals.length; i++) {
            ws.value(r, i + 1, totals[i]);
            ws.style(r, i + 1).bold().set();
            all += totals[i];
        }
        ws.value(r, headers.size() - 1, all);
        ws.style(r, headers.size() - 1).bold().set();
        ws.freezePane(0, top + 1);
    }

    private static void area(Worksheet ws, Scope s, List<RowDto> rows, Map<String, Map<Integer, BigDecimal>> trend) {
        List<String> headers = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        if (s.several()) {
            headers.add("Муниципалитет");
            widths.add(30.0);
        }
        headers.addAll(List.of(
                "Код", "Показатель", "Категория", "Единица", "Цель", "Факт", "Отклонение", "Отклонение, %", "Статус"));
        widths.addAll(List.of(10.0, 60.0, 18.0, 10.0, 12.0, 12.0, 12.0, 13.0, 15.0));
        int firstYear = s.year() - TREND_YEARS + 1;
        for (int y = firstYear; y <= s.year(); y++) {
            headers.add(String.valueOf(y));
            widths.add(10.0);
        }
        Workbooks.header(ws, headers, widths);
        int r = 1;
        for (RowDto row : rows) {
            int c = 0;
            if (s.several()) {
                Workbooks.text(ws, r, c++, row.municipalityName());
            }
            Workbooks.text(ws, r, c++, row.indicator());
            Workbooks.text(ws, r, c++, row.indicatorName());
            Workbooks.text(ws, r, c++, row.categoryLabel());
            Workbooks.text(ws, r, c++, Workbooks.unit(row.unit()));
            Workbooks.text(
                    ws,
                    r,
                    c++,
                    row.target() == null
                            ? null
                            : Workbooks.target(
                                    row.target().comparator(),
                                    row.target().value(),
                                    row.target().valueTo()));
            Workbooks.number(ws, r, c++, row.fact(), row.decimals());
            Workbooks.number(ws, r, c++, row.deviation(), row.decimals());
            Workbooks.number(ws, r, c++, row.deviationPercent(), 1);
            ws.value(r, c, Workbooks.status(row.status()));
            String fill = Workbooks.statusFill(row.status());
            if (fill != null) {
                ws.style(r, c).fillColor(fill).set();
            }
            c++;
            Map<Integer, BigDecimal> facts = trend.getOrDefault(key(row), Map.of());
            for (int y = firstYear; y <= s.year(); y++) {
                Workbooks.number(ws, r, c++, facts.get(y), row.decimals());
            }
            r++;
        }
        if (r > 1) {
            ws.setAutoFilter(0, 0, headers.size() - 1);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
