package ru.orientir.files;

import ru.orientir.common.Numbers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/** The first sheet of an XLSX workbook, header in its first non-empty row, streamed row by row. */
public class XlsxSource implements RowSource {

    private final ReadableWorkbook workbook;
    private final Stream<org.dhatim.fastexcel.reader.Row> stream;
    private final Iterator<org.dhatim.fastexcel.reader.Row> rows;
    private final List<String> header = new ArrayList<>();

    public XlsxSource(Path file) throws FileProblem {
        try {
            workbook = new ReadableWorkbook(file.toFile());
            stream = workbook.getFirstSheet().openStream();
        } catch (IOException | RuntimeException e) {
            throw broken();
        }
        rows = stream.iterator();
        org.dhatim.fastexcel.reader.Row first = nextNonEmpty();
        if (first == null) {
            throw new FileProblem("Первый лист книги пуст: нет строки заголовка с именами столбцов");
        }
        for (int i = 0; i < first.getCellCount(); i++) {
            header.add(Columns.normalize(text(first.getCell(i))));
        }
        while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1);
        }
    }

    private static FileProblem broken() {
        return new FileProblem("Файл XLSX повреждён или обрезан: откройте его в Excel и сохраните заново");
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Row next() throws FileProblem {
        org.dhatim.fastexcel.reader.Row r = nextNonEmpty();
        if (r == null) {
            return null;
        }
        Map<String, String> cells = new HashMap<>(header.size() * 2);
        String problem = null;
        for (int i = 0; i < r.getCellCount(); i++) {
            String v = text(r.getCell(i));
            if (i < header.size()) {
                cells.put(header.get(i), v);
            } else if (v != null && !v.isBlank()) {
                problem = "значение в столбце без заголовка (столбец " + (i + 1) + ")";
            }
        }
        return new Row(r.getRowNum(), cells, problem);
    }

    private org.dhatim.fastexcel.reader.Row nextNonEmpty() throws FileProblem {
        try {
            while (rows.hasNext()) {
                org.dhatim.fastexcel.reader.Row r = rows.next();
                for (int i = 0; i < r.getCellCount(); i++) {
                    String v = text(r.getCell(i));
                    if (v != null && !v.isBlank()) {
                        return r;
                    }
                }
            }
            return null;
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw broken();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException || e.getCause() instanceof javax.xml.stream.XMLStreamException) {
                throw broken();
            }
            throw e;
        }
    }

    /** Numbers as their exact stored text (no locale formatting), everything else as shown. */
    private static String text(Cell c) {
        if (c == null || c.getType() == CellType.EMPTY) {
            return null;
        }
        if (c.getType() == CellType.NUMBER) {
            return number(c.getRawValue());
        }
        if (c.getType() == CellType.ERROR) {
            return "#ERROR " + c.getRawValue();
        }
        return c.getText();
    }

    /** Excel keeps binary doubles: 25.100000000000001 is shown (and meant) as 25.1. */
    static String number(String raw) {
        if (raw == null || raw.length() <= 15 && raw.indexOf('E') < 0 && raw.indexOf('e') < 0) {
            return raw;
        }
        try {
            return java.math.BigDecimal.valueOf(Double.parseDouble(raw)).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }
}
