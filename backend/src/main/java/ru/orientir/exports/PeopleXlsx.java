package ru.orientir.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.orientir.attainment.AttainmentRules;
import ru.orientir.catalogue.SchoolYear;
import ru.orientir.common.NativeSql;
import ru.orientir.exports.ExportService.Kind;
import ru.orientir.facts.DataFilter;
import ru.orientir.imports.ImportType;
import ru.orientir.rules.DerivedFacts;

/**
 * The XLSX export of values or targets as a workbook for people that still re-imports unchanged: the contract's
 * columns first under their contract names (each with a Russian note), numbers with the indicator's decimals, then
 * the columns people read ({@link ImportType#FOR_PEOPLE}, which the import reads past): the indicator's name, unit
 * and area, the target (values) or fact (targets) of the year, the deviation and the status coloured, by
 * {@link AttainmentRules} (never a second copy of the rule); an autofilter, a frozen header and a sheet describing the
 * filters and the time of the export.
 */
final class PeopleXlsx {

    private PeopleXlsx() {}

    private static final Map<String, String> NOTES = Map.ofEntries(
            Map.entry("municipality", "Муниципалитет (код)"),
            Map.entry("indicator", "Показатель (код)"),
            Map.entry("year", "Год (для учебного года — год его начала)"),
            Map.entry(ExportService.YEAR_LABEL, "Год, как его читают: 2019/20 или 2019"),
            Map.entry("value", "Значение"),
            Map.entry("organization", "Организация (код); пусто — муниципалитет в целом, * — каждая организация"),
            Map.entry("period", "Период внутри года (квартал); пусто — год"),
            Map.entry("category", "Категория (код)"),
            Map.entry(ExportService.CATEGORY_LABEL, "Категория, как её читают"),
            Map.entry(
                    "qualifier",
                    "Признак: exact — точное, approx — приблизительное, at_least — не менее, at_most" + " — не более"),
            Map.entry("numerator", "Числитель"),
            Map.entry("denominator", "Знаменатель"),
            Map.entry("comment", "Комментарий"),
            Map.entry("source", "Источник данных"),
            Map.entry("comparator", "Условие цели: eq (=), ge (≥), le (≤), between (между)"),
            Map.entry("value_to", "Верхняя граница цели (для between)"),
            Map.entry("kind", "Вид: target — цель, baseline — базовое значение"));

    /** The people's columns of a kind, in {@link ImportType#FOR_PEOPLE}'s words. */
    static List<String> headers(Kind kind) {
        List<String> p = ImportType.FOR_PEOPLE;
        return List.of(p.get(0), p.get(1), p.get(2), kind == Kind.VALUES ? p.get(3) : p.get(4), p.get(5), p.get(6));
    }

    /**
     * What the query selects after the file's columns: name, unit, area, decimals, polarity, then for values the
     * target of the row's year and category (own, else the municipality's target of every organization) and for
     * targets the annual fact of the same key.
     */
    static String select(Kind kind) {
        return ", i.name_ru, i.unit, ia.name_ru, i.decimals, i.polarity"
                + (kind == Kind.VALUES ? ", tg.comparator, tg.value, tg.value_to" : ", fv.value");
    }

    static String joins(Kind kind) {
        String area = " LEFT JOIN indicator_area ia ON ia.id = i.area_id";
        if (kind == Kind.VALUES) {
            return area + " LEFT JOIN LATERAL (SELECT x.comparator, x.value, x.value_to FROM target x"
                    + " WHERE x.municipality_id = t.municipality_id AND x.indicator_id = t.indicator_id"
                    + " AND x.year = t.year AND x.kind = 'target' AND x.category = t.category"
                    + " AND (NOT x.every_organization AND x.organization_id IS NOT DISTINCT FROM t.organization_id"
                    + " OR t.organization_id IS NOT NULL AND x.every_organization)"
                    + " ORDER BY x.every_organization LIMIT 1) tg ON t.period = ''";
        }
        return area + " LEFT JOIN measured_value fv ON t.kind = 'target' AND NOT t.every_organization"
                + " AND fv.municipality_id = t.municipality_id AND fv.indicator_id = t.indicator_id"
                + " AND fv.organization_id IS NOT DISTINCT FROM t.organization_id AND fv.year = t.year"
                + " AND fv.period = '' AND fv.category = t.category";
    }

    /** A computed fact of a derived indicator as the sheet «Рассчитано» shows it. */
    record Computed(
            String municipality,
            String indicator,
            int year,
            String yearLabel,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            String name,
            String unit,
            int decimals,
            String rule,
            String ruleName,
            String measure) {}

    /** The sheet of the computed facts, after the values: never read by the import (it reads the first sheet). */
    static final String COMPUTED_SHEET = "Рассчитано";

    private static final List<String> COMPUTED_HEADERS = List.of(
            "municipality",
            "indicator",
            "year",
            ExportService.YEAR_LABEL,
            "value",
            "numerator",
            "denominator",
            "Показатель: наименование",
            "Единица измерения",
            "Правило",
            "Правило: наименование",
            "Как рассчитано");

