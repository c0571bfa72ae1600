package ru.orientir.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers as analysts type them in spreadsheets. */
class NumbersTest {

    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "12.5|12.5",
                "12,5|12.5",
                "-3|-3",
                "0|0",
                "25 000,5|25000.5",
                "25\u00A0000|25000",
                "1\u202F200|1200",
                "+7|7",
                "\u22127,5|-7.5",
                "1e3|1000",
                "1,5E2|150",
                " 42 |42",
                "007|7"
            })
    void readsWhatPeopleType(String typed, String expected) {
        BigDecimal d = Numbers.parse(typed);
        assertEquals(0, new BigDecimal(expected).compareTo(d), typed + " -> " + d);
    }

    @ParameterizedTest(name = "«{0}» is not a number")
    @ValueSource(
            strings = {
                "",
                " ",
                "около 25000",
                "1.234,5",
                "1,234.5",
                "12,5,0",
                "12%",
                "--3",
                "1e",
                "abc",
                "1234567890123456789012345678901234567890123456789012345678901"
            })
    void refusesWhatIsNotOne(String typed) {
        assertNull(Numbers.parse(typed));
    }

    @ParameterizedTest
    @CsvSource({"2024,true", "0,true", "'',false", "20a4,false", "-1,false", "2024.0,false"})
    void digits(String s, boolean expected) {
        assertEquals(expected, Numbers.digits(s));
    }
}
