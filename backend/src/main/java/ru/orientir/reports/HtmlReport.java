package ru.orientir.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import ru.orientir.exports.Workbooks;
import ru.orientir.reports.AnnualReport.ActivityLine;
import ru.orientir.reports.AnnualReport.AreaSection;
import ru.orientir.reports.AnnualReport.FlagLine;
import ru.orientir.reports.AnnualReport.Line;
import ru.orientir.reports.AnnualReport.RegisterLine;

/**
 * The annual report as one self-contained HTML page (inline styles, the chart as SVG, no scripts): the
 * SPA previews it in a sandboxed frame, and it prints on A4 landscape.
 */
final class HtmlReport {

    private static final Map<String, String> FILLS =
            Map.of("met", "#c6efce", "not_met", "#ffc7ce", "no_data", "#ffeb9c", "no_target", "#ededed");
    private static final Map<String, String> BARS =
            Map.of("met", "#52c41a", "not_met", "#f5222d", "no_data", "#faad14", "no_target", "#bfbfbf");

    private static final String STYLE = "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:13px;color:#222;"
            + "margin:24px;}h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;"
            + "break-before:page}h2.first{break-before:auto}table{border-collapse:collapse;width:100%;margin:6px 0}"
            + "th,td{border:1px solid #bfbfbf;padding:3px 5px;vertical-align:top}th{background:#d9e1f2}"
            + "td.n{text-align:right;white-space:nowrap}.state{font-weight:bold}.draft .state{color:#cf1322}"
            + ".approved .state{color:#389e0d}.draft-mark{position:fixed;top:40%;left:0;right:0;text-align:center;"
            + "font-size:96px;font-weight:bold;color:rgba(245,34,45,.10);transform:rotate(-30deg);"
            + "pointer-events:none}.muted{color:#666;font-size:12px}.school{color:#555;font-size:11px}"
            + "@page{size:A4 landscape;margin:12mm}@media print{body{margin:0}}";

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final AnnualReport report;

    private HtmlReport(AnnualReport report) {
        this.report = report;
    }

    static String render(AnnualReport report) {
        HtmlReport h = new HtmlReport(report);
        h.page();
        return h.out.toString();
    }

    private void page() {
        String title = "Ежегодный отчёт: " + report.subject().title() + ", " + report.year();
        out.append("<!doctype html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body class=\"")
                .append(report.approved() ? "approved" : "draft")
                .append("\">");
        if (!report.approved()) {
            out.append("<div class=\"draft-mark\" aria-hidden=\"true\">ЧЕРНОВИК</div>");
        }
        out.append("<h1>Ежегодный отчёт о достижении показателей</h1><p><b>")
                .append(esc(report.subject().title()))
                .append("</b>, ")
                .append(report.year())
                .append(" год</p><p class=\"state\">Отчётный период: ")
                .append(esc(report.periodLabel()))
                .append("</p><p class=\"muted\">Сформировано в Orientir ")
                .append(esc(ReportText.dateTime(report.generatedAt())))
                .append(". Показателей: ")
                .append(ReportText.count(report.lineCount()))
                .append(".</p>");
        contents();
        summary();
        for (int i = 0; i < report.areas().size(); i++) {
            area(i, report.areas().get(i));
        }
        flags();
        activities();
        sources();
        out.append("</body></html>");
    }

    private void contents() {
        out.append("<nav><b>Содержание</b><ol><li><a href=\"#summary\">Сводка по направлениям</a></li>");
        for (int i = 0; i < report.areas().size(); i++) {
            out.append("<li><a href=\"#area")
                    .append(i)
                    .append("\">")
                    .append(esc(report.areas().get(i).name()))
                    .append("</a></li>");
        }
        out.append("<li><a href=\"#flags\">Зона риска и реестры</a></li>")
                .append("<li><a href=\"#activities\">Мероприятия планов</a></li>")
                .append("<li><a href=\"#sources\">Источники данных</a></li></ol></nav>");
    }

    private void summary() {
        out.append("<h2 id=\"summary\" class=\"first\">Сводка по направлениям</h2>");
        chart();
        out.append("<table><thead><tr><th>Направление</th>");
        Workbooks.STATUS_ORDER.forEach(
                s -> out.append("<th>").append(esc(Workbooks.status(s))).append("</th>"));
        out.append("<th>Всего</th></tr></thead><tbody>");
        for (AreaSection a : report.areas()) {
            out.append("<tr><td>").append(esc(a.name())).append("</td>");
            Workbooks.STATUS_ORDER.forEach(s -> out.append("<td class=\"n\" style=\"background:")
                    .append(FILLS.get(s))
                    .append("\">")
                    .append(a.count(s))
                    .append("</td>"));
            out.append("<td class=\"n\">").append(a.lines().size()).append("</td></tr>");
        }
        out.append("</tbody></table>");
    }

