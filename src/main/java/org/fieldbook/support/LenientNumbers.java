package org.fieldbook.support;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers as people type and read them: "12,5", "12.5", "12,5 %" and "182 400" (with French no-break spaces)
 * are all understood; numbers are shown the way the reader's language writes them.
 */
public final class LenientNumbers {
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,']\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+");

    private LenientNumbers() {
    }

    /** Drops every kind of space (ordinary, no-break, narrow no-break, thin) that grouping may use. */
    private static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * A decimal number, or null when the text is not one. A trailing % is allowed. With both a comma and a
     * point, the last one is the decimal mark ("1,234.5", "1.234,5"); a single comma is a decimal mark ("12,5").
     */
    public static Double parseDecimal(String text) {
        if (text == null) {
            return null;
        }
        String t = squeeze(text);
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty()) {
            return null;
        }
        int comma = t.lastIndexOf(',');
        int point = t.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            char decimal = comma > point ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            t = t.replace(String.valueOf(group), "").replace(decimal, '.');
        } else if (comma >= 0) {
            t = t.indexOf(',') == comma ? t.replace(',', '.') : t.replace(",", "");
        } else if (point >= 0 && t.indexOf('.') != point) {
            t = t.replace(".", "");
        }
        t = t.replace("'", "");
        try {
            double d = Double.parseDouble(t);
            return Double.isFinite(d) && !t.matches(".*[a-zA-Z].*") ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number with optional grouping ("182400", "182 400", "182,400", "182.400"), or null. */
    public static Long parseWhole(String text) {
        if (text == null) {
            return null;
        }
        String t = squeeze(text);
        if (GROUPED.matcher(t).matches()) {
            t = t.replaceAll("[.,']", "");
        }
        if (!PLAIN.matcher(t).matches() || t.replaceAll("[-+]", "").length() > 18) {
            return null;
        }
        return Long.parseLong(t);
    }

    /** The number as the locale writes it, with at most {@code fractionDigits} decimals (21,4 in French). */
    public static String format(double value, Locale locale, int fractionDigits) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(fractionDigits);
        return nf.format(value);
    }

    /** The same without grouping, for a field a person edits ("182400" is easier to correct than "182 400"). */
    public static String formatForEditing(double value, Locale locale, int fractionDigits) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(fractionDigits);
        nf.setGroupingUsed(false);
        return nf.format(value);
    }
}
