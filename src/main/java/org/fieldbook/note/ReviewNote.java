package org.fieldbook.note;

import java.time.LocalDate;
import java.util.List;

/**
 * A note as the review of a whole visit lists it: the note with where and when it was taken ({@code meetingId},
 * {@code meetingTitle}, {@code day} and {@code start} are null for a note on the visit itself), who wrote it last
 * ({@code author}, the record's author), how many files it holds, and whether a paragraph of the profile was drafted
 * from it ({@code used}). {@code taken} is the note's creation stamp (the order notes were taken in).
 */
public record ReviewNote(String id, String visitId, String meetingId, String meetingTitle, LocalDate day, String start,
                         NoteKind kind, List<String> areas, String author, String text, String speakerName,
                         int attachments, boolean used, String taken) {
    public ReviewNote {
        areas = areas == null ? List.of() : List.copyOf(areas);
        author = author == null ? "" : author;
        text = text == null ? "" : text;
        speakerName = speakerName == null ? "" : speakerName;
        meetingTitle = meetingTitle == null ? "" : meetingTitle;
        taken = taken == null ? "" : taken;
    }
}
