package org.fieldbook.person;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.StoreException;
import org.fieldbook.store.Tracker;
import org.fieldbook.support.JsonMappers;

/**
 * The rights of the people met: see everything held about one person, and erase it on every copy. An erasure is one
 * write transaction here (the person's fields, quotes' attribution, attendance, every text naming them, the local
 * sync history), then the file is compacted and every backup rewritten; the synced {@code erasure} record makes every
 * other workspace do the same, and {@link #imported}/{@link #undone} keep it erased after any later import or undo.
 */
public final class PersonalDataService {
    private static final ObjectMapper JSON = JsonMappers.plain();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final Database db;
    private final Tracker tracker;
    private final Path backups;
    private final String workspaceId;
    private final AttachmentFiles files;
    private final Map<String, String> replacedFiles = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean compactPending;

    public PersonalDataService(Database db, Tracker tracker, Path backups, String workspaceId) {
        this(db, tracker, backups, workspaceId, AttachmentFiles.NONE);
    }

    public PersonalDataService(Database db, Tracker tracker, Path backups, String workspaceId, AttachmentFiles files) {
        this.db = db;
        this.tracker = tracker;
        this.backups = backups;
        this.workspaceId = workspaceId;
        this.files = files;
    }

    /** One place where a person's data is held. */
    public record Place(String table, String id, String field, String what) {
    }

    /** What an erasure did. */
    public record Result(String erasureId, int valuesChanged, int backupsRewritten, int backupsRemoved) {
    }

    /** An erasure and the workspaces that have applied it (from their acknowledgements). */
    public record Status(String erasureId, String stakeholderId, String erasedAt, String reason, List<String> appliedBy,
                         List<String> appliedByNames) {
    }

    /** Every place the person appears, listed before anything changes. */
    public List<Place> preview(String stakeholderId) {
        return db.read(c -> places(c, stakeholderId, hashesOf(c, stakeholderId)));
    }

    private static Set<String> hashesOf(Connection c, String stakeholderId) throws SQLException {
        Optional<String[]> s = Sql.one(c, "SELECT person, email, phone FROM stakeholder WHERE id=?",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, stakeholderId);
        if (s.isEmpty()) {
            throw new StoreException("No stakeholder with id " + stakeholderId);
        }
        return NameHashes.of(s.get()[0], s.get()[1], s.get()[2]);
    }

