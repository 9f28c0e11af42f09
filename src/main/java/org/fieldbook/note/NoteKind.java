package org.fieldbook.note;

import java.util.Locale;

/** What a note records. */
public enum NoteKind {
    OBSERVATION, QUOTE, GOOD_PRACTICE, CONCERN, RECOMMENDATION_IDEA, FOLLOW_UP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NoteKind of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
