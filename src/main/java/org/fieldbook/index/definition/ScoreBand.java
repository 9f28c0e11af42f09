package org.fieldbook.index.definition;

import java.util.Map;

/**
 * Points for a number or percentage answer from {@code from} to {@code to} (both inclusive); the first
 * matching band of a question wins. {@code label} names the band (e.g. "10–30%").
 */
public record ScoreBand(double from, double to, double points, Map<String, String> label) {
    public ScoreBand {
        label = label == null ? Map.of() : Map.copyOf(label);
    }

    public boolean contains(double value) {
        return value >= from && value <= to;
    }
}
