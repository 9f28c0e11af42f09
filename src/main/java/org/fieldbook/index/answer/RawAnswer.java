package org.fieldbook.index.answer;

/**
 * An answer as read from a file, before checking: {@code value} is null, a String, a Double, or a
 * List of Strings. {@code sheet}/{@code row} say where it came from (null for JSON, which uses {@code where}).
 */
public record RawAnswer(String sheet, Integer row, String where, String questionId, Object value, String evidence) {
}
