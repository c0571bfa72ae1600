package ru.orientir.exports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.orientir.catalogue.IndicatorReach;
import ru.orientir.catalogue.SchoolYear;
import ru.orientir.common.ProblemException;
import ru.orientir.imports.Template;
import ru.orientir.security.Caller;

/**
 * The XLSX templates people fill in ({@link Template}): one row per indicator that applies and scope (the
 * municipality, or each organization asked for), with its name, unit, area, the current value and target (so the
 * sheet doubles as a correction sheet), drop-downs and number checks, a frozen header and the hidden key column.
 *
 * <p>An indicator applies to a municipality when it is active, of the template's level (municipality rows:
 * municipality-level indicators; organization rows: organization-level ones) and in the municipality's catalogue
 * ({@link IndicatorReach}, the rule of the catalogue's scope=mine): its region's indicators, the common ones and
 * new ones nobody keeps yet; an indicator whose figures are all other regions' municipalities' is theirs and never
 * listed.
 */
@ApplicationScoped
public class TemplateService {

    @Inject
    DataSource dataSource;

    /** What a template is asked for, checked: the municipality, its region and the organizations of the rows. */
    public record Request(
            Template.Kind kind,
            String municipality,
            long municipalityId,
            long regionId,
            int year,
            String area,
            List<Long> organizations,
            String described) {

        boolean organizationRows() {
            return organizations != null;
        }
    }

