package org.fieldbook.note;

import java.util.List;

/**
 * A note on a visit, or on one of its meetings when {@code meetingId} is set. A quote names its speaker,
 * from the directory ({@code speakerId}) or typed ({@code speakerName}). {@code areas} are INDEX area ids.
 */
public record Note(String id, String visitId, String meetingId, NoteKind kind, String text, String speakerId,
                   String speakerName, List<String> areas) {
    public Note {
        kind = kind == null ? NoteKind.OBSERVATION : kind;
        text = text == null ? "" : text;
        speakerName = speakerName == null ? "" : speakerName;
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    public static Note blank(String visitId, String meetingId) {
        return new Note(null, visitId, meetingId, NoteKind.OBSERVATION, "", null, "", List.of());
    }

    public Note withId(String newId) {
        return new Note(newId, visitId, meetingId, kind, text, speakerId, speakerName, areas);
    }

    public Note withText(String newText) {
        return new Note(id, visitId, meetingId, kind, newText, speakerId, speakerName, areas);
    }
}
