package org.fieldbook.profile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.Tracker;

/** Append-only history of section bodies: each save adds a tracked record that is never changed. */
public final class RevisionRepository {
    private final Database db;
    private final SectionRecords<Revision> revisions;

    public RevisionRepository(Database db, Tracker tracker) {
        this.db = db;
        this.revisions = new SectionRecords<>(db, tracker, "profile_revision", "created_hlc, n", RevisionRepository::map);
    }

    String add(Connection c, String visitId, String sectionId, String body, String note) throws SQLException {
        return revisions.add(c, visitId, sectionId, "saved_at", Instant.now().toString(), "note", note == null ? "" : note,
                "body", body);
    }

    /** Oldest first. */
    public List<Revision> forSection(String sectionId) {
        return revisions.forSection(sectionId);
    }

    public Optional<Revision> find(String id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM profile_revision WHERE id=?", RevisionRepository::map, id));
    }

    static Revision map(ResultSet rs) throws SQLException {
        return new Revision(rs.getString("id"), rs.getString("section_id"), rs.getString("author"),
                Instant.parse(rs.getString("saved_at")), rs.getString("created_hlc"), rs.getString("body"), rs.getString("note"));
    }
}
