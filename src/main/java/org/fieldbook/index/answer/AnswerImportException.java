package org.fieldbook.index.answer;

import java.util.List;
import java.util.stream.Collectors;

/** An answers file that was refused; nothing was imported. Lists every problem (the first 20 in the message). */
public final class AnswerImportException extends IllegalArgumentException {
    private final List<ImportProblem> problems;

    public AnswerImportException(String file, List<ImportProblem> problems) {
        super(file + ": nothing imported; " + (problems.size() == 1 ? "" : problems.size() + " problems: ")
                + problems.stream().limit(20).map(ImportProblem::toString).collect(Collectors.joining("; "))
                + (problems.size() > 20 ? "; …" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
