import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the hostile files of backend/bench/hostile-files.sh (run with the JDK's source launcher, no
 * dependencies; not part of the build or the tests):
 *   java HostileGen.java DIR
 * Each file is small on disk and hostile once read: a 64 MB cell, a cell in column AAAAAA, 2 million shared
 * strings, a sheet that unpacks to 1 GB, a 17 MB CSV field, a CSV line of a million fields, JSON nested
 * 100,000 deep, a JSON string of 30 MB.
 */
public class HostileGen {

    interface Body {
        void write(Writer w) throws IOException;
    }

    static final String HEADER = "<row r=\"1\">" + cell("A1", "municipality") + cell("B1", "indicator") + cell("C1", "year")
            + cell("D1", "value") + cell("E1", "comment") + "</row>";

    static String cell(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        xlsx(dir.resolve("huge-cell.xlsx"), w -> {
            w.write(HEADER + "<row r=\"2\"><c r=\"E2\" t=\"inlineStr\"><is><t>");
            repeat(w, 'x', 64L << 20);
            w.write("</t></is></c></row>");
        }, null);
        xlsx(dir.resolve("far-column.xlsx"), w -> w.write(HEADER + "<row r=\"2\">" + cell("AAAAAA2", "1") + "</row>"), null);
        xlsx(dir.resolve("shared-strings.xlsx"), w -> w.write(HEADER + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1999999</v></c></row>"),
                w -> {
                    for (int i = 0; i < 2_000_000; i++) {
                        w.write("<si><t>строка общей таблицы " + i + "</t></si>");
                    }
                });
        xlsx(dir.resolve("zip-bomb.xlsx"), w -> {
            w.write(HEADER);
            repeat(w, ' ', 1L << 30);
        }, null);
        try (Writer w = writer(dir.resolve("huge-field.csv"))) {
            w.write("municipality,indicator,year,value,comment\nkaluga,x,2024,1,\"");
            repeat(w, 'x', 17L << 20);
            w.write("\"\n");
        }
        try (Writer w = writer(dir.resolve("million-fields.csv"))) {
            w.write("municipality,indicator,year,value\n");
            repeat(w, ',', 1_000_000);
            w.write("\n");
        }
        try (Writer w = writer(dir.resolve("deep.json"))) {
            w.write("[{\"comment\": ");
            repeat(w, '[', 100_000);
            repeat(w, ']', 100_000);
            w.write("}]");
        }
        try (Writer w = writer(dir.resolve("huge-string.json"))) {
            w.write("[{\"municipality\": \"kaluga\", \"comment\": \"");
            repeat(w, 'x', 30L << 20);
            w.write("\"}]");
        }
    }

    static Writer writer(Path file) throws IOException {
        return new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8);
    }

    static void repeat(Writer w, char c, long n) throws IOException {
        char[] block = new char[1 << 16];
        Arrays.fill(block, c);
        for (long left = n; left > 0; left -= block.length) {
            w.write(block, 0, (int) Math.min(block.length, left));
        }
    }

    static void xlsx(Path file, Body sheet, Body sst) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.setLevel(9);
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            sheet.write(w);
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            if (sst != null) {
                sst.write(w);
            }
            w.write("</sst>");
            w.flush();
            zip.closeEntry();
        }
    }

    static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
