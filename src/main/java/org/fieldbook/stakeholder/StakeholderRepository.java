package org.fieldbook.stakeholder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.TrackedRecords;
import org.fieldbook.store.Tracker;

/** Stores each city's stakeholder directory. */
public final class StakeholderRepository extends TrackedRecords {
    public StakeholderRepository(Database db, Tracker tracker) {
        super(db, tracker);
    }

    public Stakeholder create(Stakeholder s) {
        String id = s.id() != null ? s.id() : Tracker.newId();
        db.write(c -> tracker.insert(c, "stakeholder", id, fields(s)));
        return s.withId(id).withRevision(1);
    }

    /**
     * Saves an edit of the stakeholder read at {@link Stakeholder#revision()} (on the shared office database, merged
     * from exactly that version); returns it with its revision as stored now.
     */
    public Stakeholder update(Stakeholder s) {
        return db.write(c -> {
            tracker.update(c, "stakeholder", s.id(), fields(s), s.revision());
            return s.withRevision(tracker.revision(c, "stakeholder", s.id()));
        });
    }

    public void delete(String id) {
        delete(id, 0);
    }

    /** Deletes the stakeholder read at {@code revision} (0: unknown). */
    public void delete(String id, long revision) {
        db.write(c -> tracker.delete(c, "stakeholder", id, revision));
    }

    public void restore(String id) {
        db.write(c -> tracker.restore(c, "stakeholder", id));
    }

    public Optional<Stakeholder> find(String id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM stakeholder WHERE id=?", StakeholderRepository::map, id)).map(this::seen);
    }

    /** Tells the tracker this version was read (the base of a later update on a shared office database). */
    private Stakeholder seen(Stakeholder s) {
        tracker.seen("stakeholder", s.id(), fields(s), s.revision());
        return s;
    }

    private List<Stakeholder> seenAll(List<Stakeholder> list) {
        list.forEach(this::seen);
        return list;
    }

    public List<Stakeholder> forCity(String cityId) {
        return seenAll(db.read(c -> Sql.list(c,
                "SELECT * FROM stakeholder WHERE city_id=? AND deleted=0 ORDER BY " + db.dialect().caseless("organisation") + ", "
                        + db.dialect().caseless("person"),
                StakeholderRepository::map, cityId)));
    }

    /** The stakeholders who attended a meeting. */
    public List<Stakeholder> attendees(String meetingId) {
        return db.read(c -> {
            if (tracker.shared()) {
                // the attendance this program shows: a save of the meeting removes only links it had seen
                Sql.list(c, "SELECT id, stakeholder_id, revision FROM meeting_attendee WHERE meeting_id=? AND deleted=0", rs -> {
                    tracker.seen("meeting_attendee", rs.getString(1), Map.of("meeting_id", meetingId, "stakeholder_id", rs.getString(2)),
                            rs.getLong(3));
                    return null;
                }, meetingId);
            }
            return seenAll(Sql.list(c, "SELECT s.* FROM stakeholder s JOIN meeting_attendee a ON a.stakeholder_id=s.id"
                    + " WHERE a.meeting_id=? AND a.deleted=0 AND s.deleted=0 ORDER BY " + db.dialect().caseless("s.person"),
                    StakeholderRepository::map, meetingId));
        });
    }

    static Map<String, Object> fields(Stakeholder s) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("city_id", s.cityId());
        f.put("person", s.person());
        f.put("organisation", s.organisation());
        f.put("role", s.role());
        f.put("category", s.category().id());
        f.put("email", s.email());
        f.put("phone", s.phone());
        f.put("named_consent", s.namedConsent() ? 1 : 0);
        return f;
    }

    static Stakeholder map(ResultSet rs) throws SQLException {
        return new Stakeholder(rs.getString("id"), rs.getString("city_id"), rs.getString("person"), rs.getString("organisation"),
                rs.getString("role"), StakeholderCategory.of(rs.getString("category")), rs.getString("email"),
                rs.getString("phone"), rs.getInt("named_consent") == 1, rs.getLong("revision"));
    }
}
