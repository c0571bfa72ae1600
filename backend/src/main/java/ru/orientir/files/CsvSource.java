package ru.orientir.files;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * CSV in UTF-8 (with or without BOM), separator ',' or ';' detected from the header line,
 * quoted fields allowed. Decoding is strict: a file in Windows-1251 or a binary file is reported,
 * never read as garbage.
 */
public class CsvSource implements RowSource {

    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private final List<String> header;
    private final ReadLimits limits;
    private long rows;

    public CsvSource(Path file) throws IOException, FileProblem {
        this(file, ReadLimits.defaults());
    }

    public CsvSource(Path file, ReadLimits limits) throws IOException, FileProblem {
        this.limits = limits;
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            skipBom(in);
            refuseUtf16(in);
        } catch (FileProblem | IOException e) {
            in.close();
            throw e;
        }
        char separator = detectSeparator(in);
        InputStreamReader text = new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
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
                throw new FileProblem("Файл не является текстом в кодировке UTF-8 (не CSV, двоичный файл или другая "
                        + "кодировка). Сохраните таблицу как «CSV UTF-8» или загрузите XLSX");
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

    /** UTF-16 (with or without BOM) decodes as UTF-8 with a NUL before or after every Latin letter. */
    private static void refuseUtf16(BufferedInputStream in) throws IOException, FileProblem {
        in.mark(512);
        byte[] head = in.readNBytes(512);
        in.reset();
        boolean bom = head.length >= 2
                && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                        || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
        int nul = 0;
        for (byte b : head) {
            if (b == 0) {
                nul++;
            }
        }
        if (bom || nul > 0 && nul * 4 >= head.length) {
            throw new FileProblem("Файл в кодировке UTF-16 (или двоичный): сохраните таблицу как «CSV UTF-8» "
                    + "или загрузите XLSX");
        }
    }

    private static String values(int n) {
        int mod10 = n % 10;
        int mod100 = n % 100;
        if (mod10 == 1 && mod100 != 11) {
            return "значение";
        }
        return mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "значения" : "значений";
    }

    private static void skipBom(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] b = in.readNBytes(3);
        if (!(b.length == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }

    /** ';' when the header line has more semicolons than commas outside quotes (Excel in the Russian locale), else ','. */
    static char detectSeparator(InputStream in) throws IOException {
        in.mark(1 << 16);
        byte[] head = in.readNBytes(1 << 16);
        in.reset();
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (byte b : head) {
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            } else if (!quoted && b == ',') {
                commas++;
            } else if (!quoted && b == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
