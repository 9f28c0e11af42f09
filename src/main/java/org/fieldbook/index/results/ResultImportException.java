package org.fieldbook.index.results;

import java.util.List;
import java.util.stream.Collectors;

/** A results file that was refused; nothing was imported. Lists every problem (the first 20 in the message). */
public final class ResultImportException extends IllegalArgumentException {
    private final List<ResultProblem> problems;

    public ResultImportException(String file, List<ResultProblem> problems) {
        super(file + ": nothing imported; " + (problems.size() == 1 ? "" : problems.size() + " problems: ")
                + problems.stream().limit(20).map(ResultProblem::toString).collect(Collectors.joining("; "))
                + (problems.size() > 20 ? "; …" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<ResultProblem> problems() {
        return problems;
    }
}
