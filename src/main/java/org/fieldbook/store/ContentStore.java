package org.fieldbook.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The content of attached files, stored once per distinct content and named by its SHA-256 (hex): in the workspace
 * folder on SQLite ({@link FolderContentStore}), in the office database on PostgreSQL ({@link DatabaseContentStore}),
 * so that every colleague opens the file another imported. The engine's store is chosen once, when the workspace is
 * opened ({@link Store#contents()}). Every read checks the content against its hash and refuses a damaged file with a
 * message naming it.
 */
public interface ContentStore {
    /** Copies the stream into the store (once: the same content stored again is not stored twice); returns hash and size. */
    Stored put(InputStream in);

    /** As {@link #put(InputStream)}, from a file. */
    default Stored put(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return put(in);
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Takes in a file already written under its hash in a staging folder (a bundle's attachment, checked by the
     * bundle's validation): moved in on a folder, read in (and checked again) on a database.
     */
    void adopt(String sha256, Path staged) throws IOException;

    boolean has(String sha256);

    /** The content, checked against its hash; a missing or damaged file is refused with a message naming it. */
    byte[] read(String sha256);

    /**
     * A local file holding the content, for what needs a file (the system's viewer, a bundle being written): the stored
     * file itself on a folder (where it would be, whether there or not); on a database, a checked copy made in this
     * program's folder, removed when the workspace is opened again.
     */
    Path file(String sha256);

    /** Removes the content (erasure of personal data); nothing happens when it is not there. */
    void remove(String sha256);

    /** The hashes of every content stored. */
    List<String> hashes();

    /** Where the files are, for messages: a folder, or "the office database". */
    String where();

    /** Hash and size of stored content. */
    record Stored(String sha256, long size) {
    }

    /** Refuses anything but 64 lower-case hex digits (a name used in paths and queries). */
    static String checked(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return sha256;
    }
}
