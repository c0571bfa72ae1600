package ru.orientir.exports;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.orientir.exports.TemplateApiTest.CSV;
import static ru.orientir.exports.TemplateApiTest.XLSX;
import static ru.orientir.exports.TemplateApiTest.number;
import static ru.orientir.exports.TemplateApiTest.part;
import static ru.orientir.exports.TemplateApiTest.rows;
import static ru.orientir.exports.TemplateApiTest.text;
import static ru.orientir.exports.TemplateApiTest.texts;
import static ru.orientir.exports.TemplateApiTest.upload;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Fixtures;

/**
 * The XLSX exports are workbooks for people (names, units, targets, statuses, a sheet of the filters) that still
 * re-import unchanged: the contract's columns keep their names and the people's columns are read past.
 */
@QuarkusTest
class PeopleExportTest {

    private static volatile boolean loaded;

    @BeforeEach
    void setUp() {
        Fixtures.territory();
        if (loaded) {
            return;
        }
        upload(
                        "admin",
                        "indicators",
                        CSV,
                        """
                code,name_ru,unit,polarity,decimals,area
                pex-pct,Доля для людей,percent,higher,1,Результаты обучения
                pex-low,Число пропусков,count,lower,0,Здоровье
                """)
                .statusCode(201)
                .body("status", is("succeeded"));
        upload(
                        "admin",
                        "values",
                        CSV,
                        """
                municipality,indicator,year,value,organization,qualifier
                kaluga,pex-pct,2024,33.3,,approx
                kaluga,pex-pct,2024,50,school-1,
                kaluga,pex-low,2024,12,,
                """)
                .statusCode(201)
                .body("status", is("succeeded"));
        upload(
                        "admin",
                        "targets",
                        CSV,
                        """
                municipality,indicator,year,value,comparator,value_to
                kaluga,pex-pct,2024,30,between,40
                kaluga,pex-low,2024,10,<=,
                """)
                .statusCode(201)
                .body("status", is("succeeded"));
        loaded = true;
    }

    @Test
    void valuesWorkbookIsForPeopleAndReimportsUnchanged() throws IOException {
        String csvBefore = csv("values");
        byte[] xlsx = as("kaluga-editor")
                .get("/api/v1/values/export?format=xlsx&municipality=kaluga&year=2024")
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .extract()
                .asByteArray();
        List<List<Cell>> rows = rows(xlsx, 0);
        List<String> header = texts(rows.get(0));
        assertEquals(
                List.of("municipality", "indicator", "year", "year_label", "value", "organization", "period"),
                header.subList(0, 7),
                "the contract's columns keep their names");
        assertEquals("Показатель: наименование", header.get(14));
        assertEquals("Цель на год", header.get(17));
        assertEquals("Статус достижения", header.get(19));
        List<Cell> pct = find(rows, "pex-pct", null, 5);
        assertEquals(0, new BigDecimal("33.3").compareTo(number(pct, 4)));
        assertEquals("Доля для людей", text(pct, 14));
        assertEquals("%", text(pct, 15));
        assertEquals("Результаты обучения", text(pct, 16));
        assertEquals("30–40", text(pct, 17));
        assertEquals("достигнуто", text(pct, 19));
        List<Cell> low = find(rows, "pex-low", null, 5);
        assertEquals("≤ 10", text(low, 17));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(number(low, 18)), "12 − 10");
        assertEquals("не достигнуто", text(low, 19), "a lower-is-better target of ≤ 10 is missed by 12");
        assertEquals("нет цели", text(find(rows, "pex-pct", "school-1", 5), 19));
        String sheet = part(xlsx, "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<autoFilter"), "autofilter");
        assertTrue(sheet.contains("<pane"), "frozen header");
        List<List<Cell>> about = rows(xlsx, 2); // after «Значения» and «Рассчитано»
        assertTrue(
                about.stream()
                        .anyMatch(
                                r -> "Фильтры".equals(text(r, 0)) && text(r, 1).contains("муниципалитет: kaluga")),
                "the sheet of the filters");
        assertTrue(about.stream().anyMatch(r -> "Выгружено".equals(text(r, 0))));

        upload("kaluga-editor", "values", XLSX, xlsx)
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsChanged", is(0))
                .body("rowsUnchanged", is(rows.size() - 1));
        assertEquals(csvBefore, csv("values"), "the workbook re-imports unchanged");
    }

    @Test
    void targetsWorkbookShowsTheFactAndReimportsUnchanged() throws IOException {
        String csvBefore = csv("targets");
        byte[] xlsx = as("kaluga-editor")
                .get("/api/v1/targets/export?format=xlsx&municipality=kaluga&year=2024")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<List<Cell>> rows = rows(xlsx, 0);
        List<String> header = texts(rows.get(0));
        assertEquals("comparator", header.get(5));
        assertEquals("Факт за год", header.get(15));
        List<Cell> low = find(rows, "pex-low", null, 8);
        assertEquals("le", text(low, 5));
        assertEquals(0, BigDecimal.valueOf(12).compareTo(number(low, 15)));
        assertEquals("не достигнуто", text(low, 17));
        upload("kaluga-editor", "targets", XLSX, xlsx)
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsChanged", is(0));
        assertEquals(csvBefore, csv("targets"));
    }

    private static String csv(String what) {
        return as("kaluga-editor")
                .get("/api/v1/" + what + "/export?municipality=kaluga&year=2024")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static List<Cell> find(List<List<Cell>> rows, String indicator, String organization, int column) {
        return rows.stream()
                .filter(r -> indicator.equals(text(r, 1)))
                .filter(r -> java.util.Objects.equals(organization, text(r, column)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + indicator + " " + organization));
    }
}
