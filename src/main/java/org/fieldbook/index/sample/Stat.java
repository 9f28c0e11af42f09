package org.fieldbook.index.sample;

/** Mean and maximum rate (percent) over {@code count} cities. */
public record Stat(double mean, double max, int count) {
}
