package org.fieldbook.note;

import java.util.List;

/**
 * A note on a visit, or on one of its meetings when {@code meetingId} is set. A quote names its speaker,
 * from the directory ({@code speakerId}) or typed ({@code speakerName}). {@code areas} are INDEX area ids.
 * {@code revision} is the stored revision it was read or saved at (0: not read from the store); an edit of it is
 * merged on the shared office database from exactly that version.
 */
public record Note(String id, String visitId, String meetingId, NoteKind kind, String text, String speakerId,
                   String speakerName, List<String> areas, long revision) {
    /** A note not read from the store (revision 0: an update of it starts from the likeliest version seen). */
    public Note(String id, String visitId, String meetingId, NoteKind kind, String text, String speakerId,
                String speakerName, List<String> areas) {
        this(id, visitId, meetingId, kind, text, speakerId, speakerName, areas, 0);
    }

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
        return new Note(newId, visitId, meetingId, kind, text, speakerId, speakerName, areas, revision);
    }

    public Note withText(String newText) {
        return new Note(id, visitId, meetingId, kind, newText, speakerId, speakerName, areas, revision);
    }

    public Note withRevision(long newRevision) {
        return new Note(id, visitId, meetingId, kind, text, speakerId, speakerName, areas, newRevision);
    }
}