    /** Stacked bars per area as SVG. */
    private void chart() {
        if (report.areas().isEmpty()) {
            return;
        }
        int row = 20;
        int label = 300;
        int width = 900;
        int height = report.areas().size() * row + 30;
        int max = report.areas().stream().mapToInt(a -> a.lines().size()).max().orElse(1);
        out.append("<svg role=\"img\" aria-label=\"Статусы показателей по направлениям\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"100%\" style=\"max-width:")
                .append(width)
                .append("px\" font-size=\"11\">");
        for (int i = 0; i < report.areas().size(); i++) {
            AreaSection a = report.areas().get(i);
            int y = i * row;
            out.append("<text x=\"0\" y=\"")
                    .append(y + 14)
                    .append("\">")
                    .append(esc(ReportText.cut(a.name(), 48)))
                    .append("</text>");
            double x = label;
            for (String s : Workbooks.STATUS_ORDER) {
                double w = (width - label - 40.0) * a.count(s) / Math.max(max, 1);
                if (w > 0) {
                    out.append(String.format(
                            java.util.Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %d</title></rect>",
                            x,
                            y + 3,
                            w,
                            row - 6,
                            BARS.get(s),
                            esc(Workbooks.status(s)),
                            a.count(s)));
                    x += w;
                }
            }
        }
        int x = label;
        for (String s : Workbooks.STATUS_ORDER) {
            out.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(height - 16)
                    .append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(BARS.get(s))
                    .append("\"/><text x=\"")
                    .append(x + 14)
                    .append("\" y=\"")
                    .append(height - 7)
                    .append("\">")
                    .append(esc(Workbooks.status(s)))
                    .append("</text>");
            x += 130;
        }
        out.append("</svg>");
    }

    private void area(int index, AreaSection a) {
        out.append("<h2 id=\"area")
                .append(index)
                .append("\">")
                .append(esc(a.name()))
                .append("</h2>");
        out.append("<table><thead><tr><th>Показатель</th><th>Категория</th><th>Ед.</th><th>Цель</th><th>Факт</th>")
                .append("<th>Отклонение</th><th>Статус</th>");
        report.trendYears().forEach(y -> out.append("<th>").append(y).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (Line l : a.lines()) {
            out.append("<tr><td>").append(esc(l.name()));
            if (l.schools() != null) {
                out.append("<div class=\"school\">").append(esc(l.schools())).append("</div>");
            }
            out.append("</td>");
            cell(l.category(), false);
            cell(l.unit(), false);
            cell(ReportText.target(l.target()), true);
            cell(ReportText.number(l.fact(), l.decimals()), true);
            cell(ReportText.number(l.deviation(), l.decimals()), true);
            out.append("<td style=\"background:")
                    .append(FILLS.getOrDefault(l.status(), "#fff"))
                    .append("\">")
                    .append(esc(Workbooks.status(l.status())))
                    .append("</td>");
            for (BigDecimal v : l.trend()) {
                cell(ReportText.number(v, l.decimals()), true);
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    private void flags() {
        out.append("<h2 id=\"flags\">Зона риска и реестры</h2>");
        List<FlagLine> flags = report.flags();
        if (flags.isEmpty()) {
            out.append("<p>Признаков риска нет (или правила не заданы).</p>");
        } else {
            out.append("<table><thead><tr><th>Правило</th><th>Школа или муниципалитет</th><th>Годы признака</th>")
                    .append("</tr></thead><tbody>");
            for (FlagLine f : flags) {
                out.append("<tr>");
                cell(f.rule(), false);
                cell(f.subject(), false);
                cell(f.years(), false);
                out.append("</tr>");
            }
            out.append("</tbody></table>");
        }
        if (report.registers().isEmpty()) {
            out.append("<p>Реестров нет.</p>");
            return;
        }
        out.append(
                "<table><thead><tr><th>Код</th><th>Реестр</th><th>Организаций</th><th>Годы</th></tr></thead><tbody>");
        for (RegisterLine r : report.registers()) {
            out.append("<tr>");
            cell(r.code(), false);
            cell(r.name(), false);
            cell(String.valueOf(r.members()), true);
            cell(r.years(), false);
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    private void activities() {
        out.append("<h2 id=\"activities\">Мероприятия планов со сроком в ")
                .append(report.year())
                .append(" году</h2>");
        if (report.activities().isEmpty()) {
            out.append("<p>Мероприятий со сроком в этом году нет.</p>");
            return;
        }
        out.append("<table><thead><tr><th>План</th><th>Код</th><th>Мероприятие</th><th>Срок</th><th>Статус</th>")
                .append("<th>Ответственный</th></tr></thead><tbody>");
        for (ActivityLine a : report.activities()) {
            out.append("<tr>");
            cell(a.plan(), false);
            cell(a.code(), false);
            cell(a.title(), false);
            cell(a.due(), false);
            cell(a.status() + (a.overdue() ? ", просрочено" : ""), false);
            cell(a.responsible(), false);
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    private void sources() {
        out.append("<h2 id=\"sources\">Источники данных</h2>");
        if (report.sources().isEmpty()) {
            out.append("<p>Значения внесены в Orientir без указания источника.</p>");
        } else {
            out.append("<ul>");
            report.sources().forEach(s -> out.append("<li>").append(esc(s)).append("</li>"));
            out.append("</ul>");
        }
    }

    private void cell(String s, boolean number) {
        out.append(number ? "<td class=\"n\">" : "<td>").append(esc(s)).append("</td>");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
