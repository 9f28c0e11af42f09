package org.fieldbook.index.answer;

import java.util.List;

/** An answer to one question: a chosen option, several options, a number or a text. */
public sealed interface AnswerValue {
    /** One option of a yes/no or single-choice question. */
    record Choice(String option) implements AnswerValue {
    }

    /** The options ticked in a multiple-choice question (possibly none). */
    record Choices(List<String> options) implements AnswerValue {
        public Choices {
            options = List.copyOf(options);
        }
    }

    /** A number or a percentage (0–100). */
    record Number(double value) implements AnswerValue {
    }

    /** A free-text answer. */
    record Text(String text) implements AnswerValue {
    }

    static AnswerValue choice(String option) {
        return new Choice(option);
    }

    static AnswerValue choices(List<String> options) {
        return new Choices(options);
    }

    static AnswerValue number(double value) {
        return new Number(value);
    }

    static AnswerValue text(String text) {
        return new Text(text);
    }
}
