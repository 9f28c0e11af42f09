package org.fieldbook.index.answer;

import java.util.List;
import org.fieldbook.index.ImportRefusal;

/** An answers file that was refused; nothing was imported. Lists every problem (the first 20 in the message). */
public final class AnswerImportException extends IllegalArgumentException {
    private final List<ImportProblem> problems;

    public AnswerImportException(String file, List<ImportProblem> problems) {
        super(ImportRefusal.message(file, problems));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
