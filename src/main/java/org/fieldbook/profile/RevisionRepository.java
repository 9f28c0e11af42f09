package org.fieldbook.profile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.Tracker;

/** Append-only history of section bodies: each save adds a tracked record that is never changed. */
public final class RevisionRepository {
    private final Database db;
    private final Tracker tracker;

    public RevisionRepository(Database db, Tracker tracker) {
        this.db = db;
        this.tracker = tracker;
    }

    String add(Connection c, String visitId, String sectionId, String body, String note) throws SQLException {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("visit_id", visitId);
        f.put("section_id", sectionId);
        f.put("saved_at", Instant.now().toString());
        f.put("note", note == null ? "" : note);
        f.put("body", body);
        return tracker.insert(c, "profile_revision", Tracker.newId(), f);
    }

    /** Oldest first. */
    public List<Revision> forSection(String sectionId) {
        return db.read(c -> Sql.list(c, "SELECT * FROM profile_revision WHERE section_id=? AND deleted=0 ORDER BY created_hlc, n",
                RevisionRepository::map, sectionId));
    }

    public Optional<Revision> find(String id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM profile_revision WHERE id=?", RevisionRepository::map, id));
    }

    static Revision map(ResultSet rs) throws SQLException {
        return new Revision(rs.getString("id"), rs.getString("section_id"), rs.getString("author"),
                Instant.parse(rs.getString("saved_at")), rs.getString("created_hlc"), rs.getString("body"), rs.getString("note"));
    }
}
