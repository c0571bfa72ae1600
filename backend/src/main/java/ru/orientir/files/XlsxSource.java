package ru.orientir.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.orientir.common.Text;

/**
 * The first sheet of an XLSX workbook, header in its first non-empty row, streamed row by row with a
 * StAX reader over the zip. Memory is bounded whatever the file holds (see {@link ReadLimits}): every
 * part is read through one counter of unpacked bytes, a cell's text is refused past the cell limit while
 * it is read, a cell's column is only a number (no row is ever padded to it), the shared strings are
 * kept in compact blocks under their own limits, and no run of XML markup may exceed {@link #MAX_MARKUP}.
 */
public class XlsxSource implements RowSource {

    /** Bytes of one tag (element name and attributes) or comment: the XML parser keeps these whole. */
    static final int MAX_MARKUP = 1 << 20;
    /** Entries of the zip and bytes of its central directory (read whole by java.util.zip). */
    static final int MAX_PARTS = 10_000;

    static final long MAX_DIRECTORY = 4L << 20;
    private static final String MAIN = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private final ReadLimits limits;
    private final ZipFile zip;
    private final Counter unpacked;
    private final SharedStrings strings;
    private final XMLStreamReader sheet;
    private final List<String> header = new ArrayList<>();
    private long rowNumber;
    private long rows;

    public XlsxSource(Path file) throws IOException, FileProblem {
        this(file, ReadLimits.defaults());
    }

