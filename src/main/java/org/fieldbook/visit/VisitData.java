package org.fieldbook.visit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.app.Services;
import org.fieldbook.area.IndexArea;
import org.fieldbook.stakeholder.Stakeholder;

/**
 * Everything the visit screen shows, read in one go in the background: the visit, its city, programme with
 * attendees, the city's directory, notes per meeting and per INDEX area.
 */
public record VisitData(Visit visit, City city, List<Meeting> meetings, Map<String, List<Stakeholder>> attendees,
                        List<Stakeholder> directory, Map<String, Long> notesPerMeeting, long visitNotes,
                        Map<String, Long> notesPerArea, List<IndexArea> areas) {

    public static VisitData load(Services s, String visitId) {
        Visit visit = s.visits().find(visitId).orElseThrow(() -> new IllegalArgumentException("No visit " + visitId));
        City city = s.cities().find(visit.cityId()).orElseThrow();
        List<Meeting> meetings = s.meetings().forVisit(visitId);
        Map<String, List<Stakeholder>> attendees = new HashMap<>();
        for (Meeting m : meetings) {
            attendees.put(m.id(), s.stakeholders().attendees(m.id()));
        }
        Map<String, Long> perMeeting = new HashMap<>();
        long visitLevel = 0;
        for (var n : s.notes().forVisit(visitId)) {
            if (n.meetingId() == null) {
                visitLevel++;
            } else {
                perMeeting.merge(n.meetingId(), 1L, Long::sum);
            }
        }
        return new VisitData(visit, city, meetings, attendees, s.stakeholders().forCity(city.id()), perMeeting, visitLevel,
                s.notes().countsByArea(visitId), s.areas().list());
    }

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
