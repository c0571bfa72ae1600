package ru.orientir.files;

/** The file as a whole cannot be read (empty, no header, wrong columns, not UTF-8, broken XLSX...). */
public class FileProblem extends Exception {

    private final long row;
    private final String column;

    public FileProblem(long row, String column, String message) {
        super(message);
        this.row = row;
        this.column = column;
    }

    public FileProblem(String message) {
        this(1, null, message);
    }

    public long row() {
        return row;
    }

    public String column() {
        return column;
    }
}
