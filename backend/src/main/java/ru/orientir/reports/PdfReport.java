package ru.orientir.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.orientir.exports.Workbooks;
import ru.orientir.reports.AnnualReport.ActivityLine;
import ru.orientir.reports.AnnualReport.AreaSection;
import ru.orientir.reports.AnnualReport.FlagLine;
import ru.orientir.reports.AnnualReport.Line;
import ru.orientir.reports.AnnualReport.RegisterLine;

/**
 * The annual report as a PDF (OpenPDF): A4 landscape, DejaVu Sans embedded (Cyrillic in any viewer),
 * a title page, a table of contents with page numbers and bookmarks, the summary chart drawn as
 * vectors, a table per area, flags, registers, activities and sources, «стр. N из M» on every page
 * and a «ЧЕРНОВИК» watermark unless the year is approved. Drawn twice: the first pass learns the
 * sections' pages and the page count, which the second prints.
 */
final class PdfReport {

    private static final BaseFont REGULAR = font("DejaVuSans.ttf");
    private static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");
    private static final Color HEADER = new Color(0xD9, 0xE1, 0xF2);
    private static final Map<String, Color> STATUS_COLORS = Map.of(
            "met", new Color(0xC6, 0xEF, 0xCE),
            "not_met", new Color(0xFF, 0xC7, 0xCE),
            "no_data", new Color(0xFF, 0xEB, 0x9C),
            "no_target", new Color(0xED, 0xED, 0xED));
    private static final Map<String, Color> BAR_COLORS = Map.of(
            "met", new Color(0x52, 0xC4, 0x1A),
            "not_met", new Color(0xF5, 0x22, 0x2D),
            "no_data", new Color(0xFA, 0xAD, 0x14),
            "no_target", new Color(0xBF, 0xBF, 0xBF));

    private final AnnualReport report;
    private final Font text = new Font(REGULAR, 9);
    private final Font small = new Font(REGULAR, 8);
    private final Font smallBold = new Font(BOLD, 8);
    private final Font heading = new Font(BOLD, 15);
    private final Font subheading = new Font(BOLD, 11);

    private PdfReport(AnnualReport report) {
        this.report = report;
    }

    static byte[] render(AnnualReport report) {
        PdfReport pdf = new PdfReport(report);
        Pass first = pdf.draw(new LinkedHashMap<>(), 0);
        return pdf.draw(first.sections, first.pages).bytes;
    }

    /** One drawing: the bytes, the page each section starts on, and the page count. */
    private record Pass(byte[] bytes, Map<String, Integer> sections, int pages) {}

