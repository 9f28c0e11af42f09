package org.fieldbook.visit;

import java.time.LocalDate;
import java.time.LocalTime;

/** One item of the visit programme. */
public record Meeting(String id, String visitId, LocalDate day, LocalTime start, LocalTime end, String title,
                      String place, MeetingFormat format) {
    public Meeting {
        title = title == null ? "" : title;
        place = place == null ? "" : place;
        format = format == null ? MeetingFormat.MEETING : format;
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("The meeting ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public Meeting withId(String newId) {
        return new Meeting(newId, visitId, day, start, end, title, place, format);
    }
}
