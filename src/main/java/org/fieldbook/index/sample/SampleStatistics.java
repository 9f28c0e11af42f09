package org.fieldbook.index.sample;

import java.util.List;
import java.util.Map;

/** A set of sample statistics from the office; {@code fictional} marks demo data. */
public record SampleStatistics(String id, boolean fictional, Map<String, String> description, List<SampleGroup> groups) {
    public SampleStatistics {
        description = description == null ? Map.of() : Map.copyOf(description);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
