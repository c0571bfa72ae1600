package ru.orientir.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of a text file, told from a bounded prefix of its bytes: UTF-8 with or without BOM, UTF-16 LE/BE
 * with BOM or without (by the pattern of NUL bytes), or Windows-1251. A file that is not valid UTF-8 is read as
 * Windows-1251 only when its bytes read as plausible Russian text there: every byte above 0x7F is a Cyrillic
 * letter or a typographic sign of Russian texts («», №, –, —, ё…), and Cyrillic letters are not mixed with Latin
 * ones inside words (which is what Latin-1 or another code page read as Windows-1251 looks like). Anything else is
 * a {@link FileProblem} naming what is wrong, never a guess.
 */
public final class TextEncoding {

    /** How many bytes the detection looks at. */
    public static final int PREFIX = 1 << 16;

    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /** What was detected: the charset to decode with, the BOM to skip and the name reported in the job. */
    public record Detected(Charset charset, int bomBytes, String name) {}

    private TextEncoding() {}

    /**
     * The encoding of a file whose first bytes are {@code head[0..length)}; {@code whole} when that is all the file
     * (then a multi-byte character may not be cut at the end).
     */
    public static Detected detect(byte[] head, int length, boolean whole) throws FileProblem {
        if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3, "UTF-8 (BOM)");
        }
        if (startsWith(head, length, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2, "UTF-16LE (BOM)");
        }
        if (startsWith(head, length, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2, "UTF-16BE (BOM)");
        }
        Detected utf16 = utf16WithoutBom(head, length);
        if (utf16 != null) {
            return utf16;
        }
        int nul = 0;
        for (int i = 0; i < length; i++) {
            nul += head[i] == 0 ? 1 : 0;
        }
        // a stray NUL in a text is the row's error (the cell checks name it); a quarter of them is no text
        if (nul > 0 && nul * 4 >= length) {
            throw new FileProblem("Файл не является текстом: в нём нулевые байты (двоичный файл, архив или "
                    + "документ другого формата). Загрузите CSV, XLSX или JSON");
        }
        if (validUtf8(head, length, whole)) {
            return new Detected(StandardCharsets.UTF_8, 0, "UTF-8");
        }
        String reason = notRussian1251(head, length);
        if (reason == null) {
            return new Detected(WINDOWS_1251, 0, "Windows-1251");
        }
        throw new FileProblem("Кодировка файла не распознана: это не UTF-8, а в кодировке Windows-1251 текст не похож "
                + "на русский (" + reason + "). Сохраните таблицу как «CSV UTF-8» или «CSV (разделители — "
                + "запятые)» в русском Excel, или загрузите XLSX");
    }

    private static boolean startsWith(byte[] head, int length, int... bytes) {
        if (length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * UTF-16 without a BOM: the high byte of each code unit of Latin, digits, punctuation and Cyrillic is 0x00 or
     * 0x04, so nine pairs in ten have one of them on the same side, and there are NULs (a separator, a digit).
     */
    private static Detected utf16WithoutBom(byte[] head, int length) {
        int pairs = length / 2;
        if (pairs < 2) {
            return null;
        }
        int highOdd = 0;
        int highEven = 0;
        int nulOdd = 0;
        int nulEven = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            int even = head[i] & 0xFF;
            int odd = head[i + 1] & 0xFF;
            highEven += even == 0 || even == 4 ? 1 : 0;
            highOdd += odd == 0 || odd == 4 ? 1 : 0;
            nulEven += even == 0 ? 1 : 0;
            nulOdd += odd == 0 ? 1 : 0;
        }
        if (nulOdd > 0 && highOdd * 10 >= pairs * 9 && nulEven * 10 < pairs) {
            return new Detected(StandardCharsets.UTF_16LE, 0, "UTF-16LE");
        }
        if (nulEven > 0 && highEven * 10 >= pairs * 9 && nulOdd * 10 < pairs) {
            return new Detected(StandardCharsets.UTF_16BE, 0, "UTF-16BE");
        }
        return null;
    }

    private static boolean validUtf8(byte[] head, int length, boolean whole) {
        CharsetDecoder d = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head, 0, length);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult r = d.decode(in, out, whole);
            if (r.isError()) {
                return false;
            }
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            // underflow: all read, or (not whole) a character cut by the end of the prefix
            return !whole || d.flush(out).isUnderflow() && !in.hasRemaining();
        }
    }

    /** Bytes above 0x7F that Russian text in Windows-1251 holds besides the letters А–я (0xC0–0xFF). */
    private static boolean russianSign(int b) {
        return switch (b) {
            // Ё ё № « » NBSP – — „ … ‘ ’ “ ” • ° ± § · €
            case 0xA8,
                    0xB8,
                    0xB9,
                    0xAB,
                    0xBB,
                    0xA0,
                    0x96,
                    0x97,
                    0x84,
                    0x85,
                    0x91,
                    0x92,
                    0x93,
                    0x94,
                    0x95,
                    0xB0,
                    0xB1,
                    0xA7,
                    0xB7,
                    0x88 -> true;
            // Ukrainian and Belarusian letters: І і Ї ї Є є Ґ ґ Ў ў
            case 0xB2, 0xB3, 0xAF, 0xBF, 0xAA, 0xBA, 0xA5, 0xB4, 0xA1, 0xA2 -> true;
            default -> false;
        };
    }

    private static boolean cyrillicLetter(int b) {
        return b >= 0xC0 || b == 0xA8 || b == 0xB8;
    }

    private static boolean latinLetter(int b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }

    /** Null when the bytes read as Russian text in Windows-1251, else what does not (for the message). */
    static String notRussian1251(byte[] head, int length) {
        int cyrillic = 0;
        int mixed = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                return String.format("управляющий байт 0x%02X в позиции %d", b, i);
            }
            if (b < 0x80) {
                continue;
            }
            if (!cyrillicLetter(b) && !russianSign(b)) {
                return String.format("байт 0x%02X в позиции %d не встречается в русском тексте", b, i);
            }
            if (cyrillicLetter(b)) {
                cyrillic++;
                boolean before = i > 0 && latinLetter(head[i - 1] & 0xFF);
                boolean after = i + 1 < length && latinLetter(head[i + 1] & 0xFF);
                mixed += before || after ? 1 : 0;
            }
        }
        if (cyrillic == 0) {
            return "в нём нет русских букв";
        }
        if (mixed * 10 > cyrillic) {
            return "латинские буквы вперемешку с символами вроде «" + sample(head, length) + "»";
        }
        return null;
    }

    /** The first word around a non-ASCII byte, as Windows-1251 reads it (to show what the file looks like). */
    private static String sample(byte[] head, int length) {
        int at = 0;
        while (at < length && (head[at] & 0xFF) < 0x80) {
            at++;
        }
        int from = at;
        while (from > 0 && (latinLetter(head[from - 1] & 0xFF) || (head[from - 1] & 0xFF) >= 0x80)) {
            from--;
        }
        int to = Math.min(length, at + 1);
        while (to < length && to - from < 20 && (latinLetter(head[to] & 0xFF) || (head[to] & 0xFF) >= 0x80)) {
            to++;
        }
        return new String(head, from, to - from, WINDOWS_1251);
    }
}
