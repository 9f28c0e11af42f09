package org.fieldbook.index.results;

/** One thing wrong in a results file: the spreadsheet row (1 = header; null for the whole file), the column, the problem. */
public record ResultProblem(Integer row, String column, String message) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (row != null) {
            sb.append("row ").append(row);
        }
        if (column != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append("column ").append(column);
        }
        return sb.isEmpty() ? message : sb + ": " + message;
    }
}
