package org.fieldbook.visit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.StoreException;
import org.fieldbook.store.TrackedRecords;
import org.fieldbook.store.Tracker;
import org.fieldbook.support.JsonMappers;

/** Stores visits and lists them with their counts. */
public final class VisitRepository extends TrackedRecords {
    private static final ObjectMapper JSON = JsonMappers.plain();
    private static final TypeReference<List<TeamMember>> TEAM = new TypeReference<>() {};

    public VisitRepository(Database db, Tracker tracker) {
        super(db, tracker);
    }

    public Visit create(Visit visit) {
        String id = visit.id() != null ? visit.id() : Tracker.newId();
        db.write(c -> tracker.insert(c, "visit", id, fields(visit)));
        return visit.withId(id).withRevision(1);
    }

    /**
     * Saves an edit of the visit read at {@link Visit#revision()} (on the shared office database, merged from exactly
     * that version); returns the visit with its revision as stored now.
     */
    public Visit update(Visit visit) {
        return db.write(c -> {
            tracker.update(c, "visit", visit.id(), fields(visit), visit.revision());
            return visit.withRevision(tracker.revision(c, "visit", visit.id()));
        });
    }

    public void delete(String id) {
        delete(id, 0);
    }

    /** Deletes the visit read at {@code revision} (0: unknown). */
    public void delete(String id, long revision) {
        db.write(c -> tracker.delete(c, "visit", id, revision));
    }

    public void restore(String id) {
        db.write(c -> tracker.restore(c, "visit", id));
    }

    /** The most recent visit (not in the trash) to a city, if any. */
    public Optional<String> latestForCity(String cityId) {
        return db.read(c -> Sql.one(c, "SELECT id FROM visit WHERE city_id=? AND deleted=0 ORDER BY start_date DESC LIMIT 1",
                rs -> rs.getString(1), cityId));
    }

    public Optional<Visit> find(String id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM visit WHERE id=?", VisitRepository::map, id)).map(this::seen);
    }

    /** Tells the tracker this version was read (the base of a later update on a shared office database). */
    private Visit seen(Visit v) {
        tracker.seen("visit", v.id(), fields(v), v.revision());
        return v;
    }

    /** Every visit not in the trash, newest first, with its meeting, stakeholder and note counts. */
    public List<VisitSummary> summaries() {
        return db.read(c -> Sql.list(c, SUMMARY + " WHERE v.deleted=0 ORDER BY v.start_date DESC, ci.name", VisitRepository::summary));
    }

    public Optional<VisitSummary> summary(String id) {
        return db.read(c -> Sql.one(c, SUMMARY + " WHERE v.id=?", VisitRepository::summary, id));
    }

    private static final String SUMMARY = "SELECT v.id, ci.name AS city, ci.country, v.start_date, v.end_date, v.status,"
            + " (SELECT count(*) FROM meeting m WHERE m.visit_id=v.id AND m.deleted=0) AS meetings,"
            + " (SELECT count(*) FROM stakeholder s WHERE s.city_id=v.city_id AND s.deleted=0) AS stakeholders,"
            + " (SELECT count(*) FROM note nt WHERE nt.visit_id=v.id AND nt.deleted=0) AS notes"
            + " FROM visit v JOIN city ci ON ci.id=v.city_id";

    private static VisitSummary summary(ResultSet rs) throws SQLException {
        return new VisitSummary(rs.getString("id"), rs.getString("city"), rs.getString("country"),
                LocalDate.parse(rs.getString("start_date")), LocalDate.parse(rs.getString("end_date")),
                VisitStatus.of(rs.getString("status")), rs.getLong("meetings"), rs.getLong("stakeholders"), rs.getLong("notes"));
    }

    static Map<String, Object> fields(Visit v) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("city_id", v.cityId());
        f.put("start_date", v.start().toString());
        f.put("end_date", v.end().toString());
        f.put("mode", v.mode().id());
        f.put("status", v.status().id());
        try {
            f.put("team", JSON.writeValueAsString(v.team()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return f;
    }

    static Visit map(ResultSet rs) throws SQLException {
        List<TeamMember> team;
        try {
            team = JSON.readValue(rs.getString("team"), TEAM);
        } catch (Exception e) {
            throw new StoreException("Damaged team list on visit " + rs.getString("id"), e);
        }
        return new Visit(rs.getString("id"), rs.getString("city_id"), LocalDate.parse(rs.getString("start_date")),
                LocalDate.parse(rs.getString("end_date")), VisitMode.of(rs.getString("mode")),
                VisitStatus.of(rs.getString("status")), team, rs.getLong("revision"));
    }
}
