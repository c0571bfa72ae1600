package ru.orientir.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The formats an upload may come in, told by the content type, the file name or the first bytes. */
public enum FileFormat {
    CSV,
    JSON,
    XLSX;

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static FileFormat detect(String contentType, String fileName, Path file) throws IOException {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        if (type.startsWith(XLSX_TYPE) || name.endsWith(".xlsx") || zip) {
            return XLSX;
        }
        if (type.contains("json") || name.endsWith(".json")) {
            return JSON;
        }
        if (type.contains("csv") || type.startsWith("text/") || name.endsWith(".csv")) {
            return CSV;
        }
        int i = 0;
        while (i < head.length && (Character.isWhitespace(head[i]) || (head[i] & 0xFF) >= 0xBB)) {
            i++;
        }
        return i < head.length && head[i] == '[' ? JSON : CSV;
    }

    public RowSource open(Path file, ReadLimits limits) throws IOException, FileProblem {
        return switch (this) {
            case CSV -> new CsvSource(file, limits);
            case JSON -> new JsonSource(file, limits);
            case XLSX -> new XlsxSource(file, limits);
        };
    }
}