    private Pass draw(Map<String, Integer> knownSections, int knownPages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 42);
        Map<String, Integer> sections = new LinkedHashMap<>();
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new Decorations(knownPages));
            doc.addTitle("Ежегодный отчёт: " + report.subject().title() + ", " + report.year());
            doc.addCreator("Orientir");
            doc.open();
            titlePage(doc);
            contents(doc, knownSections);
            List<String[]> order = sectionTitles();
            for (String[] s : order) {
                doc.newPage();
                sections.put(s[0], writer.getPageNumber());
                Paragraph h = new Paragraph(s[1], heading);
                h.setSpacingAfter(8);
                doc.add(h);
                new PdfOutline(
                        writer.getRootOutline(),
                        PdfAction.gotoLocalPage(writer.getPageNumber(), new PdfDestination(PdfDestination.FIT), writer),
                        s[1]);
                section(doc, writer, s[0]);
            }
            int pages = writer.getPageNumber();
            doc.close();
            return new Pass(out.toByteArray(), sections, pages);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF report", e);
        }
    }

    /** The sections in order: a key and a title each. */
    private List<String[]> sectionTitles() {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"summary", "1. Сводка по направлениям"});
        int n = 2;
        for (int i = 0; i < report.areas().size(); i++) {
            out.add(new String[] {"area" + i, n++ + ". " + report.areas().get(i).name()});
        }
        out.add(new String[] {"flags", n++ + ". Зона риска и реестры"});
        out.add(new String[] {"activities", n++ + ". Мероприятия планов со сроком в " + report.year() + " году"});
        out.add(new String[] {"sources", n + ". Источники данных"});
        return out;
    }

    private void section(Document doc, PdfWriter writer, String key) throws DocumentException {
        if (key.equals("summary")) {
            summary(doc, writer);
        } else if (key.startsWith("area")) {
            area(doc, report.areas().get(Integer.parseInt(key.substring(4))));
        } else if (key.equals("flags")) {
            flags(doc);
        } else if (key.equals("activities")) {
            activities(doc);
        } else {
            sources(doc);
        }
    }

    private void titlePage(Document doc) throws DocumentException {
        Paragraph top = new Paragraph("Ежегодный отчёт о достижении показателей", new Font(BOLD, 22));
        top.setSpacingBefore(120);
        top.setAlignment(Element.ALIGN_CENTER);
        doc.add(top);
        Paragraph who = new Paragraph(report.subject().title(), new Font(BOLD, 18));
        who.setAlignment(Element.ALIGN_CENTER);
        who.setSpacingBefore(24);
        doc.add(who);
        Paragraph year = new Paragraph(report.year() + " год", new Font(REGULAR, 16));
        year.setAlignment(Element.ALIGN_CENTER);
        year.setSpacingBefore(12);
        doc.add(year);
        Paragraph state = new Paragraph(
                "Отчётный период: " + report.periodLabel(),
                new Font(BOLD, 13, Font.NORMAL, report.approved() ? new Color(0x38, 0x9E, 0x0D) : Color.RED));
        state.setAlignment(Element.ALIGN_CENTER);
        state.setSpacingBefore(36);
        doc.add(state);
        if (!report.approved()) {
            Paragraph draft = new Paragraph(
                    "Данные не утверждены и могут измениться: документ — черновик, не для публикации.", text);
            draft.setAlignment(Element.ALIGN_CENTER);
            doc.add(draft);
        }
        Paragraph made = new Paragraph(
                "Сформировано в Orientir " + ReportText.dateTime(report.generatedAt()) + ". Показателей: "
                        + ReportText.count(report.lineCount()) + ".",
                small);
        made.setAlignment(Element.ALIGN_CENTER);
        made.setSpacingBefore(60);
        doc.add(made);
    }

    private void contents(Document doc, Map<String, Integer> pages) throws DocumentException {
        doc.newPage();
        Paragraph h = new Paragraph("Содержание", heading);
        h.setSpacingAfter(10);
        doc.add(h);
        PdfPTable toc = new PdfPTable(new float[] {12, 1});
        toc.setWidthPercentage(80);
        for (String[] s : sectionTitles()) {
            toc.addCell(plain(s[1], text, Element.ALIGN_LEFT));
            Integer page = pages.get(s[0]);
            toc.addCell(plain(page == null ? "…" : String.valueOf(page), text, Element.ALIGN_RIGHT));
        }
        doc.add(toc);
    }

    private void summary(Document doc, PdfWriter writer) throws DocumentException {
        doc.add(new Paragraph(
                "Достигнуто " + report.total("met") + ", не достигнуто " + report.total("not_met") + ", нет данных "
                        + report.total("no_data") + ", нет цели " + report.total("no_target") + " (всего "
                        + report.lineCount() + ").",
                text));
        if (!report.areas().isEmpty()) {
            Image chart = Image.getInstance(chart(writer.getDirectContent()));
            chart.setSpacingBefore(8);
            doc.add(chart);
        }
        PdfPTable t = table(new float[] {8, 2, 2, 2, 2, 2});
        header(t, "Направление", "Достигнуто", "Не достигнуто", "Нет данных", "Нет цели", "Всего");
        for (AreaSection a : report.areas()) {
            t.addCell(plain(a.name(), small, Element.ALIGN_LEFT));
            Workbooks.STATUS_ORDER.forEach(s -> t.addCell(status(String.valueOf(a.count(s)), s)));
            t.addCell(plain(String.valueOf(a.lines().size()), small, Element.ALIGN_RIGHT));
        }
        t.setSpacingBefore(10);
        doc.add(t);
    }

    /** Horizontal stacked bars, one per area, in vector form, with a legend. */
    private PdfTemplate chart(PdfContentByte cb) {
        float width = 760;
        float row = 16;
        float label = 230;
        int areas = Math.min(report.areas().size(), 24);
        float height = areas * row + 28;
        PdfTemplate tpl = cb.createTemplate(width, height);
        int max = report.areas().stream().mapToInt(a -> a.lines().size()).max().orElse(1);
        float barArea = width - label - 40;
        for (int i = 0; i < areas; i++) {
            AreaSection a = report.areas().get(i);
            float y = height - (i + 1) * row;
            drawText(tpl, ReportText.cut(a.name(), 42), 0, y + 4, 8, false);
            float x = label;
            for (String s : Workbooks.STATUS_ORDER) {
                float w = barArea * a.count(s) / Math.max(max, 1);
                if (w > 0) {
                    tpl.setColorFill(BAR_COLORS.get(s));
                    tpl.rectangle(x, y + 2, w, row - 5);
                    tpl.fill();
                    x += w;
                }
            }
            drawText(tpl, String.valueOf(a.lines().size()), x + 4, y + 4, 8, false);
        }
        float x = label;
        for (String s : Workbooks.STATUS_ORDER) {
            tpl.setColorFill(BAR_COLORS.get(s));
            tpl.rectangle(x, 4, 10, 10);
            tpl.fill();
            drawText(tpl, Workbooks.status(s), x + 14, 6, 8, false);
            x += 120;
        }
        return tpl;
    }

    private static void drawText(PdfContentByte cb, String s, float x, float y, float size, boolean bold) {
        cb.beginText();
        cb.setColorFill(Color.BLACK);
        cb.setFontAndSize(bold ? BOLD : REGULAR, size);
        cb.setTextMatrix(x, y);
        cb.showText(s);
        cb.endText();
    }

    private void area(Document doc, AreaSection a) throws DocumentException {
        doc.add(new Paragraph(
                "Достигнуто " + a.count("met") + " из " + a.lines().size() + "; не достигнуто " + a.count("not_met")
                        + "; нет данных " + a.count("no_data") + "; нет цели " + a.count("no_target") + ".",
                text));
        List<Integer> years = report.trendYears();
        float[] widths = new float[7 + years.size()];
        float[] base = {9, 3, 1.6f, 2, 2, 2.8f, 2.8f};
        System.arraycopy(base, 0, widths, 0, base.length);
        for (int i = 0; i < years.size(); i++) {
            widths[base.length + i] = 1.6f;
        }
        PdfPTable t = table(widths);
        List<String> head =
                new ArrayList<>(List.of("Показатель", "Категория", "Ед.", "Цель", "Факт", "Отклонение", "Статус"));
        years.forEach(y -> head.add(String.valueOf(y)));
        header(t, head.toArray(String[]::new));
        for (Line l : a.lines()) {
            String name = l.name() + (l.schools() == null ? "" : "\n" + l.schools());
            t.addCell(plain(name, small, Element.ALIGN_LEFT));
            t.addCell(plain(l.category(), small, Element.ALIGN_LEFT));
            t.addCell(plain(l.unit(), small, Element.ALIGN_LEFT));
            t.addCell(plain(ReportText.target(l.target()), small, Element.ALIGN_RIGHT));
            t.addCell(plain(ReportText.number(l.fact(), l.decimals()), small, Element.ALIGN_RIGHT));
            t.addCell(plain(ReportText.number(l.deviation(), l.decimals()), small, Element.ALIGN_RIGHT));
            t.addCell(status(Workbooks.status(l.status()), l.status()));
            for (BigDecimal v : l.trend()) {
                t.addCell(plain(ReportText.number(v, l.decimals()), small, Element.ALIGN_RIGHT));
            }
        }
        t.setSpacingBefore(6);
        doc.add(t);
    }

    private void flags(Document doc) throws DocumentException {
        doc.add(new Paragraph("Признаки риска " + report.year() + " года", subheading));
        if (report.flags().isEmpty()) {
            doc.add(new Paragraph("Признаков риска нет (или правила не заданы).", text));
        } else {
            PdfPTable t = table(new float[] {6, 6, 3});
            header(t, "Правило", "Школа или муниципалитет", "Годы признака");
            for (FlagLine f : report.flags()) {
                t.addCell(plain(f.rule(), small, Element.ALIGN_LEFT));
                t.addCell(plain(f.subject(), small, Element.ALIGN_LEFT));
                t.addCell(plain(f.years(), small, Element.ALIGN_LEFT));
            }
            doc.add(t);
        }
        Paragraph h = new Paragraph("Реестры, действующие в " + report.year() + " году", subheading);
        h.setSpacingBefore(12);
        doc.add(h);
        if (report.registers().isEmpty()) {
            doc.add(new Paragraph("Реестров нет.", text));
            return;
        }
        PdfPTable t = table(new float[] {3, 8, 2, 2});
        header(t, "Код", "Реестр", "Организаций", "Годы");
        for (RegisterLine r : report.registers()) {
            t.addCell(plain(r.code(), small, Element.ALIGN_LEFT));
            t.addCell(plain(r.name(), small, Element.ALIGN_LEFT));
            t.addCell(plain(String.valueOf(r.members()), small, Element.ALIGN_RIGHT));
            t.addCell(plain(r.years(), small, Element.ALIGN_LEFT));
        }
        doc.add(t);
    }

    private void activities(Document doc) throws DocumentException {
        if (report.activities().isEmpty()) {
            doc.add(new Paragraph("Мероприятий со сроком в этом году нет.", text));
            return;
        }
        PdfPTable t = table(new float[] {2, 2, 9, 3, 3, 4});
        header(t, "План", "Код", "Мероприятие", "Срок", "Статус", "Ответственный");
        for (ActivityLine a : report.activities()) {
            t.addCell(plain(a.plan(), small, Element.ALIGN_LEFT));
            t.addCell(plain(a.code(), small, Element.ALIGN_LEFT));
            t.addCell(plain(a.title(), small, Element.ALIGN_LEFT));
            t.addCell(plain(a.due(), small, Element.ALIGN_LEFT));
            PdfPCell st = plain(a.status() + (a.overdue() ? ", просрочено" : ""), small, Element.ALIGN_LEFT);
            if (a.overdue()) {
                st.setBackgroundColor(STATUS_COLORS.get("not_met"));
            }
            t.addCell(st);
            t.addCell(plain(a.responsible(), small, Element.ALIGN_LEFT));
        }
        doc.add(t);
    }

    private void sources(Document doc) throws DocumentException {
        if (report.sources().isEmpty()) {
            doc.add(new Paragraph("Значения внесены в Orientir без указания источника.", text));
        }
        for (String s : report.sources()) {
            doc.add(new Paragraph("• " + s, text));
        }
        Paragraph how = new Paragraph(
                "Статусы рассчитаны Orientir по целям и фактам на момент формирования отчёта: «достигнуто» — факт"
                        + " удовлетворяет цели с её условием (≥, ≤, =, диапазон); отклонение — факт минус цель."
                        + (report.subject().kind().equals(AnnualReport.REGION)
                                ? " В отчёте региона столбцы лет — число муниципалитетов, достигших цели."
                                : " Столбцы лет — факты трёх последних лет."),
                small);
        how.setSpacingBefore(12);
        doc.add(how);
    }

    // ---- cells and tables ----------------------------------------------------------------------

    private static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        return t;
    }

    private void header(PdfPTable t, String... names) {
        for (String n : names) {
            PdfPCell c = plain(n, smallBold, Element.ALIGN_CENTER);
            c.setBackgroundColor(HEADER);
            t.addCell(c);
        }
    }

    private PdfPCell status(String label, String status) {
        PdfPCell c = plain(label, small, Element.ALIGN_CENTER);
        Color fill = STATUS_COLORS.get(status);
        if (fill != null) {
            c.setBackgroundColor(fill);
        }
        return c;
    }

    private static PdfPCell plain(String s, Font f, int align) {
        PdfPCell c = new PdfPCell(new Phrase(new Chunk(s == null ? "" : s, f)));
        c.setHorizontalAlignment(align);
        c.setPadding(3);
        c.setBorderColor(new Color(0xBF, 0xBF, 0xBF));
        return c;
    }

    /** Page numbers and the subject on every page but the title; the draft watermark under every page. */
    private final class Decorations extends PdfPageEventHelper {
        private final int pages;

        Decorations(int pages) {
            this.pages = pages;
        }

        @Override
        public void onEndPage(PdfWriter writer, com.lowagie.text.Document document) {
            Rectangle page = document.getPageSize();
            if (!report.approved()) {
                PdfContentByte under = writer.getDirectContentUnder();
                under.saveState();
                PdfGState light = new PdfGState();
                light.setFillOpacity(0.12f);
                under.setGState(light);
                under.beginText();
                under.setColorFill(Color.RED);
                under.setFontAndSize(BOLD, 72);
                under.showTextAligned(Element.ALIGN_CENTER, "ЧЕРНОВИК", page.getWidth() / 2, page.getHeight() / 2, 30);
                under.endText();
                under.restoreState();
            }
            int n = writer.getPageNumber();
            if (n == 1) {
                return;
            }
            PdfContentByte cb = writer.getDirectContent();
            String left =
                    report.subject().title() + ", " + report.year() + " год" + (report.approved() ? "" : " — черновик");
            String right = pages > 0 ? "стр. " + n + " из " + pages : "стр. " + n;
            cb.beginText();
            cb.setColorFill(Color.DARK_GRAY);
            cb.setFontAndSize(REGULAR, 8);
            cb.showTextAligned(Element.ALIGN_LEFT, left, document.left(), 22, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, right, document.right(), 22, 0);
            cb.endText();
        }
    }

    private static BaseFont font(String file) {
        try (InputStream in = PdfReport.class.getResourceAsStream("/reports/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the jar");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
