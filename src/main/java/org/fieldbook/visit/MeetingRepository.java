package org.fieldbook.visit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.TrackedRecords;
import org.fieldbook.store.Tracker;

/** Stores the visit programme: meetings and who attended them. */
public final class MeetingRepository extends TrackedRecords {
    public MeetingRepository(Database db, Tracker tracker) {
        super(db, tracker);
    }

    public Meeting create(Meeting m) {
        String id = m.id() != null ? m.id() : Tracker.newId();
        db.write(c -> tracker.insert(c, "meeting", id, fields(m)));
        return m.withId(id).withRevision(1);
    }

    /**
     * Saves an edit of the meeting read at {@link Meeting#revision()} (on the shared office database, merged from
     * exactly that version); returns the meeting with its revision as stored now.
     */
    public Meeting update(Meeting m) {
        return db.write(c -> {
            tracker.update(c, "meeting", m.id(), fields(m), m.revision());
            return m.withRevision(tracker.revision(c, "meeting", m.id()));
        });
    }

    public void delete(String id) {
        delete(id, 0);
    }

    /** Deletes the meeting read at {@code revision} (0: unknown). */
    public void delete(String id, long revision) {
        db.write(c -> tracker.delete(c, "meeting", id, revision));
    }

    public void restore(String id) {
        db.write(c -> tracker.restore(c, "meeting", id));
    }

    public Optional<Meeting> find(String id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM meeting WHERE id=?", MeetingRepository::map, id)).map(this::seen);
    }

    /** Tells the tracker this version was read (the base of a later update on a shared office database). */
    private Meeting seen(Meeting m) {
        tracker.seen("meeting", m.id(), fields(m), m.revision());
        return m;
    }

    /** The visit's programme in time order. */
    public List<Meeting> forVisit(String visitId) {
        List<Meeting> meetings = db.read(c -> Sql.list(c,
                "SELECT * FROM meeting WHERE visit_id=? AND deleted=0 ORDER BY day, start_time, title", MeetingRepository::map, visitId));
        meetings.forEach(this::seen);
        return meetings;
    }

    /** The link id for a meeting and a stakeholder: the same on every laptop, so sync sees one link. */
    public static String attendeeLinkId(String meetingId, String stakeholderId) {
        return UUID.nameUUIDFromBytes((meetingId + "|" + stakeholderId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public void addAttendee(String meetingId, String stakeholderId) {
        db.write(c -> addAttendee(c, meetingId, stakeholderId));
    }

    public boolean addAttendee(Connection c, String meetingId, String stakeholderId) throws SQLException {
        String id = attendeeLinkId(meetingId, stakeholderId);
        if (Sql.count(c, "SELECT count(*) FROM meeting_attendee WHERE id=?", id) > 0) {
            return tracker.restore(c, "meeting_attendee", id);
        }
        tracker.insert(c, "meeting_attendee", id, Map.of("meeting_id", meetingId, "stakeholder_id", stakeholderId));
        return true;
    }

    /**
     * Removes a stakeholder from a meeting. On a shared office database a link this program never showed (a colleague
     * added it since the programme was read) is left alone: only what a person saw can be removed.
     */
    public void removeAttendee(String meetingId, String stakeholderId) {
        String id = attendeeLinkId(meetingId, stakeholderId);
        if (tracker.shared() && !tracker.hasSeen("meeting_attendee", id)) {
            return;
        }
        db.write(c -> tracker.delete(c, "meeting_attendee", id));
    }

    /** Stakeholder ids of the meeting's attendees. */
    public List<String> attendeeIds(String meetingId) {
        return db.read(c -> Sql.list(c, "SELECT stakeholder_id FROM meeting_attendee WHERE meeting_id=? AND deleted=0",
                rs -> rs.getString(1), meetingId));
    }

    static Map<String, Object> fields(Meeting m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("visit_id", m.visitId());
        f.put("day", m.day().toString());
        f.put("start_time", m.start().toString());
        f.put("end_time", m.end().toString());
        f.put("title", m.title());
        f.put("place", m.place());
        f.put("format", m.format().id());
        return f;
    }

    static Meeting map(ResultSet rs) throws SQLException {
        return new Meeting(rs.getString("id"), rs.getString("visit_id"), LocalDate.parse(rs.getString("day")),
                LocalTime.parse(rs.getString("start_time")), LocalTime.parse(rs.getString("end_time")),
                rs.getString("title"), rs.getString("place"), MeetingFormat.of(rs.getString("format")), rs.getLong("revision"));
    }
}
