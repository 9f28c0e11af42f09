package org.fieldbook.profile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.TrackedRecords;
import org.fieldbook.store.Tracker;

/** The visit's recommendations (tracked records, in their chosen order). */
public final class RecommendationRepository extends TrackedRecords {
    private static final String TABLE = "profile_recommendation";

    public RecommendationRepository(Database db, Tracker tracker) {
        super(db, tracker);
    }

    /** Adds at the end of the list when the order is 0. */
    public Recommendation add(Recommendation r) {
        String id = Tracker.newId();
        int order = db.write(c -> {
            int ord = r.order() > 0 ? r.order()
                    : (int) Sql.count(c, "SELECT coalesce(max(ord),0) FROM profile_recommendation WHERE visit_id=?", r.visitId()) + 1;
            tracker.insert(c, TABLE, id, fields(r, ord));
            return ord;
        });
        return new Recommendation(id, r.visitId(), order, r.text(), r.priority(), r.areaId(), 1);
    }

    /**
     * Saves an edit of the recommendation read at {@link Recommendation#revision()} (on the shared office database,
     * merged from exactly that version); returns it with its revision as stored now.
     */
    public Recommendation update(Recommendation r) {
        return db.write(c -> {
            tracker.update(c, TABLE, r.id(), fields(r, r.order()), r.revision());
            return r.withRevision(tracker.revision(c, TABLE, r.id()));
        });
    }

    public void delete(String id) {
        delete(id, 0);
    }

    /** Deletes the recommendation read at {@code revision} (0: unknown). */
    public void delete(String id, long revision) {
        db.write(c -> tracker.delete(c, TABLE, id, revision));
    }

    public List<Recommendation> forVisit(String visitId) {
        List<Recommendation> list = db.read(c -> Sql.list(c,
                "SELECT * FROM profile_recommendation WHERE visit_id=? AND deleted=0 ORDER BY ord, created_hlc",
                RecommendationRepository::map, visitId));
        // the base of a later update on a shared office database
        list.forEach(r -> tracker.seen(TABLE, r.id(), fields(r, r.order()), r.revision()));
        return list;
    }

    private static Map<String, Object> fields(Recommendation r, int ord) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("visit_id", r.visitId());
        f.put("ord", ord);
        f.put("text", r.text());
        f.put("priority", r.priority().id());
        f.put("area_id", r.areaId());
        return f;
    }

    static Recommendation map(ResultSet rs) throws SQLException {
        return new Recommendation(rs.getString("id"), rs.getString("visit_id"), rs.getInt("ord"), rs.getString("text"),
                Priority.of(rs.getString("priority")), rs.getString("area_id"), rs.getLong("revision"));
    }
}
