package org.fieldbook.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.fieldbook.store.ContentStore;

/**
 * Content-addressed file store, named by SHA-256: the same file added twice is kept once, and every read is checked
 * against the hash. Where the bytes live is the engine's {@link ContentStore}, chosen when the workspace is opened:
 * the workspace's {@code attachments/} folder on SQLite, the office database on PostgreSQL (shared by colleagues).
 */
public final class AttachmentStore {
    private final ContentStore contents;

    public AttachmentStore(ContentStore contents) {
        this.contents = contents;
    }

    /** Copies the stream into the store; returns its SHA-256 (hex) and size. */
    public Stored put(InputStream in) {
        ContentStore.Stored s = contents.put(in);
        return new Stored(s.sha256(), s.size());
    }

    public Stored put(Path file) {
        ContentStore.Stored s = contents.put(file);
        return new Stored(s.sha256(), s.size());
    }

    /** Takes in a file staged under its hash (a bundle's attachment): moved into the folder, or read into the database. */
    public void adopt(String sha256, Path staged) throws IOException {
        contents.adopt(sha256, staged);
    }

    /**
     * A local file with the content, for the system's viewer or a bundle: on a folder the stored file itself (where it
     * would be); on the office database a copy checked against the hash.
     */
    public Path pathOf(String sha256) {
        return contents.file(sha256);
    }

    /** The content, checked against its hash (a damaged or missing file is refused with a message naming it). */
    public byte[] read(String sha256) {
        return contents.read(sha256);
    }

    public boolean has(String sha256) {
        return contents.has(sha256);
    }

    /** Removes the content (erasure); nothing happens when it is not there. */
    public void remove(String sha256) {
        contents.remove(sha256);
    }

    /** Where the files are, for messages. */
    public String where() {
        return contents.where();
    }

    /** Hash and size of a stored file. */
    public record Stored(String sha256, long size) {
    }
}