    /**
     * Checks the request against the caller's scope and the data: a school coordinator's rows are its own
     * schools' (or the one asked for), {@code group=} gives the rows of the register's organizations.
     */
    public Request request(
            Caller caller,
            Template.Kind kind,
            String municipality,
            int year,
            String organization,
            String area,
            String group) {
        caller.requireSee(municipality);
        if (organization != null) {
            caller.requireReadRow(municipality, organization);
        } else if (group != null) {
            caller.requireRead(municipality);
        }
        try (Connection c = dataSource.getConnection()) {
            long[] m = municipality(c, municipality);
            List<Long> organizations = null;
            StringBuilder described = new StringBuilder("Муниципалитет: " + municipality + "; год: " + year);
            if (organization != null) {
                organizations = ids(
                        c,
                        "SELECT id FROM organization WHERE municipality_id = ? AND code = ?",
                        m[0],
                        organization,
                        "organization",
                        "Организация «" + organization + "» муниципалитета «" + municipality + "» не найдена");
                described.append("; организация: ").append(organization);
            } else if (group != null) {
                organizations = ids(
                        c,
                        "SELECT gm.organization_id FROM organization_group g JOIN organization_group_member gm "
                                + "ON gm.group_id = g.id JOIN organization o ON o.id = gm.organization_id "
                                + "WHERE g.municipality_id = ? AND g.code = ? ORDER BY o.code",
                        m[0],
                        group,
                        "group",
                        "Реестр «" + group + "» муниципалитета «" + municipality + "» не найден");
                described.append("; реестр: ").append(group);
            } else if (!caller.canRead(municipality)) {
                organizations = new ArrayList<>();
                for (String own : caller.organizationsIn(municipality)) {
                    organizations.addAll(
                            ids(c, "SELECT id FROM organization WHERE municipality_id = ? AND code = ?", m[0], own));
                }
            }
            if (area != null) {
                if (ids(c, "SELECT id FROM indicator_area WHERE lower(name_ru) = lower(?) OR id::text = ?", area, area)
                        .isEmpty()) {
                    throw ProblemException.notFound("area", "Направление «" + area + "» не найдено");
                }
                described.append("; направление: ").append(area);
            }
            return new Request(kind, municipality, m[0], m[1], year, area, organizations, described.toString());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long[] municipality(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, region_id FROM municipality WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ExportService.unknownMunicipality(code);
                }
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    private static List<Long> ids(
            Connection c, String sql, long municipality, String code, String field, String missing)
            throws SQLException {
        List<Long> out = ids(c, sql, municipality, code);
        if (out.isEmpty()) {
            throw ProblemException.notFound(field, missing);
        }
        return out;
    }

    private static List<Long> ids(Connection c, String sql, Object... params) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /**
     * The indicators that apply to the request's municipality (see the class comment), as a condition on
     * {@code i} (indicator) and {@code a} (its area) with its parameters: level, area (three times), the region
     * (three times, {@link IndicatorReach#bind}) and whether derived indicators are listed (not in a values template).
     */
    static String applicable() {
        return "i.status = 'active' AND i.level = ? AND (CAST(? AS text) IS NULL OR lower(a.name_ru) = lower(?)"
                + " OR a.id::text = ?) AND " + IndicatorReach.inCatalogueOf("i.id", "i.code")
                + " AND (CAST(? AS boolean) OR i.derived_rule IS NULL)";
    }

    private static final String ROWS = "SELECT i.code, i.name_ru, i.unit, a.name_ru, o.code, i.periodicity,"
            + " i.decimals, trim_scale(v.value), v.qualifier, v.comment, v.source, tg.comparator,"
            + " trim_scale(tg.value), trim_scale(tg.value_to), tg.every_organization, tg.comment, tg.source"
            + " FROM indicator i LEFT JOIN indicator_area a ON a.id = i.area_id"
            + " CROSS JOIN (SELECT unnest(CAST(? AS bigint[])) AS organization_id) s"
            + " LEFT JOIN organization o ON o.id = s.organization_id"
            + " LEFT JOIN measured_value v ON v.municipality_id = ? AND v.indicator_id = i.id"
            + " AND v.organization_id IS NOT DISTINCT FROM s.organization_id AND v.year = ? AND v.period = ''"
            + " AND v.category = ''"
            + " LEFT JOIN LATERAL (SELECT t.comparator, t.value, t.value_to, t.every_organization, t.comment,"
            + " t.source FROM target t WHERE t.municipality_id = ? AND t.indicator_id = i.id AND t.year = ?"
            + " AND t.kind = 'target' AND t.category = '' AND (NOT t.every_organization"
            + " AND t.organization_id IS NOT DISTINCT FROM s.organization_id"
            + " OR s.organization_id IS NOT NULL AND t.every_organization)"
            + " ORDER BY t.every_organization LIMIT 1) tg ON true"
            + " WHERE " + applicable() + " ORDER BY i.code, o.code NULLS FIRST";

    /** The workbook of a checked request, streamed. */
    public StreamingOutput workbook(Request r) {
        return out -> {
            try (Connection c = dataSource.getConnection()) {
                c.setReadOnly(true);
                Workbook wb = new Workbook(out, "Orientir", "1.0");
                Worksheet ws = wb.newWorksheet(r.kind() == Template.Kind.VALUES ? "Значения" : "Цели");
                List<String> headers = new ArrayList<>();
                List<Double> widths = new ArrayList<>();
                r.kind().columns.forEach(col -> {
                    headers.add(col.header());
                    widths.add(col.width());
                });
                Workbooks.header(ws, headers, widths);
                int rows = write(c, r, ws);
                int key = r.kind().indexOf(Template.KEY);
                ws.hideColumn(key);
                if (rows > 0) {
                    validate(r.kind(), ws, rows);
                    ws.setAutoFilter(0, 0, key - 1);
                }
                instructions(wb.newWorksheet("Как заполнить"), r, rows);
                wb.finish();
            } catch (SQLException e) {
                throw new IOException("template failed", e);
            }
        };
    }

    /** Writes the rows and answers how many. */
    private static int write(Connection c, Request r, Worksheet ws) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ROWS)) {
            Object[] orgs = r.organizationRows() ? r.organizations().toArray(new Long[0]) : new Long[] {null};
            int p = 1;
            ps.setArray(p++, c.createArrayOf("bigint", orgs));
            ps.setLong(p++, r.municipalityId());
            ps.setShort(p++, (short) r.year());
            ps.setLong(p++, r.municipalityId());
            ps.setShort(p++, (short) r.year());
            ps.setString(p++, r.organizationRows() ? "organization" : "municipality");
            ps.setString(p++, r.area());
            ps.setString(p++, r.area());
            ps.setString(p++, r.area());
            p = IndicatorReach.bind(c, ps, p, List.of(r.regionId()));
            // a derived indicator's values are computed, never entered: no row in a values template
            ps.setBoolean(p, r.kind() != Template.Kind.VALUES);
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                    row(r, ws, n, rs);
                }
            }
            return n;
        }
    }

    private static void row(Request r, Worksheet ws, int n, ResultSet rs) throws SQLException {
        int decimals = rs.getInt(7);
        Workbooks.text(ws, n, 0, rs.getString(1));
        Workbooks.text(ws, n, 1, rs.getString(2));
        Workbooks.text(ws, n, 2, Workbooks.unit(rs.getString(3)));
        Workbooks.text(ws, n, 3, rs.getString(4));
        Workbooks.text(ws, n, 4, rs.getString(5));
        Workbooks.text(ws, n, 5, SchoolYear.label(rs.getString(6), r.year()));
        BigDecimal value = rs.getBigDecimal(8);
        BigDecimal target = rs.getBigDecimal(13);
        boolean own = !rs.getBoolean(15);
        if (r.kind() == Template.Kind.VALUES) {
            Workbooks.text(ws, n, 6, Workbooks.target(rs.getString(12), target, rs.getBigDecimal(14)));
            Workbooks.number(ws, n, 7, value, decimals);
            String q = rs.getString(9);
            Workbooks.text(ws, n, 8, q == null ? null : Template.QUALIFIERS.getOrDefault(q, q));
            Workbooks.text(ws, n, 9, rs.getString(10));
            Workbooks.text(ws, n, 10, rs.getString(11));
        } else {
            Workbooks.number(ws, n, 6, value, decimals);
            if (target != null && own) { // the template writes own targets: one of every organization is not shown
                String cmp = rs.getString(12);
                Workbooks.text(ws, n, 7, Template.COMPARATORS.getOrDefault(cmp, cmp));
                Workbooks.number(ws, n, 8, target, decimals);
                Workbooks.number(ws, n, 9, rs.getBigDecimal(14), decimals);
                Workbooks.text(ws, n, 10, rs.getString(16));
                Workbooks.text(ws, n, 11, rs.getString(17));
            }
        }
        ws.value(
                n,
                r.kind().indexOf(Template.KEY),
                Template.key(r.kind(), r.municipality(), rs.getString(1), rs.getString(5), r.year()));
    }

    /** The drop-downs (qualifier, comparator) and the number checks of the fillable cells (0–100 for a percentage). */
    private static void validate(Template.Kind kind, Worksheet ws, int rows) {
        int unit = 2;
        for (String field : kind == Template.Kind.VALUES ? List.of("value") : List.of("value", "value_to")) {
            int col = kind.indexOf(field);
            String cell = column(col) + "2";
            String unitCell = column(unit) + "2";
            // fastexcel writes the formula into the sheet's XML unescaped: no «<» or «&» in it, or the file is broken
            ws.range(1, col, rows, col)
                    .validateWithFormula("AND(ISNUMBER(" + cell + "),OR(NOT(" + unitCell + "=\"%\"),AND(" + cell
                            + ">=0,NOT(" + cell + ">100))))")
                    .allowBlank(true)
                    .showErrorMessage(true)
                    .errorTitle("Не число")
                    .error("Введите число (для процентов — от 0 до 100), десятичная часть через запятую");
        }
        String field = kind == Template.Kind.VALUES ? "qualifier" : "comparator";
        int col = kind.indexOf(field);
        List<String> labels =
                List.copyOf((kind == Template.Kind.VALUES ? Template.QUALIFIERS : Template.COMPARATORS).values());
        ws.range(1, col, rows, col)
                .validateWithListByFormula("\"" + String.join(",", labels) + "\"")
                .allowBlank(true)
                .showDropdown(true)
                .showErrorMessage(true)
                .errorTitle("Выберите из списка")
                .error("Допустимо: " + String.join(", ", labels));
    }

    /** The letters of a column from 0 (A, B, ... Z, AA). */
    static String column(int index) {
        StringBuilder b = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            b.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return b.toString();
    }

    private static void instructions(Worksheet ws, Request r, int rows) {
        boolean values = r.kind() == Template.Kind.VALUES;
        Workbooks.describe(
                ws,
                List.of(
                        new String[] {values ? "Шаблон значений" : "Шаблон целей", r.described()},
                        new String[] {"Строк", String.valueOf(rows)},
                        new String[] {"Сформирован", Workbooks.now()},
                        new String[] {
                            "Как заполнить",
                            values
                                    ? "Впишите значения в столбец «Значение». Текущие значения уже внесены: исправьте"
                                            + " нужные. Пустая ячейка значения — «без изменений»: такая строка не"
                                            + " загружается. Признак выберите из списка (по умолчанию — точное)."
                                    : "Впишите цели в столбец «Цель» и выберите условие (=, ≥, ≤, между; для «между»"
                                            + " — и верхнюю границу). Пустая ячейка цели — «без изменений»."
                        },
                        new String[] {
                            "Загрузка",
                            "Загрузите файл как есть: «Загрузка файлов», тип «" + (values ? "значения" : "цели")
                                    + "» (POST /api/v1/imports?type=" + r.kind().code + "). Строки, в которых ничего"
                                    + " не изменилось, ничего не записывают; в отчёте — сколько изменено, без"
                                    + " изменений и не заполнено."
                        },
                        new String[] {
                            "Не меняйте",
                            "Скрытый столбец " + Template.KEY + " (ключ строки) и порядок столбцов заголовка:"
                                    + " по ним файл узнаётся как шаблон"
                        }));
    }
}
