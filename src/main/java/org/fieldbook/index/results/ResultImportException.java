package org.fieldbook.index.results;

import java.util.List;
import org.fieldbook.index.ImportRefusal;

/** A results file that was refused; nothing was imported. Lists every problem (the first 20 in the message). */
public final class ResultImportException extends IllegalArgumentException {
    private final List<ResultProblem> problems;

    public ResultImportException(String file, List<ResultProblem> problems) {
        super(ImportRefusal.message(file, problems));
        this.problems = List.copyOf(problems);
    }

    public List<ResultProblem> problems() {
        return problems;
    }
}
