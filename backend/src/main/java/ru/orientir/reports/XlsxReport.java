package ru.orientir.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.orientir.exports.Workbooks;
import ru.orientir.reports.AnnualReport.ActivityLine;
import ru.orientir.reports.AnnualReport.AreaSection;
import ru.orientir.reports.AnnualReport.FlagLine;
import ru.orientir.reports.AnnualReport.Line;
import ru.orientir.reports.AnnualReport.RegisterLine;

/**
 * The annual report as a workbook: «Отчёт» (title, period state, sources), «Сводка» (counts per area),
 * a sheet per area, «Зона риска», «Мероприятия». Streamed by fastexcel: memory does not grow with rows.
 */
final class XlsxReport {

    static final String TITLE = "Отчёт";
    static final String SUMMARY = "Сводка";
    static final String FLAGS = "Зона риска";
    static final String ACTIVITIES = "Мероприятия";

    private XlsxReport() {}

    static byte[] render(AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Orientir", "1.0");
            Set<String> names = new HashSet<>(List.of(TITLE, SUMMARY, FLAGS, ACTIVITIES));
            title(wb.newWorksheet(TITLE), report);
            summary(wb.newWorksheet(SUMMARY), report);
            for (AreaSection a : report.areas()) {
                area(wb.newWorksheet(Workbooks.sheetName(a.name(), names)), report, a);
            }
            flags(wb.newWorksheet(FLAGS), report);
            activities(wb.newWorksheet(ACTIVITIES), report);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void title(Worksheet ws, AnnualReport r) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Ежегодный отчёт о достижении показателей"});
        lines.add(new String[] {"Кто", r.subject().title()});
        lines.add(new String[] {"Год", String.valueOf(r.year())});
        lines.add(new String[] {"Отчётный период", r.periodLabel()});
        lines.add(new String[] {"Сформировано", ReportText.dateTime(r.generatedAt())});
        lines.add(new String[] {"Показателей", String.valueOf(r.lineCount())});
        lines.add(
                new String[] {"Источники данных", r.sources().isEmpty() ? "не указаны" : String.join("; ", r.sources())
                });
        Workbooks.describe(ws, lines);
    }

    private static void summary(Worksheet ws, AnnualReport r) {
        List<String> headers = new ArrayList<>(List.of("Направление"));
        Workbooks.STATUS_ORDER.forEach(s -> headers.add(Workbooks.status(s)));
        headers.add("Всего");
        Workbooks.header(ws, headers, List.of(50.0, 14.0, 14.0, 14.0, 14.0, 10.0));
        int row = 1;
        for (AreaSection a : r.areas()) {
            ws.value(row, 0, a.name());
            int c = 1;
            for (String s : Workbooks.STATUS_ORDER) {
                ws.value(row, c, a.count(s));
                ws.style(row, c++).fillColor(Workbooks.statusFill(s)).set();
            }
            ws.value(row, c, a.lines().size());
            row++;
        }
        ws.value(row, 0, "Итого");
        ws.style(row, 0).bold().set();
        int c = 1;
        for (String s : Workbooks.STATUS_ORDER) {
            ws.value(row, c++, r.total(s));
        }
        ws.value(row, c, r.lineCount());
    }

    private static void area(Worksheet ws, AnnualReport r, AreaSection a) {
        List<String> headers = new ArrayList<>(
                List.of("Код", "Показатель", "Категория", "Единица", "Цель", "Факт", "Отклонение", "Статус", "Школы"));
        List<Double> widths = new ArrayList<>(List.of(12.0, 60.0, 18.0, 10.0, 12.0, 12.0, 12.0, 15.0, 28.0));
        r.trendYears().forEach(y -> {
            headers.add(String.valueOf(y));
            widths.add(10.0);
        });
        Workbooks.header(ws, headers, widths);
        int row = 1;
        for (Line l : a.lines()) {
            int c = 0;
            Workbooks.text(ws, row, c++, l.code());
            Workbooks.text(ws, row, c++, l.name());
            Workbooks.text(ws, row, c++, l.category());
            Workbooks.text(ws, row, c++, l.unit());
            Workbooks.text(ws, row, c++, l.target());
            Workbooks.number(ws, row, c++, l.fact(), l.decimals());
            Workbooks.number(ws, row, c++, l.deviation(), l.decimals());
            ws.value(row, c, Workbooks.status(l.status()));
            String fill = Workbooks.statusFill(l.status());
            if (fill != null) {
                ws.style(row, c).fillColor(fill).set();
            }
            c++;
            Workbooks.text(ws, row, c++, l.schools());
            for (BigDecimal v : l.trend()) {
                Workbooks.number(ws, row, c++, v, l.decimals());
            }
            row++;
        }
        if (row > 1) {
            ws.setAutoFilter(0, 0, headers.size() - 1);
        }
    }

    private static void flags(Worksheet ws, AnnualReport r) {
        Workbooks.header(ws, List.of("Правило", "Школа или муниципалитет", "Годы признака"), List.of(50.0, 50.0, 20.0));
        int row = 1;
        for (FlagLine f : r.flags()) {
            ws.value(row, 0, f.rule());
            ws.value(row, 1, f.subject());
            Workbooks.text(ws, row, 2, f.years());
            row++;
        }
        row += 1;
        ws.value(row, 0, "Реестры года");
        ws.style(row, 0).bold().set();
        row++;
        for (RegisterLine g : r.registers()) {
            ws.value(row, 0, g.name() + " (" + g.code() + ")");
            ws.value(row, 1, g.members() + " организаций");
            ws.value(row, 2, g.years());
            row++;
        }
    }

    private static void activities(Worksheet ws, AnnualReport r) {
        Workbooks.header(
                ws,
                List.of("План", "Код", "Мероприятие", "Срок", "Статус", "Просрочено", "Ответственный"),
                List.of(20.0, 12.0, 70.0, 18.0, 16.0, 12.0, 30.0));
        int row = 1;
        for (ActivityLine a : r.activities()) {
            Workbooks.text(ws, row, 0, a.plan());
            Workbooks.text(ws, row, 1, a.code());
            Workbooks.text(ws, row, 2, a.title());
            Workbooks.text(ws, row, 3, a.due());
            Workbooks.text(ws, row, 4, a.status());
            ws.value(row, 5, a.overdue() ? "да" : "нет");
            Workbooks.text(ws, row, 6, a.responsible());
            row++;
        }
    }
}
