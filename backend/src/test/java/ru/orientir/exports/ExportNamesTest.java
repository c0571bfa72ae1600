package ru.orientir.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExportNamesTest {

    @Test
    void valuesOfAMunicipalityAndYear() {
        ExportNames n = ExportNames.of(ExportNames.VALUES, "kaluga", 2020, "csv");
        assertEquals("orientir-znacheniya-kaluga-2020.csv", n.ascii());
        assertEquals("ориентир-значения-kaluga-2020.csv", n.cyrillic());
    }

    @Test
    void aCyrillicNameIsTransliteratedAndPunctuationFolded() {
        ExportNames n = ExportNames.of(ExportNames.TARGETS_TEMPLATE, "Город «Калуга»", null, "xlsx");
        assertEquals("orientir-shablon-tseley-gorod-kaluga.xlsx", n.ascii());
        assertEquals("ориентир-шаблон-целей-город-калуга.xlsx", n.cyrillic());
    }

    @Test
    void noMunicipalityNoYear() {
        assertEquals(
                "orientir-plan-fakt.xlsx",
                ExportNames.of(ExportNames.ATTAINMENT, null, null, "xlsx").ascii());
    }

    @Test
    void contentDispositionCarriesBothNames() {
        // «ц» is D1 86, «е» D0 B5, «л» D0 BB, «и» D0 B8 in UTF-8
        assertEquals(
                "attachment; filename=\"orientir-tseli-2021.csv\"; filename*=UTF-8''"
                        + "%D0%BE%D1%80%D0%B8%D0%B5%D0%BD%D1%82%D0%B8%D1%80-%D1%86%D0%B5%D0%BB%D0%B8-2021.csv",
                ExportNames.of(ExportNames.TARGETS, null, 2021, "csv").contentDisposition());
    }
}
