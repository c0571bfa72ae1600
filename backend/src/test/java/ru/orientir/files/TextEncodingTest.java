package ru.orientir.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The detector on hand-made bytes, and CsvSource reading the same table in every encoding and separator. */
class TextEncodingTest {

    private static byte[] b(int... bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = (byte) bytes[i];
        }
        return out;
    }

    private static String name(byte[] bytes) throws FileProblem {
        return TextEncoding.detect(bytes, bytes.length, true).name();
    }

    @Test
    void byteOrderMarks() throws FileProblem {
        assertEquals("UTF-8 (BOM)", name(b(0xEF, 0xBB, 0xBF, 'a', ',', 'b')));
        assertEquals("UTF-16LE (BOM)", name(b(0xFF, 0xFE, 'a', 0, ',', 0)));
        assertEquals("UTF-16BE (BOM)", name(b(0xFE, 0xFF, 0, 'a', 0, ',')));
        assertEquals(3, TextEncoding.detect(b(0xEF, 0xBB, 0xBF, 'a'), 4, true).bomBytes());
    }

    @Test
    void utf16WithoutBomByItsNulBytes() throws FileProblem {
        // «год\t1» in UTF-16LE: г = 0x0433, о = 0x043E, д = 0x0434, tab, 1
        byte[] le = b(0x33, 0x04, 0x3E, 0x04, 0x34, 0x04, 0x09, 0x00, 0x31, 0x00);
        assertEquals("UTF-16LE", name(le));
        byte[] be = b(0x04, 0x33, 0x04, 0x3E, 0x04, 0x34, 0x00, 0x09, 0x00, 0x31);
        assertEquals("UTF-16BE", name(be));
    }

    @Test
    void asciiAndRussianUtf8() throws FileProblem {
        assertEquals("UTF-8", name("year,value\n".getBytes(StandardCharsets.US_ASCII)));
        // «год» in UTF-8: D0 B3 D0 BE D0 B4
        assertEquals("UTF-8", name(b(0xD0, 0xB3, 0xD0, 0xBE, 0xD0, 0xB4, ';', '1')));
    }

    @Test
    void aUtf8CharacterCutByThePrefixIsNotAnError() throws FileProblem {
        byte[] cut = b('a', ';', 0xD0); // «a;» and the first byte of «г»: the rest is past the prefix
        assertEquals("UTF-8", TextEncoding.detect(cut, cut.length, false).name());
        // as the whole file it is no UTF-8; in Windows-1251 0xD0 is «Р»
        assertEquals("Windows-1251", TextEncoding.detect(cut, cut.length, true).name());
    }

    @Test
    void russianInWindows1251() throws FileProblem {
        // «Год;Значение» in Windows-1251: Г=C3 о=EE д=E4; З=C7 н=ED а=E0 ч=F7 е=E5 н=ED и=E8 е=E5
        byte[] header = b(0xC3, 0xEE, 0xE4, ';', 0xC7, 0xED, 0xE0, 0xF7, 0xE5, 0xED, 0xE8, 0xE5, '\r', '\n');
        assertEquals("Windows-1251", name(header));
        // with the signs of Russian text: «№ 5 — «ёлка»»: B9 20 35 20 97 20 AB B8 EB EA E0 BB
        assertEquals("Windows-1251", name(b(0xB9, ' ', '5', ' ', 0x97, ' ', 0xAB, 0xB8, 0xEB, 0xEA, 0xE0, 0xBB)));
    }

    @Test
    void latin1IsNotTakenForCyrillic() {
        // «Müller;Straße;café» in Latin-1: ü=FC, ß=DF, é=E9 are letters А–я in Windows-1251, mixed into Latin words
        byte[] latin1 = "Müller;Straße;café\n".getBytes(StandardCharsets.ISO_8859_1);
        FileProblem p = assertThrows(FileProblem.class, () -> name(latin1));
        assertTrue(p.getMessage().contains("Кодировка файла не распознана"), p.getMessage());
        assertTrue(p.getMessage().contains("латинские буквы вперемешку"), p.getMessage());
    }

    @Test
    void bytesNoRussianTextHasAreRefused() {
        // 0x98 is no character in Windows-1251; 0x81 is «Ѓ», a Macedonian letter
        FileProblem p = assertThrows(FileProblem.class, () -> name(b('a', ';', 0x98, 0x81)));
        assertTrue(p.getMessage().contains("0x98"), p.getMessage());
        FileProblem control = assertThrows(FileProblem.class, () -> name(b(0xC3, 0xEE, 0x01, 0xE4)));
        assertTrue(control.getMessage().contains("управляющий байт 0x01"), control.getMessage());
    }

    @Test
    void randomBytesAreRefused() {
        byte[] random = new byte[4096];
        new Random(15).nextBytes(random);
        FileProblem p = assertThrows(FileProblem.class, () -> name(random));
        assertTrue(
                p.getMessage().contains("не является текстом") || p.getMessage().contains("не распознана"),
                p.getMessage());
        byte[] noNul = random.clone();
        for (int i = 0; i < noNul.length; i++) {
            noNul[i] = noNul[i] == 0 ? 1 : noNul[i];
        }
        FileProblem q = assertThrows(FileProblem.class, () -> name(noNul));
        assertTrue(q.getMessage().contains("Кодировка файла не распознана"), q.getMessage());
    }

    // --- CsvSource: the same table in every encoding and separator

    private static final String RUSSIAN =
            "Муниципалитет;Код показателя;Год;Значение;Комментарий\n" + "kaluga;p-1;2021;12,5;Ёлки «в лесу» — №1\n";

    private static List<String> read(byte[] bytes, String encoding, String separator) throws Exception {
        Path f = Files.createTempFile("enc", ".csv");
        try {
            Files.write(f, bytes);
            try (CsvSource s = new CsvSource(f, ReadLimits.defaults())) {
                assertEquals(new RowSource.Dialect(encoding, separator), s.dialect());
                List<String> out = new ArrayList<>(s.header());
                for (Row r; (r = s.next()) != null; ) {
                    for (String column : s.header()) {
                        out.add(r.get(column));
                    }
                }
                return out;
            }
        } finally {
            Files.deleteIfExists(f);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void theSameTableInEveryEncoding() throws Exception {
        List<String> expected = List.of(
                "муниципалитет",
                "код_показателя",
                "год",
                "значение",
                "комментарий",
                "kaluga",
                "p-1",
                "2021",
                "12,5",
                "Ёлки «в лесу» — №1");
        assertEquals(expected, read(RUSSIAN.getBytes(StandardCharsets.UTF_8), "UTF-8", ";"));
        assertEquals(
                expected,
                read(concat(b(0xEF, 0xBB, 0xBF), RUSSIAN.getBytes(StandardCharsets.UTF_8)), "UTF-8 (BOM)", ";"));
        assertEquals(expected, read(RUSSIAN.getBytes(TextEncoding.WINDOWS_1251), "Windows-1251", ";"));
        String tabs = RUSSIAN.replace(';', '\t');
        assertEquals(
                expected,
                read(concat(b(0xFF, 0xFE), tabs.getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE (BOM)", "tab"));
        assertEquals(expected, read(tabs.getBytes(StandardCharsets.UTF_16BE), "UTF-16BE", "tab"));
        assertEquals(
                expected,
                read(
                        RUSSIAN.replace(";", ",").replace("12,5", "\"12,5\"").getBytes(StandardCharsets.UTF_8),
                        "UTF-8",
                        ","));
    }

    @Test
    void bytesOfAnotherEncodingAfterThePrefixAreReported() throws IOException {
        // an ASCII start longer than the prefix, then «Год» in Windows-1251: not UTF-8, and said so
        String start =
                "municipality,indicator,year,value\n" + "kaluga,p-1,2021,1\n".repeat(TextEncoding.PREFIX / 18 + 10);
        byte[] bytes = concat(
                start.getBytes(StandardCharsets.US_ASCII), b('k', ',', 0xC3, 0xEE, 0xE4, ',', '1', ',', '1', '\n'));
        Path f = Files.createTempFile("enc", ".csv");
        try {
            Files.write(f, bytes);
            FileProblem p = assertThrows(FileProblem.class, () -> {
                try (CsvSource s = new CsvSource(f, ReadLimits.defaults())) {
                    while (s.next() != null) {}
                }
            });
            assertTrue(p.getMessage().contains("не является текстом в кодировке UTF-8"), p.getMessage());
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
