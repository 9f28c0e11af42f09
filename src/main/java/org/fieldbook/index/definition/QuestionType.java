package org.fieldbook.index.definition;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The answer form of a question. */
public enum QuestionType {
    YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE, NUMBER, PERCENTAGE, FREE_TEXT;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static QuestionType of(String id) {
        for (QuestionType t : values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown question type '" + id
                + "' (yes_no, single_choice, multiple_choice, number, percentage, free_text)");
    }

    /** Answered by picking options. */
    public boolean hasOptions() {
        return this == YES_NO || this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** Answered with a number. */
    public boolean numeric() {
        return this == NUMBER || this == PERCENTAGE;
    }
}
