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
import org.fieldbook.support.JsonMappers;

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
    private static final ObjectMapper JSON = JsonMappers.plain();

    private ErasureApplier() {
    }

    /**
     * @param touched when not null, only these records (table → ids) are scanned for free text (after an import);
     *                null scans everything, local sync tables included
     * @return how many values changed
     */
    public static int apply(Connection c, String stakeholderId, boolean removeQuotes, Collection<String> hashes,
                            Map<String, Set<String>> touched) throws SQLException {
        return apply(c, stakeholderId, removeQuotes, hashes, touched, AttachmentFiles.NONE, new java.util.HashMap<>());
    }

    /**
     * As above, and attached files: names that hold the person are renamed; text attachments (plain text, Markdown,
     * CSV) that name them are written again without the name, and each replaced file's hash is put in {@code replaced}
     * with its successor's (the caller removes the old files no record refers to once the transaction is committed).
     */
    public static int apply(Connection c, String stakeholderId, boolean removeQuotes, Collection<String> hashes,
                            Map<String, Set<String>> touched, AttachmentFiles files, Map<String, String> replaced) throws SQLException {
        int changed = 0;
        if (removeQuotes) {
            changed += Sql.update(c, "UPDATE attachment SET deleted=1 WHERE deleted=0 AND note_id IN (SELECT id FROM note WHERE speaker_id=?)",
                    stakeholderId);
        }
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
        changed += scrubAttachments(c, touched == null ? null : touched.get("attachment"), hashes, files, replaced);
        changed += scrubUndoneAttachments(c, touched == null ? null : touched.get("attachment"), hashes, files, replaced);
        if (touched != null) {
            // the text versions and conflicts the import kept for the records it brought hold what it brought
            Set<String> ids = new java.util.HashSet<>();
            touched.values().forEach(ids::addAll);
            String rowId = org.fieldbook.store.Dialect.of(c).rowId();
            changed += scrubColumn(c, "sync_version", "text", rowId, "id", ids, hashes);
            for (String col : new String[] {"local", "remote", "base", "kept"}) {
                changed += scrubColumn(c, "sync_conflict", col, rowId, "id", ids, hashes);
            }
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

    /** Whether the attachment is text that can be read and rewritten (plain text, Markdown, CSV). */
    static boolean isText(String mediaType, String fileName) {
        String n = fileName.toLowerCase(java.util.Locale.ROOT);
        return mediaType.startsWith("text/") || n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".csv");
    }

    /** The file name without the person: words are separated by hyphens, underscores, dots or spaces. */
    static String scrubFileName(String name, Collection<String> hashes) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String spaced = stem.replaceAll("[-_.+\\s]+", " ").strip();
        String scrubbed = NameHashes.scrub(spaced, hashes);
        if (scrubbed.equals(spaced)) {
            return name;
        }
        return scrubbed.replace(NameHashes.MARK, "name-removed").strip().replaceAll("\\s+", "-") + ext;
    }

    /** The text of an attached file when it names the person, without them; empty when it does not, or is not text. */
    static java.util.Optional<String> scrubbedContent(String mediaType, String fileName, String sha, Collection<String> hashes,
                                                      AttachmentFiles files) {
        if (!isText(mediaType, fileName)) {
            return java.util.Optional.empty();
        }
        return files.read(sha).flatMap(bytes -> {
            String text;
            try {
                text = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                return java.util.Optional.empty();
            }
            String s = NameHashes.scrub(text, hashes);
            return s.equals(text) ? java.util.Optional.empty() : java.util.Optional.of(s);
        });
    }

    private static int scrubAttachments(Connection c, Set<String> only, Collection<String> hashes, AttachmentFiles files,
                                        Map<String, String> replaced) throws SQLException {
        if (only != null && only.isEmpty()) {
            return 0;
        }
        List<String[]> rows = Sql.list(c, "SELECT id, file_name, media_type, sha256 FROM attachment",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
        int changed = 0;
        for (String[] r : rows) {
            if (only != null && !only.contains(r[0])) {
                continue;
            }
            String name = scrubFileName(r[1], hashes);
            if (!name.equals(r[1])) {
                Sql.update(c, "UPDATE attachment SET file_name=? WHERE id=?", name, r[0]);
                changed++;
            }
            java.util.Optional<String> text = scrubbedContent(r[2], r[1], r[3], hashes, files);
            if (text.isPresent()) {
                byte[] bytes = text.get().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                String sha = files.write(bytes);
                Sql.update(c, "UPDATE attachment SET sha256=?, size=? WHERE id=?", sha, bytes.length, r[0]);
                replaced.put(r[3], sha);
                changed++;
            }
        }
        return changed;
    }

    /**
     * The files an undo would put back (the {@code before} of attachment records in the import undo data): a text file
     * naming the person is replaced there too, so that undoing an import (or the import that replaced the file here)
     * cannot bring it back, and the old file can be removed.
     */
    private static int scrubUndoneAttachments(Connection c, Set<String> only, Collection<String> hashes, AttachmentFiles files,
                                              Map<String, String> replaced) throws SQLException {
        if (only != null && only.isEmpty()) {
            return 0;
        }
        List<Object[]> updates = new ArrayList<>();
        String rowId = org.fieldbook.store.Dialect.of(c).rowId();
        for (Object[] r : Sql.list(c, "SELECT " + rowId + ", id, before FROM sync_undo WHERE tbl='attachment' AND before IS NOT NULL",
                rs -> new Object[] {rs.getObject(1), rs.getString(2), rs.getString(3)})) {
            if (only != null && !only.contains((String) r[1])) {
                continue;
            }
            JsonNode n;
            try {
                n = JSON.readTree((String) r[2]);
            } catch (Exception e) {
                continue;
            }
            String sha = n.path("sha256").asText("");
            if (!n.isObject() || !sha.matches("[0-9a-f]{64}")) {
                continue;
            }
            String next = replaced.get(sha);
            if (next == null) {
                java.util.Optional<String> text = scrubbedContent(n.path("media_type").asText(""), n.path("file_name").asText(""), sha,
                        hashes, files);
                if (text.isEmpty()) {
                    continue;
                }
                byte[] bytes = text.get().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                next = files.write(bytes);
                replaced.put(sha, next);
            }
            ObjectNode o = ((ObjectNode) n).deepCopy();
            o.put("sha256", next);
            files.read(next).ifPresent(b -> o.put("size", b.length));
            try {
                updates.add(new Object[] {JSON.writeValueAsString(o), r[0]});
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        for (Object[] u : updates) {
            Sql.update(c, "UPDATE sync_undo SET before=? WHERE " + rowId + "=?", u);
        }
        return updates.size();
    }

    private static int scrubColumn(Connection c, String table, String col, String key, Set<String> only,
                                   Collection<String> hashes) throws SQLException {
        return scrubColumn(c, table, col, key, key, only, hashes);
    }

    /** As above, {@code only} filtering on {@code filterKey} (e.g. the record id of a sync table keyed by rowid). */
    private static int scrubColumn(Connection c, String table, String col, String key, String filterKey, Set<String> only,
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
            String sql = chunk == null ? base : base + " AND " + filterKey + " IN (" + "?,".repeat(chunk.size() - 1) + "?)";
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
                JsonNode v = o.get(f);
                o.set(f, f.equals("file_name") && v.isTextual() ? TextNode.valueOf(scrubFileName(v.asText(), hashes))
                        : scrubTree(v, hashes));
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
