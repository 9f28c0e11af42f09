package org.fieldbook.visit;

import java.time.LocalDate;
import java.time.LocalTime;

/** One item of the visit programme; {@code revision} is the stored revision it was read at (0: not read from the store). */
public record Meeting(String id, String visitId, LocalDate day, LocalTime start, LocalTime end, String title,
                      String place, MeetingFormat format, long revision) {
    /** A meeting not read from the store (revision 0). */
    public Meeting(String id, String visitId, LocalDate day, LocalTime start, LocalTime end, String title, String place,
                   MeetingFormat format) {
        this(id, visitId, day, start, end, title, place, format, 0);
    }

    public Meeting {
        title = title == null ? "" : title;
        place = place == null ? "" : place;
        format = format == null ? MeetingFormat.MEETING : format;
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("The meeting ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public Meeting withId(String newId) {
        return new Meeting(newId, visitId, day, start, end, title, place, format, revision);
    }

    public Meeting withRevision(long newRevision) {
        return new Meeting(id, visitId, day, start, end, title, place, format, newRevision);
    }
}
