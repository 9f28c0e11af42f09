package org.fieldbook.index.definition;

import java.util.Map;

/**
 * A policy area of a questionnaire edition: its place in report order, titles, weight in the ICC Index,
 * whether cities may leave it out, and its group (e.g. "intercultural_lens").
 */
public record AreaDefinition(String id, int order, Map<String, String> title, double weight, boolean optional,
                             String group) {
    public AreaDefinition {
        title = title == null ? Map.of() : Map.copyOf(title);
    }

    public String title(String language) {
        return Texts.pick(title, language);
    }
}
