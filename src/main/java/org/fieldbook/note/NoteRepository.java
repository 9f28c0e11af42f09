package org.fieldbook.note;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.StoreException;
import org.fieldbook.store.Tracker;
import org.fieldbook.support.JsonMappers;

/** Stores notes. A save returns once the note is committed to disk. */
public final class NoteRepository {
    private static final ObjectMapper JSON = JsonMappers.plain();
    private static final ObjectReader AREAS = JSON.readerFor(new TypeReference<List<String>>() {});

    /** The columns {@link #map} reads: naming them (not *) keeps the change-tracking columns out of big lists. */
    private static final String COLUMNS = "id, visit_id, meeting_id, kind, text, speaker_id, speaker_name, areas, revision";

    private final Database db;
    private final Tracker tracker;

    public NoteRepository(Database db, Tracker tracker) {
        this.db = db;
        this.tracker = tracker;
    }

    /**
     * Inserts a new note or updates an existing one; returns the stored note (with its id). On a workspace shared by
     * several programs (the office on PostgreSQL) an update starts from the version this program read or wrote (see
     * {@link Tracker#update}): a colleague's change made since is kept, merged with this one, or recorded as a
     * conflict; the note returned is then the merged one. The base is exactly the version the note was read at when
     * it carries its {@link Note#revision()} (a form keeps the revision of what it loaded), and the note returned
     * carries its new revision: the next save of the same form starts from it.
     */
    public Note save(Note note) {
        if (note.id() == null) {
            String id = Tracker.newId();
            db.write(c -> tracker.insert(c, "note", id, fields(note)));
            return note.withId(id).withRevision(1);
        }
        return db.write(c -> {
            if (Sql.count(c, "SELECT count(*) FROM note WHERE id=?", note.id()) == 0) {
                tracker.insert(c, "note", note.id(), fields(note));
                return note.withRevision(1);
            }
            tracker.update(c, "note", note.id(), fields(note), note.revision());
            return tracker.shared()
                    ? Sql.one(c, "SELECT " + COLUMNS + " FROM note WHERE id=?", NoteRepository::map, note.id()).orElse(note)
                    : note.withRevision(tracker.revision(c, "note", note.id()));
        });
    }

    /** Tells the tracker this version was read (the base of a later update on a shared office database). */
    private Note seen(Note n) {
        tracker.seen("note", n.id(), fields(n), n.revision());
        return n;
    }

    public void delete(String id) {
        delete(id, 0);
    }

    /** Deletes the note read at {@code revision} (0: unknown); see {@link Tracker#delete(java.sql.Connection, String, String, long)}. */
    public void delete(String id, long revision) {
        db.write(c -> tracker.delete(c, "note", id, revision));
    }

    public void restore(String id) {
        db.write(c -> tracker.restore(c, "note", id));
    }

    public Optional<Note> find(String id) {
        return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM note WHERE id=?", NoteRepository::map, id)).map(this::seen);
    }

    /** The visit's notes in the order they were taken. */
    public List<Note> forVisit(String visitId) {
        return remember(forVisitRead(visitId));
    }

    private List<Note> remember(List<Note> notes) {
        if (tracker.shared()) {
            notes.forEach(this::seen);
        }
        return notes;
    }

    private List<Note> forVisitRead(String visitId) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM note WHERE visit_id=? AND deleted=0 ORDER BY created_hlc",
                NoteRepository::map, visitId));
    }

    public List<Note> forMeeting(String meetingId) {
        return remember(forMeetingRead(meetingId));
    }

    private List<Note> forMeetingRead(String meetingId) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM note WHERE meeting_id=? AND deleted=0 ORDER BY created_hlc",
                NoteRepository::map, meetingId));
    }

    /** Notes per INDEX area for a visit (a note tagged with two areas counts in both). */
    public Map<String, Long> countsByArea(String visitId) {
        return db.read(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            for (var row : Sql.list(c, "SELECT j.value AS area, count(*) AS n FROM note, "
                    + org.fieldbook.store.Dialect.of(c).jsonArrayValues("note.areas", "j")
                    + " WHERE note.visit_id=? AND note.deleted=0 GROUP BY j.value",
                    rs -> Map.entry(rs.getString("area"), rs.getLong("n")), visitId)) {
                out.put(row.getKey(), row.getValue());
            }
            return out;
        });
    }

    static Map<String, Object> fields(Note n) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("visit_id", n.visitId());
        f.put("meeting_id", n.meetingId());
        f.put("kind", n.kind().id());
        f.put("text", n.text());
        f.put("speaker_id", n.speakerId());
        f.put("speaker_name", n.speakerName());
        try {
            f.put("areas", JSON.writeValueAsString(n.areas()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return f;
    }

    static Note map(ResultSet rs) throws SQLException {
        List<String> areas;
        try {
            areas = AREAS.readValue(rs.getString("areas"));
        } catch (Exception e) {
            throw new StoreException("Damaged area list on note " + rs.getString("id"), e);
        }
        return new Note(rs.getString("id"), rs.getString("visit_id"), rs.getString("meeting_id"),
                NoteKind.of(rs.getString("kind")), rs.getString("text"), rs.getString("speaker_id"),
                rs.getString("speaker_name"), areas, rs.getLong("revision"));
    }
}
