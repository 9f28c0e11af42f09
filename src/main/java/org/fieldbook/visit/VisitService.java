package org.fieldbook.visit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldbook.area.AreaCatalog;
import org.fieldbook.note.NoteRepository;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderRepository;
import org.fieldbook.store.Database;

/**
 * The visit's use cases that touch several records, each one write transaction (a failure halfway leaves nothing
 * behind), and the read of everything the visit screen shows.
 */
public final class VisitService {
    private final Database db;
    private final CityRepository cities;
    private final VisitRepository visits;
    private final MeetingRepository meetings;
    private final StakeholderRepository stakeholders;
    private final NoteRepository notes;
    private final AreaCatalog areas;

    public VisitService(Database db, CityRepository cities, VisitRepository visits, MeetingRepository meetings,
                        StakeholderRepository stakeholders, NoteRepository notes, AreaCatalog areas) {
        this.db = db;
        this.cities = cities;
        this.visits = visits;
        this.meetings = meetings;
        this.stakeholders = stakeholders;
        this.notes = notes;
        this.areas = areas;
    }

    /**
     * Saves a visit and its city in one transaction: the city is created when it has no id yet (else updated), the
     * visit is created when it has no id (else updated). Returns the visit's id. An update starts from the revisions
     * the city and the visit carry (those the dialog loaded; see {@link VisitRepository#update}).
     */
    public String saveVisit(City city, Visit visit) {
        return db.write(c -> {
            City saved = city.id() == null ? cities.create(city) : city;
            if (city.id() != null) {
                cities.update(saved);
            }
            Visit v = new Visit(visit.id(), saved.id(), visit.start(), visit.end(), visit.mode(), visit.status(), visit.team(),
                    visit.revision());
            if (v.id() == null) {
                return visits.create(v).id();
            }
            visits.update(v);
            return v.id();
        });
    }

    /**
     * Saves a meeting with its attendees in one transaction: creates the stakeholders met for the first time, creates
     * the meeting when {@code isNew} (else updates it), then adds and removes attendee links so that exactly
     * {@code attendees} attend. Returns the saved meeting (with its stored revision; an update starts from the one
     * {@code meeting} carries).
     */
    public Meeting saveMeeting(Meeting meeting, boolean isNew, List<Stakeholder> newStakeholders, List<Stakeholder> attendees) {
        List<String> before = isNew ? List.of() : meetings.attendeeIds(meeting.id());
        return db.write(c -> {
            for (Stakeholder s : newStakeholders) {
                stakeholders.create(s);
            }
            Meeting saved = isNew ? meetings.create(meeting) : meetings.update(meeting);
            Set<String> wanted = new HashSet<>();
            for (Stakeholder s : attendees) {
                wanted.add(s.id());
                if (!before.contains(s.id())) {
                    meetings.addAttendee(saved.id(), s.id());
                }
            }
            for (String id : before) {
                if (!wanted.contains(id)) {
                    meetings.removeAttendee(saved.id(), id);
                }
            }
            return saved;
        });
    }

    /** Everything the visit screen shows: the visit, its city, programme with attendees, directory, note counts, areas. */
    public VisitData load(String visitId) {
        Visit visit = visits.find(visitId).orElseThrow(() -> new IllegalArgumentException("No visit " + visitId));
        City city = cities.find(visit.cityId()).orElseThrow();
        List<Meeting> programme = meetings.forVisit(visitId);
        Map<String, List<Stakeholder>> attendees = new HashMap<>();
        for (Meeting m : programme) {
            attendees.put(m.id(), stakeholders.attendees(m.id()));
        }
        Map<String, Long> perMeeting = new HashMap<>();
        long visitLevel = 0;
        for (var n : notes.forVisit(visitId)) {
            if (n.meetingId() == null) {
                visitLevel++;
            } else {
                perMeeting.merge(n.meetingId(), 1L, Long::sum);
            }
        }
        return new VisitData(visit, city, programme, attendees, stakeholders.forCity(city.id()), perMeeting, visitLevel,
                notes.countsByArea(visitId), areas.list());
    }
}
