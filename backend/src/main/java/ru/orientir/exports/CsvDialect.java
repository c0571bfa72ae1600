package ru.orientir.exports;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.orientir.files.Columns;

/**
 * How an export's CSV is written. {@code contract}: the import format of CONTRACT.md (UTF-8 with BOM, «,», decimal
 * point, the contract's column names). {@code excel-ru}: what Russian Excel opens as a table: «;», decimal comma,
 * the Russian column names of {@link Columns}, in Windows-1251 (UTF-8 with BOM when a character has no place in
 * Windows-1251). Both re-import unchanged: the import detects the encoding and separator and reads the aliases.
 */
enum CsvDialect {
    CONTRACT,
    EXCEL_RU;

    static final List<String> CODES = List.of("contract", "excel-ru");

    /** The columns whose values are numbers (written with a decimal comma in excel-ru). */
    private static final Set<String> NUMBERS = Set.of("value", "value_to", "numerator", "denominator");

    static CsvDialect of(String code) {
        return "excel-ru".equals(code) ? EXCEL_RU : CONTRACT;
    }

    char separator() {
        return this == EXCEL_RU ? ';' : ',';
    }

    /** The header of a column of an export of {@code kind}. */
    String header(ExportService.Kind kind, String column) {
        return this == EXCEL_RU ? Columns.russian(column, kind.name().toLowerCase(Locale.ROOT)) : column;
    }

    /** A cell as this dialect writes it: numbers with a decimal comma in excel-ru. */
    String cell(String column, String value) {
        return this == EXCEL_RU && NUMBERS.contains(column) ? value.replace('.', ',') : value;
    }
}