    /**
     * Attached files that hold the person: a file name or a text attachment naming them (both are erased), and files
     * attached to their quotes (photos, PDFs and Word files are not read: the place says to check them by eye).
     */
    private static List<Place> attachmentPlaces(Connection c, String stakeholderId, Set<String> hashes, AttachmentFiles files)
            throws SQLException {
        List<Place> out = new ArrayList<>();
        for (String[] a : Sql.list(c, "SELECT a.id, a.file_name, a.media_type, a.sha256, n.speaker_id FROM attachment a"
                + " JOIN note n ON n.id=a.note_id WHERE a.deleted=0",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)})) {
            boolean inName = !ErasureApplier.scrubFileName(a[1], hashes).equals(a[1]);
            boolean inText = ErasureApplier.scrubbedContent(a[2], a[1], a[3], hashes, files).isPresent();
            if (inName) {
                out.add(new Place("attachment", a[0], "file_name", "their name in the file name " + a[1]));
            }
            if (inText) {
                out.add(new Place("attachment", a[0], "content", "their name or contact details in the attached text " + a[1]));
            }
            if (!inName && !inText && stakeholderId.equals(a[4])) {
                out.add(new Place("attachment", a[0], "file", "file attached to a quote of theirs: " + a[1]
                        + (ErasureApplier.isText(a[2], a[1]) ? "" : " (not text: check its content by eye)")));
            }
        }
        return out;
    }

    private List<Place> places(Connection c, String stakeholderId, Set<String> hashes) throws SQLException {
        List<Place> out = new ArrayList<>();
        out.add(new Place("stakeholder", stakeholderId, "person, role, email, phone, consent", "the person's own record"));
        out.addAll(Sql.list(c, "SELECT id FROM note WHERE speaker_id=?", rs -> new Place("note", rs.getString(1), "speaker",
                "quote attributed to them"), stakeholderId));
        out.addAll(Sql.list(c, "SELECT a.id, m.title FROM meeting_attendee a JOIN meeting m ON m.id=a.meeting_id"
                + " WHERE a.stakeholder_id=? AND a.deleted=0", rs -> new Place("meeting_attendee", rs.getString(1), "attendance",
                "attended: " + rs.getString(2)), stakeholderId));
        for (String[] t : ErasureApplier.TEXTS) {
            if (t[0].equals("stakeholder")) {
                continue;
            }
            for (String[] row : Sql.list(c, "SELECT id, " + t[1] + " FROM " + t[0] + " WHERE " + t[1] + " <> ''",
                    rs -> new String[] {rs.getString(1), rs.getString(2)})) {
                if (!NameHashes.scrub(row[1], hashes).equals(row[1])) {
                    out.add(new Place(t[0], row[0], t[1], "their name or contact details in the text"));
                }
            }
        }
        out.addAll(attachmentPlaces(c, stakeholderId, hashes, files));
        long versions = 0;
        for (String text : Sql.list(c, "SELECT text FROM sync_version WHERE text IS NOT NULL", rs -> rs.getString(1))) {
            if (!NameHashes.scrub(text, hashes).equals(text)) {
                versions++;
            }
        }
        if (versions > 0) {
            out.add(new Place("sync_version", "", "text", versions + " earlier text versions kept for merging"));
        }
        return out;
    }

    /** Erases a person everywhere in this workspace and its backups; returns what changed. */
    public Result erase(String stakeholderId, String reason, boolean removeQuotes) {
        String erasureId = Tracker.newId();
        int changed = db.write(c -> {
            Set<String> hashes = hashesOf(c, stakeholderId);
            String city = Sql.one(c, "SELECT city_id FROM stakeholder WHERE id=?", rs -> rs.getString(1), stakeholderId).orElseThrow();
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("stakeholder_id", stakeholderId);
            f.put("city_id", city);
            f.put("erased_at", Instant.now().toString());
            f.put("reason", reason == null ? "" : reason.strip());
            f.put("remove_quotes", removeQuotes ? 1 : 0);
            f.put("name_hashes", json(new ArrayList<>(hashes)));
            tracker.insert(c, "erasure", erasureId, f);
            return applyNew(c, erasureId, stakeholderId, removeQuotes, hashes);
        });
        db.compact();
        int[] b = rewriteBackups();
        removeReplacedFiles();
        return new Result(erasureId, changed, b[0], b[1]);
    }

    private int applyNew(Connection c, String erasureId, String stakeholderId, boolean removeQuotes, Set<String> hashes)
            throws SQLException {
        try {
            Sql.update(c, "INSERT INTO erasure_local(erasure_id, stakeholder_id, remove_quotes, name_hashes, applied_at)"
                    + " VALUES (?,?,?,?,?) ON CONFLICT(erasure_id) DO NOTHING", erasureId, stakeholderId, removeQuotes ? 1 : 0,
                    JSON.writeValueAsString(new ArrayList<>(hashes)), Instant.now().toString());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        int changed = ErasureApplier.apply(c, stakeholderId, removeQuotes, hashes, null, files, replacedFiles);
        String ack = UUID.nameUUIDFromBytes((erasureId + "|" + workspaceId).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        if (Sql.count(c, "SELECT count(*) FROM erasure_ack WHERE id=?", ack) == 0
                && Sql.count(c, "SELECT count(*) FROM erasure WHERE id=?", erasureId) > 0) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("erasure_id", erasureId);
            f.put("workspace", workspaceId);
            f.put("applied_at", Instant.now().toString());
            tracker.insert(c, "erasure_ack", ack, f);
        }
        return changed;
    }

    /**
     * After an import (same transaction): erasures that arrived are applied everywhere here, and every erasure this
     * workspace knows is applied again to the records the bundle brought, whatever the merge chose.
     */
    public void imported(Connection c, Map<String, Set<String>> touched) throws SQLException {
        for (String[] e : Sql.list(c, "SELECT e.id, e.stakeholder_id, e.remove_quotes, e.name_hashes FROM erasure e"
                + " WHERE NOT EXISTS (SELECT 1 FROM erasure_local l WHERE l.erasure_id=e.id)",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})) {
            Set<String> hashes = new TreeSet<>(parse(e[3]));
            Sql.one(c, "SELECT person, email, phone FROM stakeholder WHERE id=?",
                    rs -> NameHashes.of(rs.getString(1), rs.getString(2), rs.getString(3)), e[1]).ifPresent(hashes::addAll);
            applyNew(c, e[0], e[1], "1".equals(e[2]), hashes);
            compactPending = true;
        }
        enforce(c, touched);
    }

    /** After an import that brought an erasure committed: compact the file and rewrite the backups, as {@link #erase} does. */
    public void committed() {
        if (compactPending) {
            compactPending = false;
            db.compact();
            rewriteBackups();
        }
        removeReplacedFiles();
    }

    /** Removes the attached files an erasure replaced, once no record (here or in a backup) refers to them. */
    private void removeReplacedFiles() {
        if (replacedFiles.isEmpty()) {
            return;
        }
        List<String> old = new ArrayList<>(replacedFiles.keySet());
        List<String> unused = db.read(c -> {
            List<String> out = new ArrayList<>();
            for (String sha : old) {
                if (Sql.count(c, "SELECT count(*) FROM attachment WHERE sha256=?", sha) == 0) {
                    out.add(sha);
                }
            }
            return out;
        });
        for (String sha : old) {
            replacedFiles.remove(sha);
        }
        for (String sha : unused) {
            files.remove(sha);
        }
    }

    /** After an undone import (same transaction): nothing the undo restored may bring an erased person back. */
    public void undone(Connection c) throws SQLException {
        enforce(c, null);
    }

    /**
     * Applies every erasure again; when that changed anything (the import or undo had written erased words), the file
     * is compacted after the commit, so the words written and overwritten in the same transaction leave no trace in the
     * database's free pages or its log.
     */
    private void enforce(Connection c, Map<String, Set<String>> touched) throws SQLException {
        int changed = 0;
        for (String[] e : Sql.list(c, "SELECT stakeholder_id, remove_quotes, name_hashes FROM erasure_local",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})) {
            changed += ErasureApplier.apply(c, e[0], "1".equals(e[1]), parse(e[2]), touched, files, replacedFiles);
        }
        if (changed > 0) {
            compactPending = true;
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> parse(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (IOException ex) {
            return List.of();
        }
    }

    /**
     * The backup rule for erasures: every backup file is rewritten with every erasure applied and compacted, so no
     * copy keeps an erased person; a backup that cannot be rewritten is removed. Returns {rewritten, removed}.
     */
    public int[] rewriteBackups() {
        List<String[]> erasures = db.read(c -> Sql.list(c, "SELECT stakeholder_id, remove_quotes, name_hashes FROM erasure_local",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}));
        int rewritten = 0;
        int removed = 0;
        if (!Files.isDirectory(backups)) {
            return new int[] {0, 0};
        }
        try (DirectoryStream<Path> found = Files.newDirectoryStream(backups, "*.db")) {
            for (Path f : found) {
                try (Connection b = DriverManager.getConnection("jdbc:sqlite:" + f.toAbsolutePath())) {
                    try (var st = b.createStatement()) {
                        st.execute("PRAGMA secure_delete=ON");
                    }
                    b.setAutoCommit(false);
                    for (String[] e : erasures) {
                        ErasureApplier.apply(b, e[0], "1".equals(e[1]), parse(e[2]), null, files, new java.util.HashMap<>());
                    }
                    b.commit();
                    b.setAutoCommit(true);
                    try (var st = b.createStatement()) {
                        st.execute("VACUUM");
                    }
                    rewritten++;
                } catch (SQLException ex) {
                    Files.deleteIfExists(f);
                    removed++;
                }
                for (String side : new String[] {"-wal", "-shm", "-journal"}) {
                    Files.deleteIfExists(f.resolveSibling(f.getFileName() + side));
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot rewrite the backups in " + backups + ": " + e.getMessage(), e);
        }
        return new int[] {rewritten, removed};
    }

    /**
     * A text scrubber for exports to third parties: removes every name, e-mail and phone of the workspace's
     * stakeholders, the visit teams' names and the authors of records.
     */
    public java.util.function.UnaryOperator<String> namesScrubber() {
        Set<String> hashes = db.read(c -> {
            Set<String> out = new TreeSet<>();
            for (String[] p : Sql.list(c, "SELECT person, email, phone FROM stakeholder",
                    rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})) {
                out.addAll(NameHashes.of(p[0], p[1], p[2]));
            }
            for (String team : Sql.list(c, "SELECT team FROM visit", rs -> rs.getString(1))) {
                try {
                    for (var m : JSON.readTree(team)) {
                        out.addAll(NameHashes.of(m.path("name").asText(""), "", ""));
                    }
                } catch (IOException e) {
                    // a damaged team list names nobody
                }
            }
            for (String t : new String[] {"note", "profile_section", "profile_revision", "visit", "city"}) {
                for (String author : Sql.list(c, "SELECT DISTINCT author FROM " + t, rs -> rs.getString(1))) {
                    out.addAll(NameHashes.of(author, "", ""));
                }
            }
            return out;
        });
        return text -> NameHashes.scrub(text, hashes);
    }

    /** Every erasure known here, with the workspaces that have applied it. */
    public List<Status> erasures() {
        return db.read(c -> {
            List<Status> out = new ArrayList<>();
            for (String[] e : Sql.list(c, "SELECT id, stakeholder_id, erased_at, reason FROM erasure ORDER BY erased_at",
                    rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})) {
                out.add(new Status(e[0], e[1], e[2], e[3], Sql.list(c, "SELECT workspace FROM erasure_ack WHERE erasure_id=? ORDER BY workspace",
                        rs -> rs.getString(1), e[0]), Sql.list(c, "SELECT author FROM erasure_ack WHERE erasure_id=? ORDER BY workspace",
                        rs -> rs.getString(1), e[0])));
            }
            return out;
        });
    }

    /** Everything held about one person (access on request), as a JSON-ready map. */
    public Map<String, Object> export(String stakeholderId) {
        return db.read(c -> {
            Set<String> hashes = hashesOf(c, stakeholderId);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("stakeholder", Sql.one(c, "SELECT s.id, s.person, s.organisation, s.role, s.category, s.email, s.phone,"
                    + " s.named_consent, c.name AS city FROM stakeholder s JOIN city c ON c.id=s.city_id WHERE s.id=?", rs -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        for (String k : new String[] {"id", "person", "organisation", "role", "category", "email", "phone", "city"}) {
                            m.put(k, rs.getString(k));
                        }
                        m.put("named_consent", rs.getInt("named_consent") == 1);
                        return m;
                    }, stakeholderId).orElseThrow());
            out.put("meetings_attended", Sql.list(c, "SELECT m.day, m.start_time, m.title, m.place FROM meeting_attendee a"
                    + " JOIN meeting m ON m.id=a.meeting_id WHERE a.stakeholder_id=? AND a.deleted=0 AND m.deleted=0 ORDER BY m.day, m.start_time",
                    rs -> Map.of("day", rs.getString(1), "time", rs.getString(2), "title", rs.getString(3), "place", rs.getString(4)),
                    stakeholderId));
            out.put("quotes", Sql.list(c, "SELECT id, kind, text FROM note WHERE speaker_id=? AND deleted=0 ORDER BY created_hlc",
                    rs -> Map.of("note", rs.getString(1), "kind", rs.getString(2), "text", rs.getString(3)), stakeholderId));
            List<Map<String, String>> mentions = new ArrayList<>();
            List<Map<String, String>> attachments = new ArrayList<>();
            for (Place p : places(c, stakeholderId, hashes)) {
                if (p.table().equals("attachment")) {
                    attachments.add(Map.of("attachment", p.id(), "where", p.field(), "what", p.what()));
                } else if (!p.field().equals("speaker") && !p.table().equals("stakeholder") && !p.table().equals("meeting_attendee")) {
                    mentions.add(Map.of("table", p.table(), "id", p.id(), "field", p.field(),
                            "text", p.table().equals("sync_version") ? p.what() : Sql.one(c, "SELECT " + p.field() + " FROM " + p.table()
                                    + " WHERE id=?", rs -> rs.getString(1), p.id()).orElse("")));
                }
            }
            out.put("mentions", mentions);
            out.put("attachments", attachments);
            return out;
        });
    }

    /** The same content as a readable Markdown document. */
    public static String readable(Map<String, Object> export) {
        StringBuilder md = new StringBuilder();
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) export.get("stakeholder");
        md.append("# Personal data held about ").append(s.get("person")).append("\n\n");
        md.append("## Record\n\n");
        s.forEach((k, v) -> md.append("- **").append(k).append("**: ").append(v).append('\n'));
        section(md, "Meetings attended", export.get("meetings_attended"));
        section(md, "Quotes attributed to them", export.get("quotes"));
        section(md, "Where their name or contact details appear", export.get("mentions"));
        section(md, "Attached files", export.getOrDefault("attachments", List.of()));
        return md.toString();
    }

    private static void section(StringBuilder md, String title, Object rows) {
        md.append("\n## ").append(title).append("\n\n");
        List<?> list = (List<?>) rows;
        if (list.isEmpty()) {
            md.append("(none)\n");
        }
        for (Object r : list) {
            md.append("- ");
            ((Map<?, ?>) r).forEach((k, v) -> md.append(k).append(": ").append(String.valueOf(v).replace("\n", " ")).append("; "));
            md.append('\n');
        }
    }
}
