package ru.orientir.files;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * CSV in UTF-8 (with or without BOM), Windows-1251 or UTF-16, as {@link TextEncoding} detects from the first
 * 64 KiB; separator ',' ';' or tab detected from the header line; quoted fields allowed. Decoding is strict: bytes
 * that are not of the detected encoding further on are reported, never read as garbage. Memory is bounded by the
 * prefix and the limits of one record, whatever the file's size.
 */
public class CsvSource implements RowSource {

    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private final List<String> header;
    private final ReadLimits limits;
    private final String encoding;
    private final char separator;
    private long rows;

    public CsvSource(Path file) throws IOException, FileProblem {
        this(file, ReadLimits.defaults());
    }

    public CsvSource(Path file, ReadLimits limits) throws IOException, FileProblem {
        this.limits = limits;
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), TextEncoding.PREFIX);
        BufferedReader text;
        char separator;
        try {
            in.mark(TextEncoding.PREFIX + 1);
            byte[] head = in.readNBytes(TextEncoding.PREFIX);
            boolean whole = in.read() < 0;
            in.reset();
            TextEncoding.Detected encoding = TextEncoding.detect(head, head.length, whole);
            in.skipNBytes(encoding.bomBytes());
            this.encoding = encoding.name();
            text = new BufferedReader(
                    new InputStreamReader(
                            in,
                            encoding.charset()
                                    .newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPORT)
                                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
                    TextEncoding.PREFIX);
            separator = detectSeparator(text);
        } catch (FileProblem | IOException e) {
            in.close();
            if (e instanceof CharacterCodingException) {
                throw notInEncoding();
            }
            throw e;
        }
        this.separator = separator;
        int field = limits.maxCellChars();
        int record =
                (int) Math.min(Integer.MAX_VALUE / 4, (long) field * Math.max(16, Math.min(limits.maxColumns(), 64)));
        reader = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .maxBufferSize(Math.max(field, record) + 1024)
                .build(
                        de.siegmar.fastcsv.reader.CsvRecordHandler.of(b -> b.maxFields(limits.maxColumns())
                                .maxFieldSize(field)
                                .maxRecordSize(record)),
                        text);
        records = reader.iterator();
        CsvRecord first = read();
        if (first == null) {
            throw new FileProblem("Файл пуст: нет строки заголовка с именами столбцов");
        }
        header = new ArrayList<>();
        for (String name : first.getFields()) {
            header.add(Columns.normalize(name));
        }
        if (header.stream().allMatch(String::isEmpty)) {
            throw new FileProblem("Первая строка пуста: ожидается строка заголовка с именами столбцов");
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Row next() throws FileProblem {
        CsvRecord r = read();
        while (r != null && r.getFieldCount() == 1 && r.getField(0).isBlank()) {
            r = read();
        }
        if (r == null) {
            return null;
        }
        if (++rows > limits.maxRows()) {
            throw limits.tooManyRows(r.getStartingLineNumber());
        }
        Map<String, String> cells = new HashMap<>(header.size() * 2);
        int n = Math.min(header.size(), r.getFieldCount());
        for (int i = 0; i < n; i++) {
            cells.put(header.get(i), SpreadsheetText.restore(r.getField(i)));
        }
        String problem = r.getFieldCount() == header.size()
                ? null
                : "в строке " + r.getFieldCount() + " " + values(r.getFieldCount()) + ", а в заголовке "
                        + header.size() + " " + values(header.size())
                        + " (проверьте разделитель и кавычки)";
        return new Row(r.getStartingLineNumber(), cells, problem);
    }

    private CsvRecord read() throws FileProblem {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notInEncoding();
            }
            throw new FileProblem("Файл не удалось прочитать: " + e.getMessage());
        } catch (CsvParseException e) {
            throw parseProblem(e);
        }
    }

    /** fastcsv's reasons in Russian: the limits of {@link ReadLimits} or a broken quote. */
    private FileProblem parseProblem(CsvParseException e) {
        String m = String.valueOf(e.getMessage()) + " "
                + (e.getCause() == null ? "" : e.getCause().getMessage());
        long line = lineOf(m);
        if (m.contains("fields")) {
            return new FileProblem(
                    line,
                    null,
                    "В строке больше " + ReadLimits.n(limits.maxColumns())
                            + " полей (orientir.imports.max-columns): проверьте разделитель или удалите лишние столбцы");
        }
        if (m.contains("field") || m.contains("buffer") || m.contains("record") || m.contains("maximum")) {
            return new FileProblem(
                    line,
                    null,
                    "Поле CSV длиннее " + ReadLimits.n(limits.maxCellChars())
                            + " символов (orientir.imports.max-cell-chars) или строка слишком длинная: "
                            + "вероятно, не закрыта кавычка. Проверьте кавычки или сократите значение");
        }
        return new FileProblem(
                line,
                null,
                "Файл CSV повреждён около строки " + line
                        + ": незакрытая кавычка или лишние символы после закрывающей кавычки");
    }

    private static long lineOf(String message) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("line (\\d{1,18})").matcher(message);
        return m.find() ? Math.max(1, Long.parseLong(m.group(1))) : 1;
    }

    private static String values(int n) {
        int mod10 = n % 10;
        int mod100 = n % 100;
        if (mod10 == 1 && mod100 != 11) {
            return "значение";
        }
        return mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "значения" : "значений";
    }

    /**
     * The separator of the header line: the most frequent of ',' ';' and tab outside quotes (',' when none or a
     * tie with it): Russian Excel saves ';', «Текст Юникод» tab. Reads at most the prefix, then rewinds.
     */
    static char detectSeparator(BufferedReader in) throws IOException {
        in.mark(TextEncoding.PREFIX);
        char[] head = new char[TextEncoding.PREFIX];
        int length = 0;
        for (int n; length < head.length && (n = in.read(head, length, head.length - length)) > 0; ) {
            length += n;
        }
        in.reset();
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < length; i++) {
            char c = head[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    @Override
    public Dialect dialect() {
        return new Dialect(encoding, separator == '\t' ? "tab" : String.valueOf(separator));
    }

    private FileProblem notInEncoding() {
        return notInEncoding(encoding);
    }

    private static FileProblem notInEncoding(String encoding) {
        return new FileProblem("Файл не является текстом в кодировке " + encoding + " (определена по началу файла): "
                + "дальше в нём байты другой кодировки или двоичные данные. Сохраните таблицу как «CSV UTF-8» "
                + "или загрузите XLSX");
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
