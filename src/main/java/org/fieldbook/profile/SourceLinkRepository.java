package org.fieldbook.profile;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.Tracker;

/** Links from section paragraphs to the notes they were drafted from. */
public final class SourceLinkRepository {
    private final Database db;
    private final Tracker tracker;

    public SourceLinkRepository(Database db, Tracker tracker) {
        this.db = db;
        this.tracker = tracker;
    }

    String add(Connection c, String visitId, String sectionId, String noteId, String anchor) throws SQLException {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("visit_id", visitId);
        f.put("section_id", sectionId);
        f.put("note_id", noteId);
        f.put("anchor", anchor);
        return tracker.insert(c, "profile_source", Tracker.newId(), f);
    }

    public List<SourceLink> forSection(String sectionId) {
        return db.read(c -> Sql.list(c, "SELECT * FROM profile_source WHERE section_id=? AND deleted=0 ORDER BY created_hlc",
                rs -> new SourceLink(rs.getString("id"), rs.getString("section_id"), rs.getString("note_id"), rs.getString("anchor")),
                sectionId));
    }
}
