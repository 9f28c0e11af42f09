package org.fieldbook.index.results;

import java.util.Arrays;

/**
 * A place in a group: {@code rank} of {@code outOf} cities, each city counted once, itself included. Cities with
 * the same rate share a rank (1, 2, 2, 4): the rank is one more than the number of cities with a strictly higher rate.
 */
public record Rank(int rank, int outOf) {
    /** Rates closer than this are equal (they come from sums of weighted fractions). */
    static final double EPSILON = 1e-9;

    /**
     * The rank of {@code value} among {@code sortedOthers} (ascending; the other cities of the group, the city itself
     * not among them) and the city itself.
     */
    public static Rank among(double value, double[] sortedOthers) {
        int firstAbove = upperBound(sortedOthers, value + EPSILON);
        return new Rank(1 + sortedOthers.length - firstAbove, sortedOthers.length + 1);
    }

    /**
     * The rank of {@code value} among {@code sortedMembers}, which already hold the city's own value once: that one
     * entry is set aside so the city is not counted twice.
     */
    public static Rank amongMembers(double value, double[] sortedMembers) {
        int firstAbove = upperBound(sortedMembers, value + EPSILON);
        return new Rank(1 + sortedMembers.length - firstAbove, sortedMembers.length);
    }

    /** The first index whose value is strictly greater than {@code v}. */
    private static int upperBound(double[] a, double v) {
        int i = Arrays.binarySearch(a, v);
        int idx = i >= 0 ? i : -i - 1;
        while (idx < a.length && a[idx] <= v) {
            idx++;
        }
        return idx;
    }

    /** "12th of 38" in English, "12e sur 38" in French (1er for the first). */
    public String text(String language) {
        boolean french = "fr".equals(language);
        return ordinal(rank, french) + (french ? " sur " : " of ") + outOf;
    }

    /** "12th" in English, "12e" in French (1er for the first). */
    public static String ordinal(int n, boolean french) {
        if (french) {
            return n + (n == 1 ? "er" : "e");
        }
        return n + ordinalSuffix(n);
    }

    static String ordinalSuffix(int n) {
        int mod100 = n % 100;
        if (mod100 >= 11 && mod100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
