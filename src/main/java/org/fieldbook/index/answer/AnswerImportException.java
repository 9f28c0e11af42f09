package org.fieldbook.index.answer;

import java.util.List;
import org.fieldbook.index.RefusedImport;

/** An answers file that was refused; nothing was imported. Lists every problem (the first 20 in the message). */
public final class AnswerImportException extends RefusedImport {
    public AnswerImportException(String file, List<ImportProblem> problems) {
        super(file, problems);
    }

    public List<ImportProblem> problems() {
        return problems(ImportProblem.class);
    }
}
