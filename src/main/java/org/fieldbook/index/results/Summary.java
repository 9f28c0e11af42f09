package org.fieldbook.index.results;

import java.util.Arrays;
import java.util.Collection;

/**
 * Descriptive statistics of rates (percent) over {@code count} cities. Quartiles and median interpolate linearly
 * between the closest ranks (position p × (n − 1) in the sorted values, as Excel's QUARTILE.INC and R's default),
 * so the median of an even count is the mean of the two middle values. All fields but count are null when count is 0.
 */
public record Summary(int count, Double mean, Double median, Double q1, Double q3, Double min, Double max) {
    public static final Summary EMPTY = new Summary(0, null, null, null, null, null, null);

    public static Summary of(Collection<Double> values) {
        double[] v = values.stream().filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
        return ofSorted(sorted(v));
    }

    static double[] sorted(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s;
    }

    /** Statistics of values already sorted ascending. */
    static Summary ofSorted(double[] s) {
        if (s.length == 0) {
            return EMPTY;
        }
        double sum = 0;
        for (double x : s) {
            sum += x;
        }
        return new Summary(s.length, sum / s.length, quantile(s, 0.5), quantile(s, 0.25), quantile(s, 0.75), s[0], s[s.length - 1]);
    }

    static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
