package org.fieldbook.index.definition;

import java.util.Map;

/** One answer option of a choice question and the points it gives. */
public record OptionDefinition(String id, Map<String, String> label, double points) {
    public OptionDefinition {
        label = label == null ? Map.of() : Map.copyOf(label);
    }

    public String label(String language) {
        return Texts.pick(label, language);
    }
}
