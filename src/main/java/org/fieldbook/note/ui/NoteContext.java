package org.fieldbook.note.ui;

/** Where notes are being taken: on the whole visit ({@code meetingId} null) or on one meeting. */
public record NoteContext(String visitId, String meetingId, String label) {
    @Override
    public String toString() {
        return label;
    }
}
