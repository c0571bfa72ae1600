package ru.orientir.files;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Rows of an uploaded file, read one at a time so that memory does not grow with the file. */
public interface RowSource extends Closeable {

    /** The normalized column names of the header, or null when every record names its own fields (JSON). */
    List<String> header();

    /** The next non-empty row, or null at the end of the file. */
    Row next() throws FileProblem, IOException;

    /** How a row is called in messages: «строка» for tables, «запись» for JSON elements. */
    default String rowWord() {
        return "строка";
    }

    /** The encoding and the separator a text file was read with (reported in the import job), or null. */
    default Dialect dialect() {
        return null;
    }

    /** A CSV file's encoding («UTF-8», «UTF-8 (BOM)», «Windows-1251», «UTF-16LE (BOM)»…) and separator (, ; or tab). */
    record Dialect(String encoding, String separator) {}
}
