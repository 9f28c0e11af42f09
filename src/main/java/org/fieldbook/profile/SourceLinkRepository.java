package org.fieldbook.profile;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.fieldbook.store.Database;
import org.fieldbook.store.Tracker;

/** Links from section paragraphs to the notes they were drafted from. */
public final class SourceLinkRepository {
    private final SectionRecords<SourceLink> links;

    public SourceLinkRepository(Database db, Tracker tracker) {
        this.links = new SectionRecords<>(db, tracker, "profile_source", "created_hlc",
                rs -> new SourceLink(rs.getString("id"), rs.getString("section_id"), rs.getString("note_id"), rs.getString("anchor")));
    }

    String add(Connection c, String visitId, String sectionId, String noteId, String anchor) throws SQLException {
        return links.add(c, visitId, sectionId, "note_id", noteId, "anchor", anchor);
    }

    public List<SourceLink> forSection(String sectionId) {
        return links.forSection(sectionId);
    }
}
