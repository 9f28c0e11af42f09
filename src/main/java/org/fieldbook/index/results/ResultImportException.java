package org.fieldbook.index.results;

import java.util.List;
import org.fieldbook.index.RefusedImport;

/** A results file that was refused; nothing was imported. Lists every problem (the first 20 in the message). */
public final class ResultImportException extends RefusedImport {
    public ResultImportException(String file, List<ResultProblem> problems) {
        super(file, problems);
    }

    public List<ResultProblem> problems() {
        return problems(ResultProblem.class);
    }
}
