package org.fieldbook.index.answer;

import java.util.List;

/**
 * One thing wrong in an answers file; {@code sheet} and {@code row} (1-based) are null where not relevant.
 * {@code message} is the English text (command line, logs); {@code code} and {@code args}, when the problem has
 * them, let a window say the same in the reader's language ({@code code} null otherwise).
 */
public record ImportProblem(String sheet, Integer row, String questionId, String message, String code, List<String> args) {
    public ImportProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public ImportProblem(String sheet, Integer row, String questionId, String message) {
        this(sheet, row, questionId, message, null, List.of());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (sheet != null) {
            sb.append("sheet '").append(sheet).append("'");
        }
        if (row != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append("row ").append(row);
        }
        if (questionId != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append("question ").append(questionId);
        }
        return sb.isEmpty() ? message : sb + ": " + message;
    }
}
