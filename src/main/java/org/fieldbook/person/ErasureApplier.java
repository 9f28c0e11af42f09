package org.fieldbook.person;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldbook.store.Sql;

/**
 * Applies one erasure to a database connection (a workspace inside its write transaction, or a backup file): the
 * person's own fields, their quotes' attribution (or the quotes), their attendance, and every free text where their
 * name, e-mail or phone appears, in synced records and in the local sync tables that keep old versions (text versions,
 * conflicts, undo snapshots). Values are rewritten in place without new clock stamps: every workspace applies the same
 * erasure to whatever it holds or receives, so all copies end equal, and whatever a merge picks is erased again.
 */
public final class ErasureApplier {
    /** Free-text fields of synced tables that may quote a person. */
    static final List<String[]> TEXTS = List.of(
            new String[] {"note", "text"}, new String[] {"note", "speaker_name"}, new String[] {"profile_section", "body"},
            new String[] {"profile_revision", "body"}, new String[] {"profile_revision", "note"},
            new String[] {"profile_recommendation", "text"}, new String[] {"index_answer", "evidence"},
            new String[] {"index_verification", "rationale"}, new String[] {"city", "context"}, new String[] {"meeting", "title"},
            new String[] {"meeting", "place"}, new String[] {"stakeholder", "person"}, new String[] {"stakeholder", "role"});
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErasureApplier() {
    }

    /**
     * @param touched when not null, only these records (table → ids) are scanned for free text (after an import);
     *                null scans everything, local sync tables included
     * @return how many values changed
     */
    public static int apply(Connection c, String stakeholderId, boolean removeQuotes, Collection<String> hashes,
                            Map<String, Set<String>> touched) throws SQLException {
        int changed = 0;
        changed += Sql.update(c, "UPDATE stakeholder SET person='', role='', email='', phone='', named_consent=0, deleted=1"
                + " WHERE id=? AND (person<>'' OR role<>'' OR email<>'' OR phone<>'' OR named_consent<>0 OR deleted<>1)", stakeholderId);
        if (removeQuotes) {
            changed += Sql.update(c, "UPDATE note SET text='', speaker_name='', speaker_id=NULL, deleted=1 WHERE speaker_id=?", stakeholderId);
        } else {
            changed += Sql.update(c, "UPDATE note SET speaker_name='', speaker_id=NULL WHERE speaker_id=?", stakeholderId);
        }
        changed += Sql.update(c, "UPDATE meeting_attendee SET deleted=1 WHERE stakeholder_id=? AND deleted<>1", stakeholderId);
        if (hashes.isEmpty()) {
            return changed;
        }
        for (String[] t : TEXTS) {
            changed += scrubColumn(c, t[0], t[1], "id", touched == null ? null : touched.get(t[0]), hashes);
        }
        if (touched == null) {
            String rowId = org.fieldbook.store.Dialect.of(c).rowId();
            changed += scrubColumn(c, "sync_version", "text", rowId, null, hashes);
            for (String col : new String[] {"local", "remote", "base", "kept"}) {
                changed += scrubColumn(c, "sync_conflict", col, rowId, null, hashes);
            }
            changed += scrubJsonColumn(c, "sync_undo", "before", hashes);
        }
        return changed;
    }

    private static int scrubColumn(Connection c, String table, String col, String key, Set<String> only,
                                   Collection<String> hashes) throws SQLException {
        if (only != null && only.isEmpty()) {
            return 0;
        }
        List<Object[]> updates = new ArrayList<>();
        String base = "SELECT " + key + ", " + col + " FROM " + table + " WHERE " + col + " IS NOT NULL AND " + col + " <> ''";
        List<List<String>> chunks = new ArrayList<>();
        if (only == null) {
            chunks.add(null);
        } else {
            List<String> ids = new ArrayList<>(only);
            for (int i = 0; i < ids.size(); i += 500) {
                chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
            }
        }
        for (List<String> chunk : chunks) {
            String sql = chunk == null ? base : base + " AND " + key + " IN (" + "?,".repeat(chunk.size() - 1) + "?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (chunk != null) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String v = rs.getString(2);
                        String s = NameHashes.scrub(v, hashes);
                        if (!s.equals(v)) {
                            updates.add(new Object[] {s, rs.getObject(1)});
                        }
                    }
                }
            }
        }
        for (Object[] u : updates) {
            Sql.update(c, "UPDATE " + table + " SET " + col + "=? WHERE " + key + "=?", u);
        }
        return updates.size();
    }

    private static int scrubJsonColumn(Connection c, String table, String col, Collection<String> hashes) throws SQLException {
        List<Object[]> updates = new ArrayList<>();
        String rowId = org.fieldbook.store.Dialect.of(c).rowId();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + rowId + ", " + col + " FROM " + table + " WHERE " + col + " IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String v = rs.getString(2);
                try {
                    JsonNode n = JSON.readTree(v);
                    JsonNode s = scrubTree(n, hashes);
                    String out = JSON.writeValueAsString(s);
                    if (!out.equals(JSON.writeValueAsString(n))) {
                        updates.add(new Object[] {out, rs.getObject(1)});
                    }
                } catch (Exception e) {
                    String s = NameHashes.scrub(v, hashes);
                    if (!s.equals(v)) {
                        updates.add(new Object[] {s, rs.getObject(1)});
                    }
                }
            }
        }
        for (Object[] u : updates) {
            Sql.update(c, "UPDATE " + table + " SET " + col + "=? WHERE " + rowId + "=?", u);
        }
        return updates.size();
    }

    private static JsonNode scrubTree(JsonNode n, Collection<String> hashes) {
        if (n.isTextual()) {
            return TextNode.valueOf(NameHashes.scrub(n.asText(), hashes));
        }
        if (n.isObject()) {
            ObjectNode o = ((ObjectNode) n).deepCopy();
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String f : names) {
                o.set(f, scrubTree(o.get(f), hashes));
            }
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = JSON.createArrayNode();
            n.forEach(e -> a.add(scrubTree(e, hashes)));
            return a;
        }
        return n;
    }
}
