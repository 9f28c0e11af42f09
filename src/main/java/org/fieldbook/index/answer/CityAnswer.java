package org.fieldbook.index.answer;

/** The city's answer to one question ({@code value} null when left unanswered) and its evidence text. */
public record CityAnswer(String questionId, AnswerValue value, String evidence) {
    public CityAnswer {
        evidence = evidence == null ? "" : evidence;
    }

    public boolean answered() {
        return value != null;
    }
}