    /** The facts with their indicator's and rule's names, in the list's order, in one statement. */
    static List<Computed> computed(Connection c, List<DerivedFacts.Fact> facts) throws SQLException {
        if (facts.isEmpty()) {
            return List.of();
        }
        NativeSql sql = new NativeSql()
                .add("SELECT m.code, i.code, d.year, d.value, d.numerator, d.denominator, i.periodicity, i.name_ru,"
                        + " i.unit, i.decimals, i.derived_rule, r.name, i.derived_measure FROM ")
                .add(DerivedFacts.table(facts))
                .add(" JOIN municipality m ON m.id = d.municipality_id JOIN indicator i ON i.id = d.indicator_id"
                        + " LEFT JOIN risk_rule r ON r.code = i.derived_rule ORDER BY m.code, i.code, d.year");
        return sql.query(c, rs -> {
            List<Computed> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Computed(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        SchoolYear.label(rs.getString(7), rs.getInt(3)),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getInt(10),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getString(13)));
            }
            return out;
        });
    }

    /** How a computed fact was computed, in words: the rule, the measure and, for a share, its parts. */
    static String how(Computed c) {
        String rule = "правилом «" + (c.ruleName() == null ? c.rule() : c.ruleName()) + "» (" + c.rule() + ")";
        return switch (c.measure()) {
            case "flagged_count" -> "Число школ, отмеченных " + rule + " за год";
            case "flagged_share" ->
                "Доля школ, отмеченных " + rule + ": " + plain(c.numerator()) + " из " + plain(c.denominator())
                        + " школ, представивших значения показателей правила за его годы";
            case "improved_share" ->
                "Доля школ, улучшивших значения, среди отмеченных " + rule + " годом ранее: " + plain(c.numerator())
                        + " из " + plain(c.denominator());
            default -> "По " + rule;
        };
    }

    private static String plain(BigDecimal d) {
        return d == null ? "—" : d.stripTrailingZeros().toPlainString();
    }

    /**
     * The workbook; {@code computed} (values only, null for targets) adds the sheet «Рассчитано» of the derived
     * indicators' facts the filters match, with the rule and how each was computed.
     */
    static void write(
            Kind kind,
            ExportService.Labels labels,
            ResultSet rs,
            OutputStream out,
            DataFilter.Parsed f,
            List<Computed> computed)
            throws SQLException, IOException {
        Workbook wb = new Workbook(out, "Orientir", "1.0");
        Worksheet ws = wb.newWorksheet(kind == Kind.VALUES ? "Значения" : "Цели");
        List<String> headers = new ArrayList<>(kind.columns);
        headers.addAll(headers(kind));
        List<Double> widths = new ArrayList<>();
        for (String c : kind.columns) {
            widths.add(
                    c.equals("comment") || c.equals("source") || c.equals(ExportService.CATEGORY_LABEL) ? 24.0 : 13.0);
        }
        widths.addAll(List.of(50.0, 12.0, 26.0, 14.0, 14.0, 16.0));
        Workbooks.header(ws, headers, widths);
        for (int i = 0; i < kind.columns.size(); i++) {
            String note = NOTES.get(kind.columns.get(i));
            if (note != null) {
                ws.comment(0, i, note);
            }
        }
        int extra = kind.periodicity + 1;
        int r = 1;
        while (rs.next()) {
            int decimals = rs.getInt(extra + 3);
            for (int i = 0; i < kind.columns.size(); i++) {
                String column = kind.columns.get(i);
                if (kind.source[i] == 0) {
                    Workbooks.text(ws, r, i, labels.of(kind, column, rs));
                    continue;
                }
                Object v = rs.getObject(kind.source[i]);
                if (v instanceof BigDecimal d) {
                    Workbooks.number(ws, r, i, d, decimals);
                } else if (v instanceof Number n) {
                    ws.value(r, i, n);
                } else if (v != null) {
                    Workbooks.text(ws, r, i, v.toString());
                }
            }
            people(kind, rs, ws, r, extra, decimals);
            if (++r % 1000 == 0) {
                ws.flush();
            }
        }
        int last = headers.size() - 1;
        ws.setAutoFilter(0, 0, last);
        if (computed != null) {
            computedSheet(wb.newWorksheet(COMPUTED_SHEET), computed);
        }
        describe(wb.newWorksheet("Описание"), kind, f, r - 1, computed);
        wb.finish();
    }

    private static void computedSheet(Worksheet ws, List<Computed> computed) {
        Workbooks.header(
                ws, COMPUTED_HEADERS, List.of(13.0, 13.0, 8.0, 10.0, 11.0, 11.0, 11.0, 50.0, 10.0, 16.0, 40.0, 70.0));
        int r = 1;
        for (Computed c : computed) {
            Workbooks.text(ws, r, 0, c.municipality());
            Workbooks.text(ws, r, 1, c.indicator());
            ws.value(r, 2, c.year());
            Workbooks.text(ws, r, 3, c.yearLabel());
            Workbooks.number(ws, r, 4, c.value(), c.decimals());
            Workbooks.number(ws, r, 5, c.numerator(), 0);
            Workbooks.number(ws, r, 6, c.denominator(), 0);
            Workbooks.text(ws, r, 7, c.name());
            Workbooks.text(ws, r, 8, Workbooks.unit(c.unit()));
            Workbooks.text(ws, r, 9, c.rule());
            Workbooks.text(ws, r, 10, c.ruleName());
            Workbooks.text(ws, r, 11, how(c));
            r++;
        }
        if (computed.isEmpty()) {
            Workbooks.text(ws, 1, 0, "Рассчитанных значений по этим фильтрам нет");
        } else {
            ws.setAutoFilter(0, 0, COMPUTED_HEADERS.size() - 1);
        }
    }

    /** The people's cells of a row: name, unit, area, target or fact, deviation, status. */
    private static void people(Kind kind, ResultSet rs, Worksheet ws, int r, int extra, int decimals)
            throws SQLException {
        int c = kind.columns.size();
        Workbooks.text(ws, r, c, rs.getString(extra));
        Workbooks.text(ws, r, c + 1, Workbooks.unit(rs.getString(extra + 1)));
        Workbooks.text(ws, r, c + 2, rs.getString(extra + 2));
        boolean higher = !"lower".equals(rs.getString(extra + 4));
        AttainmentRules.Goal goal;
        BigDecimal fact;
        if (kind == Kind.VALUES) {
            String comparator = rs.getString(extra + 5);
            goal = comparator == null
                    ? null
                    : new AttainmentRules.Goal(comparator, rs.getBigDecimal(extra + 6), rs.getBigDecimal(extra + 7));
            fact = rs.getBigDecimal(kind.source[kind.columns.indexOf("value")]);
            boolean annual = rs.getString(kind.source[kind.columns.indexOf("period")]) == null
                    || rs.getString(kind.source[kind.columns.indexOf("period")]).isEmpty();
            if (!annual) {
                return; // a quarter's value is not judged against the year's target
            }
            Workbooks.text(
                    ws,
                    r,
                    c + 3,
                    goal == null ? null : Workbooks.target(goal.comparator(), goal.value(), goal.valueTo()));
        } else {
            String targetKind = rs.getString(kind.source[kind.columns.indexOf("kind")]);
            String organization = rs.getString(kind.source[kind.columns.indexOf("organization")]);
            if (!"target".equals(targetKind) || "*".equals(organization)) {
                return; // a baseline, or a target of every organization: no one fact to judge
            }
            goal = new AttainmentRules.Goal(
                    rs.getString(kind.source[kind.columns.indexOf("comparator")]),
                    rs.getBigDecimal(kind.source[kind.columns.indexOf("value")]),
                    rs.getBigDecimal(kind.source[kind.columns.indexOf("value_to")]));
            fact = rs.getBigDecimal(extra + 5);
            Workbooks.number(ws, r, c + 3, fact, decimals);
        }
        Workbooks.number(ws, r, c + 4, AttainmentRules.deviation(goal, fact), decimals);
        String status = AttainmentRules.status(higher, goal, fact);
        ws.value(r, c + 5, Workbooks.status(status));
        String fill = Workbooks.statusFill(status);
        if (fill != null) {
            ws.style(r, c + 5).fillColor(fill).set();
        }
    }

    private static void describe(Worksheet ws, Kind kind, DataFilter.Parsed f, int rows, List<Computed> computed) {
        List<String[]> lines = new ArrayList<>();
        lines.add(
                new String[] {kind == Kind.VALUES ? "Фактические значения" : "Целевые и базовые значения", "Orientir"});
        lines.add(new String[] {"Выгружено", Workbooks.now()});
        lines.add(new String[] {"Строк", String.valueOf(rows)});
        lines.add(new String[] {"Фильтры", filters(f)});
        lines.add(new String[] {
            "Повторная загрузка",
            "Столбцы с английскими именами — формат загрузки: файл загружается обратно без изменений (тип «"
                    + (kind == Kind.VALUES ? "значения" : "цели") + "»); столбцы с русскими заголовками справа — для"
                    + " чтения, при загрузке пропускаются"
        });
        if (computed != null) {
            lines.add(new String[] {
                COMPUTED_SHEET,
                "Значения производных показателей (" + computed.size() + "), вычисленные по правилам из текущих"
                        + " значений школ: они не вводятся, в лист «Значения» не входят и при загрузке файла не"
                        + " читаются; столбец «Как рассчитано» называет правило и то, из чего получено значение"
            });
        }
        lines.add(new String[] {"Столбцы", null});
        for (String c : kind.columns) {
            lines.add(new String[] {c, NOTES.getOrDefault(c, "")});
        }
        Workbooks.describe(ws, lines);
    }

    private static String filters(DataFilter.Parsed f) {
        List<String> parts = new ArrayList<>();
        add(parts, "муниципалитет", f.municipality());
        add(parts, "показатель", f.indicator());
        add(parts, "организация", f.organization());
        add(parts, "реестр", f.group());
        add(parts, "год", f.year());
        add(parts, "с года", f.yearFrom());
        add(parts, "по год", f.yearTo());
        return parts.isEmpty() ? "нет: все данные, доступные пользователю" : String.join("; ", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parts.add(name + ": " + value);
        }
    }
}
