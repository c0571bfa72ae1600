package ru.orientir.plans;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What evidence files are allowed and whether a file's bytes are what its name says (magic numbers; text must be
 * UTF-8 or CP1251 without control characters). Returns null when the file is acceptable, the reason otherwise.
 */
public final class EvidenceFiles {

    /** Extension to the content type the file is stored and served with. */
    public static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("rtf", "application/rtf"),
            Map.entry("txt", "text/plain; charset=UTF-8"),
            Map.entry("csv", "text/csv; charset=UTF-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"));

    public static final String ALLOWED = "pdf, doc, docx, xls, xlsx, odt, ods, rtf, txt, csv, png, jpg, jpeg";

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] RTF = {'{', '\\', 'r', 't', 'f'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private EvidenceFiles() {}

    /** The extension of a file name, lower case, or "" when there is none. */
    public static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The name as stored: its last path segment without control characters, at most 200 characters. */
    public static String cleanName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (n.length() > 200) {
            String ext = extension(n);
            n = n.substring(0, 200 - ext.length() - 1) + "." + ext;
        }
        return n;
    }

    /** Null when the file's bytes match its extension, otherwise why not (in Russian). */
    public static String mismatch(String ext, Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        byte[] h = Arrays.copyOf(head, n);
        boolean ok =
                switch (ext) {
                    case "pdf" -> starts(h, PDF);
                    case "docx", "xlsx", "odt", "ods" -> starts(h, ZIP);
                    case "doc", "xls" -> starts(h, OLE);
                    case "rtf" -> starts(h, RTF);
                    case "png" -> starts(h, PNG);
                    case "jpg", "jpeg" -> starts(h, JPG);
                    case "txt", "csv" -> text(file);
                    default -> false;
                };
        return ok ? null : "Содержимое файла не соответствует расширению ." + ext + what(ext);
    }

    private static String what(String ext) {
        return switch (ext) {
            case "pdf" -> ": файл PDF начинается с «%PDF»";
            case "txt", "csv" -> ": ожидается текст в кодировке UTF-8 или Windows-1251";
            default -> "";
        };
    }

    private static boolean starts(byte[] h, byte[] magic) {
        if (h.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (h[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text: UTF-8, or else CP1251, with no control characters but tab, line breaks and form feed. */
    private static boolean text(Path file) throws IOException {
        return decodes(file, StandardCharsets.UTF_8.newDecoder())
                || decodes(
                        file, java.nio.charset.Charset.forName("windows-1251").newDecoder());
    }

    private static boolean decodes(Path file, CharsetDecoder decoder) throws IOException {
        decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (var ch = Files.newByteChannel(file)) {
            boolean eof = false;
            while (!eof) {
                eof = ch.read(in) < 0;
                in.flip();
                var r = decoder.decode(in, out, eof);
                if (r.isError()) {
                    return false;
                }
                if (!controlFree(out)) {
                    return false;
                }
                in.compact();
            }
            var r = decoder.flush(out);
            return !r.isError() && controlFree(out);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean controlFree(CharBuffer out) {
        out.flip();
        while (out.hasRemaining()) {
            char c = out.get();
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                out.clear();
                return false;
            }
        }
        out.clear();
        return true;
    }
}
