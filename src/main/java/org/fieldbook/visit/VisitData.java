package org.fieldbook.visit;

import java.util.List;
import java.util.Map;
import org.fieldbook.area.IndexArea;
import org.fieldbook.stakeholder.Stakeholder;

/**
 * Everything the visit screen shows, read in one go in the background ({@link VisitService#load}): the visit, its city, programme with
 * attendees, the city's directory, notes per meeting and per INDEX area.
 */
public record VisitData(Visit visit, City city, List<Meeting> meetings, Map<String, List<Stakeholder>> attendees,
                        List<Stakeholder> directory, Map<String, Long> notesPerMeeting, long visitNotes,
                        Map<String, Long> notesPerArea, List<IndexArea> areas) {

    public List<Stakeholder> attendeesOf(String meetingId) {
        return attendees.getOrDefault(meetingId, List.of());
    }

    /** Meetings already over at {@code now}. */
    public long meetingsHeld(java.time.LocalDateTime now) {
        return meetings.stream().filter(m -> !m.day().atTime(m.end()).isAfter(now)).count();
    }

    /** Meetings with at least one note. */
    public long meetingsWithNotes() {
        return meetings.stream().filter(m -> notesPerMeeting.getOrDefault(m.id(), 0L) > 0).count();
    }

    public long totalNotes() {
        return visitNotes + notesPerMeeting.values().stream().mapToLong(Long::longValue).sum();
    }
}
