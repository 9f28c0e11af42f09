package org.fieldbook.index.definition;

import java.util.List;

/** A questionnaire definition that cannot be used, with every problem found. */
public final class DefinitionException extends IllegalArgumentException {
    private final List<String> problems;

    public DefinitionException(String source, List<String> problems) {
        super(source + ": " + (problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems: " + String.join("; ", problems)));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