    public XlsxSource(Path file, ReadLimits limits) throws IOException, FileProblem {
        this.limits = limits;
        checkDirectory(file);
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw broken();
        }
        unpacked = new Counter(limits.maxUnpackedBytes());
        try {
            String workbook = "xl/workbook.xml";
            Map<String, String[]> rootRels = relationships("_rels/.rels", "");
            for (String[] rel : rootRels.values()) {
                if (rel[0].endsWith("/officeDocument")) {
                    workbook = rel[1];
                }
            }
            String base = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
            Map<String, String[]> rels =
                    relationships(base + "_rels/" + workbook.substring(base.length()) + ".rels", base);
            String first = firstSheetId(workbook);
            String[] sheetRel = first == null ? null : rels.get(first);
            String sheetPath = sheetRel != null
                    ? sheetRel[1]
                    : zip.getEntry(base + "worksheets/sheet1.xml") != null ? base + "worksheets/sheet1.xml" : null;
            if (sheetPath == null || zip.getEntry(sheetPath) == null) {
                throw new FileProblem("В книге XLSX нет листов: сохраните таблицу в Excel заново");
            }
            String sstPath = null;
            for (String[] rel : rels.values()) {
                if (rel[0].endsWith("/sharedStrings")) {
                    sstPath = rel[1];
                }
            }
            strings =
                    sstPath != null && zip.getEntry(sstPath) != null ? readSharedStrings(sstPath) : new SharedStrings();
            sheet = open(sheetPath);
            List<String> first0 = null;
            for (List<String> r = readRow(); r != null; r = readRow()) {
                if (!blank(r)) {
                    first0 = r;
                    break;
                }
            }
            if (first0 == null) {
                throw new FileProblem("Первый лист книги пуст: нет строки заголовка с именами столбцов");
            }
            for (String name : first0) {
                header.add(Columns.normalize(name));
            }
            while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
                header.remove(header.size() - 1);
            }
        } catch (FileProblem | RuntimeException e) {
            zip.close();
            throw e;
        } catch (XMLStreamException | IOException e) {
            zip.close();
            throw problem(e);
        }
    }

    private static FileProblem broken() {
        return new FileProblem("Файл XLSX повреждён или обрезан: откройте его в Excel и сохраните заново");
    }

    /** The problem behind a failed read: a limit passed inside a part, or a broken file. */
    private FileProblem problem(Exception e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 20; depth++) {
            if (t instanceof Exceeded x) {
                return x.problem.row() > 1 || rowNumber == 0
                        ? x.problem
                        : new FileProblem(rowNumber, null, x.problem.getMessage());
            }
            t = t instanceof XMLStreamException x && x.getNestedException() != null
                    ? x.getNestedException()
                    : t.getCause();
        }
        return new FileProblem(Math.max(rowNumber, 1), null, broken().getMessage());
    }

    /** Refuses a zip whose central directory (which java.util.zip reads into memory) is not small. */
    private static void checkDirectory(Path file) throws IOException, FileProblem {
        try (FileChannel ch = FileChannel.open(file)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 0xFFFF + 22);
            ByteBuffer buf = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            while (buf.hasRemaining() && ch.read(buf, size - tail + buf.position()) > 0) {
                // read the tail whole
            }
            for (int i = tail - 22; i >= 0; i--) {
                if (buf.getInt(i) == 0x06054b50) {
                    int entries = buf.getShort(i + 10) & 0xFFFF;
                    long directory = buf.getInt(i + 12) & 0xFFFFFFFFL;
                    if (entries > MAX_PARTS || directory > MAX_DIRECTORY) {
                        throw new FileProblem("В файле XLSX слишком много частей (" + entries
                                + "): это не таблица Excel. Сохраните таблицу в Excel заново");
                    }
                    return;
                }
            }
            throw broken();
        }
    }

    // ---- parts -----------------------------------------------------------------------

    private XMLStreamReader open(String part) throws IOException, XMLStreamException {
        ZipEntry e = zip.getEntry(part);
        if (e == null) {
            return null;
        }
        XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK's own: it splits long texts into 16K events
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        try {
            f.setProperty("jdk.xml.maxElementDepth", 64);
        } catch (IllegalArgumentException ignored) {
            // another StAX implementation: the markup guard still bounds what it keeps
        }
        return f.createXMLStreamReader(new Guard(zip.getInputStream(e), unpacked, limits), "UTF-8");
    }

    /** Relationship id → {type, target resolved against base}. */
    private Map<String, String[]> relationships(String part, String base) throws IOException, XMLStreamException {
        Map<String, String[]> out = new HashMap<>();
        XMLStreamReader x = open(part);
        if (x == null) {
            return out;
        }
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(x.getLocalName())) {
                    String target = x.getAttributeValue(null, "Target");
                    if (target == null || "External".equals(x.getAttributeValue(null, "TargetMode"))) {
                        continue;
                    }
                    target = target.startsWith("/") ? target.substring(1) : base + target;
                    out.put(
                            x.getAttributeValue(null, "Id"),
                            new String[] {String.valueOf(x.getAttributeValue(null, "Type")), target});
                }
            }
        } finally {
            x.close();
        }
        return out;
    }

    private String firstSheetId(String workbook) throws IOException, XMLStreamException {
        XMLStreamReader x = open(workbook);
        if (x == null) {
            return null;
        }
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(x.getLocalName())) {
                    for (int i = 0; i < x.getAttributeCount(); i++) {
                        String ns = x.getAttributeNamespace(i);
                        if ("id".equals(x.getAttributeLocalName(i)) && ns != null && ns.contains("relationships")) {
                            return x.getAttributeValue(i);
                        }
                    }
                    return null;
                }
            }
            return null;
        } finally {
            x.close();
        }
    }

    private SharedStrings readSharedStrings(String part) throws IOException, XMLStreamException, FileProblem {
        SharedStrings sst = new SharedStrings();
        XMLStreamReader x = open(part);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && "si".equals(x.getLocalName())) {
                    if (sst.count >= limits.maxSharedStrings()) {
                        throw new FileProblem(
                                "В таблице общих строк книги XLSX больше " + ReadLimits.n(limits.maxSharedStrings())
                                        + " значений (orientir.imports.max-shared-strings): разделите файл на части");
                    }
                    String s = decode(richText(x, 0, null));
                    if (sst.chars + s.length() > limits.maxSharedStringChars()) {
                        throw new FileProblem(
                                "Общие строки книги XLSX длиннее " + ReadLimits.n(limits.maxSharedStringChars())
                                        + " символов (orientir.imports.max-shared-string-chars): разделите файл на части");
                    }
                    sst.add(s);
                }
            }
        } finally {
            x.close();
        }
        return sst;
    }

    // ---- rows ------------------------------------------------------------------------

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Row next() throws FileProblem {
        try {
            List<String> r;
            do {
                r = readRow();
                if (r == null) {
                    return null;
                }
            } while (blank(r));
            if (++rows > limits.maxRows()) {
                throw limits.tooManyRows(rowNumber);
            }
            Map<String, String> cells = new HashMap<>(header.size() * 2);
            String problem = null;
            for (int i = 0; i < r.size(); i++) {
                String v = r.get(i);
                if (i < header.size()) {
                    cells.put(header.get(i), v);
                } else if (v != null && !v.isBlank()) {
                    problem = "значение в столбце без заголовка (столбец " + column(i) + ")";
                }
            }
            if (problem == null && lastColumn > r.size()) {
                problem = "значение в столбце без заголовка (столбец " + column(lastColumn - 1) + ")";
            }
            return new Row(rowNumber, cells, problem);
        } catch (XMLStreamException | IOException e) {
            throw problem(e);
        }
    }

    /** Beyond the kept cells: the 1-based column of the last non-blank cell outside the header, or 0. */
    private int lastColumn;

    /**
     * The next {@code <row>} of the sheet: its cells up to the header's width (or, for the header itself,
     * up to its last cell), null past the end. Cells further right are not kept: only whether one holds a
     * value ({@link #lastColumn}).
     */
    private List<String> readRow() throws XMLStreamException, FileProblem, IOException {
        while (sheet.hasNext()) {
            int e = sheet.next();
            if (e == XMLStreamConstants.START_ELEMENT && "row".equals(sheet.getLocalName())) {
                String r = sheet.getAttributeValue(null, "r");
                rowNumber = r == null ? rowNumber + 1 : parseRowNumber(r);
                return cells();
            }
        }
        return null;
    }

    private long parseRowNumber(String r) throws FileProblem {
        try {
            long n = Long.parseLong(r.strip());
            if (n >= 1 && n > rowNumber - 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FileProblem(
                Math.max(rowNumber, 1),
                null,
                "Файл XLSX повреждён: неверный номер строки «" + Text.truncate(r, 20)
                        + "». Откройте его в Excel и сохраните заново");
    }

    private List<String> cells() throws XMLStreamException, FileProblem {
        boolean isHeader = header.isEmpty();
        int width = isHeader ? limits.maxColumns() : header.size();
        List<String> out = new ArrayList<>(Math.min(width, 32));
        lastColumn = 0;
        int col = -1;
        int seen = 0;
        while (true) {
            int e = sheet.next();
            if (e == XMLStreamConstants.END_ELEMENT && "row".equals(sheet.getLocalName())) {
                return out;
            }
            if (e == XMLStreamConstants.END_DOCUMENT) {
                throw broken();
            }
            if (e != XMLStreamConstants.START_ELEMENT || !"c".equals(sheet.getLocalName())) {
                continue;
            }
            if (++seen > limits.maxColumns()) {
                throw limits.tooManyColumns(rowNumber, null);
            }
            String ref = sheet.getAttributeValue(null, "r");
            col = ref == null ? col + 1 : columnIndex(ref, col);
            String type = sheet.getAttributeValue(null, "t");
            String value = cell(type, col);
            if (col >= limits.maxColumns() && value != null && !value.isBlank()) {
                throw limits.tooManyColumns(rowNumber, column(col));
            }
            if (col < width) {
                while (out.size() < col) {
                    out.add(null);
                }
                if (out.size() == col) {
                    out.add(value);
                } else {
                    out.set(col, value);
                }
            } else if (value != null && !value.isBlank()) {
                lastColumn = col + 1;
            }
        }
    }

    /** The zero-based column of a reference such as «B7» (letters only; past maxColumns it is only a big number). */
    private int columnIndex(String ref, int previous) throws FileProblem {
        long c = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            char ch = Character.toUpperCase(ref.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            c = c * 26 + (ch - 'A' + 1);
            if (c > Integer.MAX_VALUE / 32) {
                throw limits.tooManyColumns(rowNumber, Text.truncate(ref, 12));
            }
            i++;
        }
        return i == 0 ? previous + 1 : (int) (c - 1);
    }

    /** A cell's value as text: numbers exactly as stored, shared and inline strings decoded. */
    private String cell(String type, int col) throws XMLStreamException, FileProblem {
        String v = null;
        String inline = null;
        int depth = 1;
        while (depth > 0) {
            int e = sheet.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                String name = sheet.getLocalName();
                if ("v".equals(name)) {
                    v = text(sheet, col);
                } else if ("is".equals(name)) {
                    inline = richText(sheet, rowNumber, column(col));
                } else {
                    skip(sheet);
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (e == XMLStreamConstants.END_DOCUMENT) {
                throw broken();
            }
        }
        if (type == null || type.equals("n")) {
            return number(v);
        }
        return switch (type) {
            case "s" -> v == null ? null : strings.get(v.strip(), rowNumber);
            case "inlineStr" -> inline == null ? null : decode(inline);
            case "str" -> v == null ? null : decode(v);
            case "e" -> v == null ? null : "#ERROR " + v;
            default -> v;
        };
    }

    /** The text of the current simple element ({@code <v>}), refused past the cell limit while read. */
    private String text(XMLStreamReader x, int col) throws XMLStreamException, FileProblem {
        StringBuilder b = new StringBuilder();
        while (true) {
            int e = x.next();
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
                append(b, x, rowNumber, column(col));
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                skip(x);
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                return b.toString();
            } else if (e == XMLStreamConstants.END_DOCUMENT) {
                throw broken();
            }
        }
    }

    /** The text of the {@code <t>} elements inside the current element ({@code <si>}, {@code <is>}), phonetic runs left out. */
    private String richText(XMLStreamReader x, long row, String column) throws XMLStreamException, FileProblem {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        int phonetic = 0;
        boolean inText = false;
        while (depth > 0) {
            int e = x.next();
            switch (e) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String name = x.getLocalName();
                    if ("rPh".equals(name)) {
                        phonetic++;
                    } else if ("t".equals(name) && phonetic == 0) {
                        inText = true;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    String name = x.getLocalName();
                    if ("rPh".equals(name)) {
                        phonetic--;
                    } else if ("t".equals(name)) {
                        inText = false;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText) {
                        append(b, x, row, column);
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw broken();
                default -> {}
            }
        }
        return b.toString();
    }

    private void append(StringBuilder b, XMLStreamReader x, long row, String column) throws FileProblem {
        if (b.length() + x.getTextLength() > limits.maxCellChars()) {
            throw limits.cellTooLong(Math.max(row, 1), column);
        }
        b.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
    }

    private static void skip(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (e == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
        }
    }

    private static boolean blank(List<String> r) {
        for (String v : r) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** «A», «Z», «AA»... for a zero-based column. */
    static String column(int index) {
        StringBuilder b = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }

    /** Excel writes control characters as {@code _xHHHH_} (and a literal «_x» as {@code _x005F_}). */
    static String decode(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 7 <= s.length()
                    && s.charAt(i) == '_'
                    && s.charAt(i + 1) == 'x'
                    && s.charAt(i + 6) == '_'
                    && hex(s, i + 2, i + 6)) {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                b.append(s.charAt(i++));
            }
        }
        return b.toString();
    }

    private static boolean hex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Excel keeps binary doubles: 25.100000000000001 is shown (and meant) as 25.1. */
    static String number(String raw) {
        if (raw == null || raw.length() <= 15 && raw.indexOf('E') < 0 && raw.indexOf('e') < 0) {
            return raw;
        }
        try {
            return java.math.BigDecimal.valueOf(Double.parseDouble(raw))
                    .stripTrailingZeros()
                    .toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            sheet.close();
        } catch (XMLStreamException e) {
            // the zip is closed below anyway
        }
        zip.close();
    }

    // ---- bounded storage and input ---------------------------------------------------

    /** The shared strings in blocks of about a million characters, each a compact String: no per-entry object. */
    private final class SharedStrings {
        private static final int BLOCK = 1 << 20;
        private final List<String> blocks = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int[] index = new int[1024]; // per entry: block, start, length
        int count;
        long chars;

        void add(String s) {
            if (current.length() + s.length() > BLOCK && current.length() > 0) {
                blocks.add(current.toString());
                current.setLength(0);
            }
            if (index.length < (count + 1) * 3) {
                index = java.util.Arrays.copyOf(index, index.length * 2);
            }
            index[count * 3] = blocks.size();
            index[count * 3 + 1] = current.length();
            index[count * 3 + 2] = s.length();
            current.append(s);
            count++;
            chars += s.length();
        }

        String get(String ref, long row) throws FileProblem {
            int i;
            try {
                i = Integer.parseInt(ref);
            } catch (NumberFormatException e) {
                i = -1;
            }
            if (i < 0 || i >= count) {
                throw new FileProblem(
                        row,
                        null,
                        "Файл XLSX повреждён: ссылка на несуществующую общую строку " + Text.truncate(ref, 20)
                                + ". Откройте его в Excel и сохраните заново");
            }
            int block = index[i * 3];
            int start = index[i * 3 + 1];
            CharSequence in = block < blocks.size() ? blocks.get(block) : current;
            return in.subSequence(start, start + index[i * 3 + 2]).toString();
        }
    }

    /** Counts unpacked bytes across all parts. */
    private static final class Counter {
        private final long max;
        private long total;

        Counter(long max) {
            this.max = max;
        }

        void add(long n) throws Exceeded {
            total += n;
            if (total > max) {
                throw new Exceeded(new FileProblem(
                        1,
                        null,
                        "Файл XLSX распаковывается больше чем в "
                                + ReadLimits.n(max / (1024 * 1024)) + " МБ (orientir.imports.max-unpacked-bytes): "
                                + "это не обычная таблица. Разделите её на части или сохраните как CSV"));
            }
        }
    }

    /** A limit passed while a part is read, carried through the XML parser. */
    private static final class Exceeded extends IOException {
        final FileProblem problem;

        Exceeded(FileProblem problem) {
            super(problem.getMessage());
            this.problem = problem;
        }
    }

    /** Counts the unpacked bytes and refuses a tag or comment longer than {@link #MAX_MARKUP}. */
    private static final class Guard extends FilterInputStream {
        private final Counter counter;
        private boolean markup;
        private byte quote;
        private int run;

        Guard(InputStream in, Counter counter, ReadLimits limits) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counter.add(n);
                for (int i = off; i < off + n; i++) {
                    byte c = b[i];
                    if (!markup) {
                        if (c == '<') {
                            markup = true;
                            run = 0;
                        }
                    } else if (quote != 0) {
                        if (c == quote) {
                            quote = 0;
                        }
                    } else if (c == '"' || c == '\'') {
                        quote = c;
                    } else if (c == '>') {
                        markup = false;
                    }
                    if (markup && ++run > MAX_MARKUP) {
                        throw new Exceeded(new FileProblem(
                                1,
                                null,
                                "Файл XLSX содержит элемент разметки длиннее " + ReadLimits.n(MAX_MARKUP)
                                        + " байт: это не обычная таблица. Сохраните её в Excel заново"));
                    }
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[(int) Math.min(n, 8192)];
            int r = read(buf, 0, buf.length);
            return Math.max(r, 0);
        }
    }
}
