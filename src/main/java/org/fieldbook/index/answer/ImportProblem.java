package org.fieldbook.index.answer;

/** One thing wrong in an answers file; {@code sheet} and {@code row} (1-based) are null where not relevant. */
public record ImportProblem(String sheet, Integer row, String questionId, String message) {
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
