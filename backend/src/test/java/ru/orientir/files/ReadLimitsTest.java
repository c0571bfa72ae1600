package ru.orientir.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.orientir.files.HostileFiles.HEADER;
import static ru.orientir.files.HostileFiles.row;
import static ru.orientir.files.HostileFiles.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.orientir.common.Text;

/** The readers' limits, fast and without the stack: each hostile file ends in a clear Russian FileProblem. */
class ReadLimitsTest {

    static final ReadLimits SMALL = new ReadLimits(1 << 20, 5, 20, 1000, 100, 10, 5000);

    private static FileProblem readAll(RowSource s) throws Exception {
        try (s) {
            while (s.next() != null) {
                // read on
            }
        } catch (FileProblem p) {
            return p;
        }
        return null;
    }

    private static FileProblem xlsxProblem(Path file, ReadLimits limits) throws Exception {
        try {
            return readAll(new XlsxSource(file, limits));
        } catch (FileProblem p) {
            return p;
        }
    }

    private static Path csv(String text) throws IOException {
        return csv(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path csv(byte[] bytes) throws IOException {
        Path f = Files.createTempFile("limits-", ".csv");
        Files.write(f, bytes);
        return f;
    }

    @Test
    void xlsxCellInColumnAaaaaaIsRefusedWithoutPaddingTheRow() throws Exception {
        Path f = xlsx(
                w -> w.write(HEADER + "<row r=\"2\"><c r=\"AAAAAA2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"),
                null);
        FileProblem p = xlsxProblem(f, ReadLimits.defaults());
        assertTrue(p.getMessage().contains("за пределами допустимых 200 столбцов"), p.getMessage());
        assertEquals(2, p.row());
    }

    @Test
    void xlsxValueRightOfTheHeaderIsARowProblemNotAWideRow() throws Exception {
        Path f = xlsx(
                w -> w.write(HEADER + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>kaluga</t></is></c>"
                        + "<c r=\"GR2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"),
                null);
        try (XlsxSource s = new XlsxSource(f, ReadLimits.defaults())) {
            Row r = s.next();
            assertEquals("kaluga", r.get("municipality"));
            assertEquals(5, s.header().size());
            assertTrue(r.problem().contains("столбец GR"), r.problem());
        }
    }

    @Test
    void xlsxHugeCellIsRefusedWhileRead() throws Exception {
        String big = "x".repeat(40_000);
        Path f = xlsx(w -> w.write(HEADER + row(2, "kaluga", "i", "2024", "1", big)), null);
        FileProblem p = xlsxProblem(f, ReadLimits.defaults());
        assertTrue(p.getMessage().contains("длиннее 32 767 символов"), p.getMessage());
        assertEquals(2, p.row());
        assertEquals("E", p.column());
    }

    @Test
    void xlsxSharedStringsCountAndSizeAreLimited() throws Exception {
        Path many = xlsx(w -> w.write(HEADER), w -> {
            for (int i = 0; i < 11; i++) {
                w.write("<si><t>s" + i + "</t></si>");
            }
        });
        assertTrue(xlsxProblem(many, SMALL).getMessage().contains("больше 10 значений"));
        Path large = xlsx(w -> w.write(HEADER), w -> {
            for (int i = 0; i < 8; i++) {
                w.write("<si><t>" + "я".repeat(900) + "</t></si>");
            }
        });
        assertTrue(xlsxProblem(large, SMALL).getMessage().contains("длиннее 5 000 символов"));
    }

    @Test
    void xlsxSharedStringsRichTextAndEscapesAreRead() throws Exception {
        Path f = xlsx(
                w -> w.write(
                        HEADER + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"E2\" t=\"s\"><v>1</v></c></row>"),
                w -> w.write(
                        "<si><t>kaluga</t></si><si><r><t>по </t></r><r><t>данным</t></r><rPh><t>ポ</t></rPh></si>"));
        try (XlsxSource s = new XlsxSource(f, ReadLimits.defaults())) {
            Row r = s.next();
            assertEquals("kaluga", r.get("municipality"));
            assertEquals("по данным", r.get("comment"));
            assertNull(s.next());
        }
    }

    @Test
    void xlsxZipBombStopsAtTheUnpackedLimit() throws Exception {
        Path f = xlsx(
                w -> {
                    w.write(HEADER);
                    char[] spaces = new char[1 << 16];
                    java.util.Arrays.fill(spaces, ' ');
                    for (int i = 0; i < 40; i++) { // 2.5 MB of whitespace, a few KB zipped
                        w.write(spaces);
                    }
                },
                null);
        assertTrue(Files.size(f) < 100_000);
        FileProblem p = xlsxProblem(f, SMALL);
        assertTrue(p.getMessage().contains("распаковывается больше чем в 1 МБ"), p.getMessage());
    }

    @Test
    void xlsxHugeAttributeIsRefused() throws Exception {
        Path f = xlsx(
                w -> w.write(HEADER + "<row r=\"2\" x=\"" + "a".repeat(XlsxSource.MAX_MARKUP + 10) + "\"></row>"),
                null);
        FileProblem p = xlsxProblem(f, ReadLimits.defaults());
        assertTrue(p.getMessage().contains("элемент разметки длиннее"), p.getMessage());
    }

    @Test
    void xlsxEscapedControlCharacterIsDecodedForTheCheck() throws Exception {
        Path f = xlsx(w -> w.write(HEADER + row(2, "kal_x0000_uga", "a_x005F_x0041_b")), null);
        try (XlsxSource s = new XlsxSource(f, ReadLimits.defaults())) {
            Row r = s.next();
            assertEquals(3, Text.invalidAt(r.raw("municipality")));
            assertEquals("a_x0041_b", r.raw("indicator"));
        }
    }

    @Test
    void xlsxBrokenFileIsReportedNotThrown() throws Exception {
        Path f = csv("PK\u0003\u0004 not a zip");
        FileProblem p = xlsxProblem(f, ReadLimits.defaults());
        assertTrue(p.getMessage().contains("повреждён"), p.getMessage());
    }

    @Test
    void rowsAreLimitedInEveryFormat() throws Exception {
        StringBuilder c = new StringBuilder("municipality,indicator,year,value\n");
        StringBuilder j = new StringBuilder("[");
        for (int i = 0; i < 6; i++) {
            c.append("kaluga,i,2024,").append(i).append('\n');
            j.append(i == 0 ? "" : ",").append("{\"value\": ").append(i).append('}');
        }
        assertTrue(readAll(new CsvSource(csv(c.toString()), SMALL)).getMessage().contains("больше 5 строк"));
        assertTrue(readAll(new JsonSource(csv(j + "]"), SMALL)).getMessage().contains("больше 5 строк"));
        Path x = xlsx(
                w -> {
                    w.write(HEADER);
                    for (int i = 2; i < 9; i++) {
                        w.write(row(i, "kaluga"));
                    }
                },
                null);
        assertTrue(xlsxProblem(x, SMALL).getMessage().contains("больше 5 строк"));
    }

    @Test
    void csvFieldOverTheLimitIsReportedInRussian() throws Exception {
        Path f = csv("municipality,indicator,year,value,comment\nkaluga,i,2024,1,\"" + "x".repeat(40_000) + "\"\n");
        FileProblem p = readAll(new CsvSource(f, ReadLimits.defaults()));
        assertTrue(p.getMessage().startsWith("Поле CSV длиннее 32 767 символов"), p.getMessage());
        assertTrue(!p.getMessage().contains("exceeds") && !p.getMessage().contains("buffer"), p.getMessage());
    }

    @Test
    void csvWithTooManyFieldsIsReported() throws Exception {
        Path f = csv("municipality,indicator\n" + ",".repeat(50) + "\n");
        FileProblem p = readAll(new CsvSource(f, SMALL));
        assertTrue(p.getMessage().contains("больше 20 полей"), p.getMessage());
    }

    @Test
    void csvWithNulBytesIsRefusedAsBinary() throws Exception {
        // NULs that are not the pattern of UTF-16 text: a binary file
        byte[] binary = {'a', 0, 0, 0, 'b', 'c', 'd', 0, 'e', 'f', 'g', 'h'};
        FileProblem p = assertThrows(FileProblem.class, () -> new CsvSource(csv(binary), ReadLimits.defaults()));
        assertTrue(p.getMessage().contains("нулевые байты"), p.getMessage());
    }

    @Test
    void csvRestoresNeutralisedFormulaTextButNotNumbers() throws Exception {
        Path f = csv(
                "municipality,indicator,year,value,comment\nkaluga,i,2024,-5,'=HYPERLINK(\"x\")\nkaluga,i,2024,'-5,''=a\n");
        try (CsvSource s = new CsvSource(f, ReadLimits.defaults())) {
            Row r = s.next();
            assertEquals("-5", r.get("value"));
            assertEquals("=HYPERLINK(\"x\")", r.get("comment"));
            r = s.next();
            assertEquals("-5", r.get("value"));
            assertEquals("'=a", r.get("comment"));
        }
    }

    @Test
    void jsonDeepNestingLongStringsAndExtremeNumbers() throws Exception {
        Path deep = csv("[{\"comment\": " + "[".repeat(5000) + "]".repeat(5000) + "}]");
        FileProblem p = readAll(new JsonSource(deep, ReadLimits.defaults()));
        assertTrue(p.getMessage().contains("вложенность глубже 32"), p.getMessage());
        Path longString = csv("[{\"comment\": \"" + "x".repeat(40_000) + "\"}]");
        assertTrue(readAll(new JsonSource(longString, ReadLimits.defaults()))
                .getMessage()
                .contains("длиннее 32 767"));
        try (JsonSource s = new JsonSource(csv("[{\"value\": 1e309, \"year\": 2.5E3}]"), ReadLimits.defaults())) {
            Row r = s.next();
            assertEquals("1e309", r.get("value"));
            assertEquals("2500", r.get("year"));
        }
    }

    @Test
    void writtenWorkbooksReadAsBefore() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
        org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Значения");
        List<String> h = List.of("Municipality", "indicator", "year", "value");
        for (int i = 0; i < h.size(); i++) {
            ws.value(0, i, h.get(i));
        }
        ws.value(2, 0, "kemerovo");
        ws.value(2, 1, "=1+2");
        ws.value(2, 2, 2023);
        ws.value(2, 3, 25.100000000000001);
        wb.finish();
        Path f = csv(out.toByteArray());
        try (XlsxSource s = new XlsxSource(f, ReadLimits.defaults())) {
            assertEquals(List.of("municipality", "indicator", "year", "value"), s.header());
            Row r = s.next();
            assertEquals(3, r.number());
            assertEquals("kemerovo", r.get("municipality"));
            assertEquals("=1+2", r.get("indicator"));
            assertEquals("2023", r.get("year"));
            assertEquals("25.1", r.get("value"));
            assertNull(s.next());
        }
    }

    @Test
    void invalidCharactersAreFoundAndCleaned() {
        assertEquals(-1, Text.invalidAt("Калуга 😀\tok\n"));
        assertEquals(2, Text.invalidAt("ab\u0000c"));
        assertEquals(1, Text.invalidAt("a\uD800b"));
        assertEquals(0, Text.invalidAt("\uDC00"));
        assertEquals("a\uFFFDb", Text.clean("a\u0000b"));
        assertTrue(Text.describe("ab\u0000", 2).startsWith("недопустимый символ U+0000 в позиции 3"));
        assertEquals(500, Text.truncate("я".repeat(600), 500).length());
    }

    @Test
    void formulaCellsAreNeutralisedAndRestored() {
        for (String s : List.of("=HYPERLINK(\"http://x\")", "+1+2", "-A1", "@SUM(A1)", "\tx", "\rx", "'=x", "''+y")) {
            String n = SpreadsheetText.neutralise(s);
            assertTrue(n.startsWith("'"), s);
            assertEquals(s, SpreadsheetText.restore(n));
        }
        for (String s : List.of("-5", "+3.5", "-1,25", "-1e5", "Калуга", "", "'text", "a=b")) {
            assertEquals(s, SpreadsheetText.neutralise(s));
        }
    }
}
