package ru.orientir.files;

/**
 * What one uploaded file may contain, whatever its format, so that reading it takes bounded memory:
 * the readers check each limit while they read and report the first one passed as a {@link FileProblem}.
 *
 * @param maxUnpackedBytes XLSX: the bytes all parts of the workbook may unpack to (a zip bomb stops here)
 * @param maxRows data rows (or JSON records) of one file
 * @param maxColumns columns of a table (the last column a cell may be in) and fields of a JSON record
 * @param maxCellChars characters of one cell or field (Excel's own limit is 32,767)
 * @param maxHeaderChars characters of a column name in the header
 * @param maxSharedStrings XLSX: entries of the shared-strings table
 * @param maxSharedStringChars XLSX: characters of all shared strings together
 */
public record ReadLimits(
        long maxUnpackedBytes,
        long maxRows,
        int maxColumns,
        int maxCellChars,
        int maxHeaderChars,
        int maxSharedStrings,
        long maxSharedStringChars) {

    /** The defaults of application.properties (orientir.imports.*). */
    public static ReadLimits defaults() {
        return new ReadLimits(512L << 20, 5_000_000, 200, 32_767, 100, 1_000_000, 32_000_000);
    }

    /** A message part such as «32 767» with thin grouping, as Russian text writes numbers. */
    static String n(long v) {
        return String.format(java.util.Locale.ROOT, "%,d", v).replace(',', ' ');
    }

    FileProblem tooManyRows(long row) {
        return new FileProblem(
                row,
                null,
                "В файле больше " + n(maxRows) + " строк данных (orientir.imports.max-rows): "
                        + "разделите его на части");
    }

    FileProblem cellTooLong(long row, String column) {
        return new FileProblem(
                row,
                column,
                "Значение " + (column == null ? "" : "в столбце " + column + " ") + "длиннее " + n(maxCellChars)
                        + " символов (orientir.imports.max-cell-chars): сократите его");
    }

    FileProblem tooManyColumns(long row, String column) {
        return new FileProblem(
                row,
                null,
                "Ячейка " + (column == null ? "" : "в столбце " + column + " ")
                        + "за пределами допустимых " + n(maxColumns) + " столбцов (orientir.imports.max-columns): "
                        + "удалите лишние столбцы");
    }
}
