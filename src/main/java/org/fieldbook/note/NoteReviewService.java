package org.fieldbook.note;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.LocalDate;
import java.util.List;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.StoreException;
import org.fieldbook.support.JsonMappers;

/**
 * The notes review of a whole visit: every note of the visit with its meeting, author, attachment count and whether
 * the profile uses it, in one read. Filtering, counts and sorting are done on the loaded list ({@link NoteReviewIndex}),
 * which the review reloads when the store changes.
 */
public final class NoteReviewService {
    private static final ObjectReader AREAS = JsonMappers.plain().readerFor(new TypeReference<List<String>>() {});

    /**
     * A note is used in the profile when a section holds a paragraph drafted from it: a {@code profile_source} link
     * whose marker ({@code <!-- source:ANCHOR -->}) is still in that section's body. A paragraph inserted and then
     * deleted again leaves its link behind, but the note is no longer used.
     */
    private static final String SQL = "SELECT n.id, n.visit_id, n.meeting_id, n.kind, n.text, n.speaker_name, n.areas, n.author,"
            + " n.created_hlc, m.title AS meeting_title, m.day, m.start_time,"
            + " coalesce(a.files, 0) AS files, CASE WHEN u.note_id IS NULL THEN 0 ELSE 1 END AS used"
            + " FROM note n"
            + " LEFT JOIN meeting m ON m.id = n.meeting_id"
            + " LEFT JOIN (SELECT note_id, count(*) AS files FROM attachment WHERE deleted = 0"
            + "   AND note_id IN (SELECT id FROM note WHERE visit_id = ? AND deleted = 0) GROUP BY note_id) a ON a.note_id = n.id"
            + " LEFT JOIN (SELECT DISTINCT s.note_id FROM profile_source s JOIN profile_section p ON p.id = s.section_id"
            + "   WHERE s.visit_id = ? AND s.deleted = 0 AND p.deleted = 0"
            + "   AND p.body LIKE '%<!-- source:' || s.anchor || ' -->%') u ON u.note_id = n.id"
            + " WHERE n.visit_id = ? AND n.deleted = 0 ORDER BY n.created_hlc";

    private final Database db;

    public NoteReviewService(Database db) {
        this.db = db;
    }

    /** Every note of the visit (not those in the trash), in the order they were taken. */
    public List<ReviewNote> load(String visitId) {
        return db.read(c -> Sql.list(c, SQL, rs -> {
            List<String> areas;
            try {
                areas = AREAS.readValue(rs.getString("areas"));
            } catch (Exception e) {
                throw new StoreException("Damaged area list on note " + rs.getString("id"), e);
            }
            String day = rs.getString("day");
            return new ReviewNote(rs.getString("id"), rs.getString("visit_id"), rs.getString("meeting_id"),
                    rs.getString("meeting_title"), day == null ? null : LocalDate.parse(day), rs.getString("start_time"),
                    NoteKind.of(rs.getString("kind")), areas, rs.getString("author"), rs.getString("text"),
                    rs.getString("speaker_name"), rs.getInt("files"), rs.getInt("used") != 0, rs.getString("created_hlc"));
        }, visitId, visitId, visitId));
    }
}
