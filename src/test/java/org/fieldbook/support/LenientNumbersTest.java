package org.fieldbook.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LenientNumbersTest {
    @Test
    void decimalsAsFrenchAndEnglishWriteThem() {
        assertEquals(12.5, LenientNumbers.parseDecimal("12,5"));
        assertEquals(12.5, LenientNumbers.parseDecimal("12.5"));
        assertEquals(12.5, LenientNumbers.parseDecimal(" 12,5 % "));
        assertEquals(12.5, LenientNumbers.parseDecimal("12,5\u00a0%"));
        assertEquals(12.5, LenientNumbers.parseDecimal("12,5\u202f%"));
        assertEquals(1234.5, LenientNumbers.parseDecimal("1\u202f234,5"));
        assertEquals(1234.5, LenientNumbers.parseDecimal("1,234.5"));
        assertEquals(1234.5, LenientNumbers.parseDecimal("1.234,5"));
        assertEquals(1234567.0, LenientNumbers.parseDecimal("1,234,567"));
        assertEquals(-3.0, LenientNumbers.parseDecimal("-3"));
    }

    @Test
    void notNumbersAreNull() {
        assertNull(LenientNumbers.parseDecimal(""));
        assertNull(LenientNumbers.parseDecimal("%"));
        assertNull(LenientNumbers.parseDecimal("half"));
        assertNull(LenientNumbers.parseDecimal("12,5,x"));
        assertNull(LenientNumbers.parseDecimal("Infinity"));
        assertNull(LenientNumbers.parseDecimal("NaN"));
        assertNull(LenientNumbers.parseDecimal("1e5"));
    }

    @Test
    void wholeNumbersWithAnyGrouping() {
        assertEquals(182400L, LenientNumbers.parseWhole("182400"));
        assertEquals(182400L, LenientNumbers.parseWhole("182 400"));
        assertEquals(182400L, LenientNumbers.parseWhole("182\u202f400"));
        assertEquals(182400L, LenientNumbers.parseWhole("182,400"));
        assertEquals(182400L, LenientNumbers.parseWhole("182.400"));
        assertEquals(1182400L, LenientNumbers.parseWhole("1'182'400"));
        assertNull(LenientNumbers.parseWhole("182,4"), "a decimal is not a head count");
        assertNull(LenientNumbers.parseWhole("about 200k"));
        assertNull(LenientNumbers.parseWhole("99999999999999999999"));
    }

    @Test
    void formattedAsTheLocaleWritesThem() {
        assertEquals("21,4", LenientNumbers.format(21.4, Locale.FRENCH, 1));
        assertEquals("21.4", LenientNumbers.format(21.4, Locale.ENGLISH, 1));
        assertEquals("182,400", LenientNumbers.format(182400, Locale.ENGLISH, 0));
        assertEquals(182400L, LenientNumbers.parseWhole(LenientNumbers.format(182400, Locale.FRENCH, 0)));
        assertEquals("182400", LenientNumbers.formatForEditing(182400, Locale.FRENCH, 0));
        assertEquals(21.4, LenientNumbers.parseDecimal(LenientNumbers.formatForEditing(21.4, Locale.FRENCH, 1)));
    }
}
