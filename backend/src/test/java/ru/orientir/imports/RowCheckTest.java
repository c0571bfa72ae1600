package ru.orientir.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.orientir.catalogue.Band;
import ru.orientir.common.Checks;
import ru.orientir.files.Row;

/** Reading the cells of one row and reporting problems with line and column, without a database. */
class RowCheckTest {

    private final ErrorSink sink = new ErrorSink(100);

    private RowCheck row(String... columnsAndValues) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            cells.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return new RowCheck(new Row(7, cells, null), sink, "строка");
    }

    @Test
    void aCellThatIsNotANumberIsReportedWithLineColumnAndTheTextTyped() {
        RowCheck rc = row("value", " около 25000 ");
        assertNull(rc.decimal("value"));
        assertFalse(rc.ok());
        ErrorSink.RowError e = sink.kept().get(0);
        assertEquals(7, e.row());
        assertEquals("value", e.column());
        assertEquals("около 25000", e.value());
        assertEquals("invalid_format", e.code());
        assertEquals("строка 7, столбец value: «около 25000» — не число", e.message());
    }

    @Test
    void emptyCellsAreNullAndNoError() {
        RowCheck rc = row("value", "  ", "year", "");
        assertNull(rc.decimal("value"));
        assertNull(rc.year("year"));
        assertNull(rc.integer("decimals"));
        assertNull(rc.list("categories"));
        assertNull(rc.bands("bands"));
        assertNull(rc.text("missing"));
        assertTrue(rc.ok());
    }

    @ParameterizedTest(name = "year «{0}» -> {1}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2024, 2024",
                "2024.0, 2024",
                "1800, 1800",
                "0, 0",
                "-2024, -2024",
                "2024.5, -",
                "двадцать, -",
                "99999999999, -"
            })
    void aYearIsAWholeNumberItsRangeIsARule(String typed, Integer expected) {
        RowCheck rc = row("year", typed);
        assertEquals(expected, rc.year("year"));
        assertEquals(expected != null, rc.ok());
    }

    @ParameterizedTest(name = "school year «{0}» -> {1}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2019/20, 2019",
                "2019/2020, 2019",
                "2019-2020, 2019",
                "2018-2019 учебный год, 2018",
                "1999/00, 1999",
            })
    void aSchoolYearIsReadAsItsStartingYear(String typed, Integer expected) {
        RowCheck rc = row("year", typed);
        assertEquals(expected, rc.year("year"));
        assertTrue(rc.ok());
    }

    @Test
    void aSpanWhoseYearsDoNotFollowIsAnErrorOnTheYear() {
        RowCheck rc = row("year", "2019/21");
        assertNull(rc.year("year"));
        assertFalse(rc.ok());
        ErrorSink.RowError e = sink.kept().get(0);
        assertEquals("year", e.column());
        assertEquals("school_year_not_consecutive", e.code());
        assertEquals(
                "строка 7, столбец year: «2019/21» — не учебный год: годы должны идти подряд, например 2019/20, "
                        + "2019/2020 или «2019-2020 учебный год»",
                e.message());
    }

    @Test
    void integersAndKeywords() {
        RowCheck rc = row("decimals", "2", "unit", "Percent", "bad", "1.5");
        assertEquals(2, rc.integer("decimals"));
        assertEquals("percent", rc.keyword("unit"));
        assertNull(rc.integer("bad"));
        assertEquals(
                "строка 7, столбец bad: «1.5» — не целое число",
                sink.kept().get(0).message());
    }

    @Test
    void listsAreSplitOnBars() {
        assertEquals(
                List.of("математика", "русский язык", ""),
                row("c", " математика | русский язык|").list("c"));
    }

    @Test
    void bandsReadFromTheirText() {
        RowCheck rc = row("bands", "..0,8: очень плохо: 0 | 0.8..1: плохо | 1..: хорошо: 2,5");
        assertEquals(
                List.of(
                        new Band(null, new BigDecimal("0.8"), "очень плохо", BigDecimal.ZERO),
                        new Band(new BigDecimal("0.8"), BigDecimal.ONE, "плохо", null),
                        new Band(BigDecimal.ONE, null, "хорошо", new BigDecimal("2.5"))),
                rc.bands("bands"));
        assertTrue(rc.ok());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"0,8-1: плохо", "a..1: плохо", "0..1", "0..1: x: много", "0..1: a: 1: 2"})
    void anUnreadableBandIsAFormatError(String typed) {
        RowCheck rc = row("bands", typed);
        assertNull(rc.bands("bands"));
        assertEquals("invalid_format", sink.kept().get(0).code());
        assertTrue(
                sink.kept()
                        .get(0)
                        .message()
                        .startsWith("строка 7, столбец bands: «" + typed + "» — полоса 1 не читается"),
                sink.kept().get(0).message());
    }

    @Test
    void aBandWithoutALabelIsLeftToTheRules() {
        assertEquals(
                List.of(new Band(BigDecimal.ZERO, BigDecimal.ONE, null, null)),
                row("bands", "0..1:").bands("bands"));
    }

    @Test
    void validatorErrorsAreReportedAgainstTheirColumnsWithTheirCodes() {
        RowCheck rc = row("name_ru", "", "bands", "1..0: x", "scale_max", "5");
        Checks c = new Checks();
        c.required("nameRu", null);
        c.add("bands[0].to", "band_inverted", "Полоса шкалы 1: верхняя граница 0 должна быть больше нижней 1");
        c.add("scaleMax", "scale_inverted", "Верхняя граница шкалы (5) должна быть больше нижней (5)");
        c.add("categories[1]", "duplicate", "Категория «a» указана дважды");
        rc.absorb(c);
        assertFalse(rc.ok());
        List<ErrorSink.RowError> errors = sink.kept();
        assertEquals(
                List.of("name_ru", "bands", "scale_max", "categories"),
                errors.stream().map(ErrorSink.RowError::column).toList());
        assertEquals(
                List.of("required", "band_inverted", "scale_inverted", "duplicate"),
                errors.stream().map(ErrorSink.RowError::code).toList());
        assertEquals(
                "строка 7, столбец bands: Полоса шкалы 1: верхняя граница 0 должна быть больше нижней 1",
                errors.get(1).message());
        assertEquals("1..0: x", errors.get(1).value());
        assertNull(errors.get(0).value());
    }

    @Test
    void aCellThatCouldNotBeReadIsNotBlamedTwice() {
        RowCheck rc = row("value", "много");
        rc.decimal("value");
        Checks c = new Checks();
        c.required("value", null);
        c.required("year", null);
        rc.absorb(c);
        assertEquals(
                List.of("value", "year"),
                sink.kept().stream().map(ErrorSink.RowError::column).toList());
        assertEquals(
                List.of("invalid_format", "required"),
                sink.kept().stream().map(ErrorSink.RowError::code).toList());
        assertEquals(2, sink.total());
        assertEquals(1, sink.rejectedRows());
    }

    @Test
    void aMalformedRowIsOneErrorOfTheWholeRow() {
        RowCheck rc = new RowCheck(new Row(3, Map.of(), "3 значения, а в заголовке 4"), sink, "строка");
        assertFalse(rc.ok());
        assertNull(sink.kept().get(0).column());
        assertEquals("строка 3: 3 значения, а в заголовке 4", sink.kept().get(0).message());
    }

    @ParameterizedTest
    @CsvSource({
        "nameRu, name_ru",
        "valueTo, value_to",
        "bands[2].to, bands",
        "categories[0], categories",
        "value, value",
        "scaleMin, scale_min"
    })
    void fieldsMapToColumns(String field, String column) {
        assertEquals(column, RowCheck.column(field));
    }
}
