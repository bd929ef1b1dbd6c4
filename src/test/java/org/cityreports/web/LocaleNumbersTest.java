package org.cityreports.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocaleNumbersTest {

    @Test
    void everyDecimalIsKeptAndDigitsAreGroupedForTheLanguage() {
        LocaleNumbers english = new LocaleNumbers(Locale.ENGLISH);
        assertEquals("5,121.61", english.format(new BigDecimal("5121.61")));
        assertEquals("0.512161", english.format(new BigDecimal("0.51216100")), "exact, trailing zeros dropped");
        assertEquals("12,345,678.12345678", english.format(new BigDecimal("12345678.12345678")));
        assertEquals("10,000", english.format(new BigDecimal("1E+4")));
        assertEquals("-25.5", english.format(new BigDecimal("-25.5")));
        assertEquals("5,121.61", new LocaleNumbers(Locale.SIMPLIFIED_CHINESE).format(new BigDecimal("5121.61")));
        assertEquals(
                "5.121,61",
                new LocaleNumbers(Locale.GERMAN).format(new BigDecimal("5121.61")),
                "the language's own marks");
    }
}
