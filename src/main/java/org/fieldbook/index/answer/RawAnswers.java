package org.fieldbook.index.answer;

import java.util.List;

/** What a reader found in a file: the questionnaire it claims and its answers, or problems already found. */
public record RawAnswers(String questionnaireId, List<RawAnswer> answers, List<ImportProblem> problems) {
    public RawAnswers {
        answers = List.copyOf(answers);
        problems = List.copyOf(problems);
    }
}
