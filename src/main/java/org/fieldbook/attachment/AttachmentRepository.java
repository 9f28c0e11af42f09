package org.fieldbook.attachment;

import java.net.URLConnection;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.Tracker;

/** Attaches files to notes: bytes into the {@link AttachmentStore}, a tracked record into the database. */
public final class AttachmentRepository {
    private final Database db;
    private final Tracker tracker;
    private final AttachmentStore files;

    public AttachmentRepository(Database db, Tracker tracker, AttachmentStore files) {
        this.db = db;
        this.tracker = tracker;
        this.files = files;
    }

    public AttachmentStore files() {
        return files;
    }

    public Attachment attach(String noteId, Path file) {
        AttachmentStore.Stored stored = files.put(file);
        String name = file.getFileName().toString();
        return record(noteId, stored, name, mediaType(name));
    }

    public Attachment attach(String noteId, String fileName, byte[] bytes) {
        AttachmentStore.Stored stored = files.put(new java.io.ByteArrayInputStream(bytes));
        return record(noteId, stored, fileName, mediaType(fileName));
    }

    private Attachment record(String noteId, AttachmentStore.Stored stored, String name, String type) {
        String id = Tracker.newId();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("note_id", noteId);
        f.put("sha256", stored.sha256());
        f.put("file_name", name);
        f.put("media_type", type);
        f.put("size", stored.size());
        db.write(c -> tracker.insert(c, "attachment", id, f));
        return new Attachment(id, noteId, stored.sha256(), name, type, stored.size());
    }

    public void delete(String id) {
        db.write(c -> tracker.delete(c, "attachment", id));
    }

    public List<Attachment> forNote(String noteId) {
        return db.read(c -> Sql.list(c, "SELECT * FROM attachment WHERE note_id=? AND deleted=0 ORDER BY created_hlc",
                AttachmentRepository::map, noteId));
    }

    /** Media type from the file name; enough to choose a preview. */
    public static String mediaType(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (lower.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        String guess = URLConnection.guessContentTypeFromName(fileName);
        return guess != null ? guess : "application/octet-stream";
    }

    static Attachment map(ResultSet rs) throws SQLException {
        return new Attachment(rs.getString("id"), rs.getString("note_id"), rs.getString("sha256"), rs.getString("file_name"),
                rs.getString("media_type"), rs.getLong("size"));
    }
}
