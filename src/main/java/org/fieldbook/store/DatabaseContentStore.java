package org.fieldbook.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Attached files in the office database (PostgreSQL), table {@code attachment_content}: one row per distinct content,
 * named by its SHA-256, so every program working on the database opens the files any colleague attached or imported.
 * Every read checks the content against its hash. What needs a file gets a checked copy in this program's own folder
 * ({@code attachments/opened/}), cleared when the workspace is opened again.
 */
final class DatabaseContentStore implements ContentStore {
    private static final Logger LOG = Logger.getLogger(DatabaseContentStore.class.getName());
    private final Database db;
    private final Path local;
    private final Path opened;

    /**
     * {@code local} is this program's attachment folder beside the database: staging for imports, checked copies; files
     * a previous version kept there (before the office shared them) are moved into the database now.
     */
    DatabaseContentStore(Database db, Path local) {
        this.db = db;
        this.local = local;
        this.opened = local.resolve("opened");
        clearOpened();
        moveLocalFilesIn();
    }

    @Override
    public Stored put(InputStream in) {
        Path tmp = null;
        try {
            Files.createDirectories(local);
            tmp = Files.createTempFile(local, "incoming-", ".part");
            MessageDigest sha = FolderContentStore.Hashes.sha256();
            long size;
            try (DigestInputStream din = new DigestInputStream(in, sha)) {
                size = Files.copy(din, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            adopt(hash, tmp);
            return new Stored(hash, size);
        } catch (IOException e) {
            throw new StoreException("Cannot store the attachment: " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Inserts the staged file (unless that content is there already), checking its hash as it is read. */
    @Override
    public void adopt(String sha256, Path staged) throws IOException {
        ContentStore.checked(sha256);
        long size = Files.size(staged);
        db.write(c -> {
            if (exists(c, sha256)) {
                return null;
            }
            MessageDigest sha = FolderContentStore.Hashes.sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(staged), sha);
                 PreparedStatement ps = c.prepareStatement(
                         "INSERT INTO attachment_content (sha256, size, content) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING")) {
                ps.setString(1, sha256);
                ps.setLong(2, size);
                ps.setBinaryStream(3, in, size);
                ps.executeUpdate();
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new SQLException("cannot read " + staged + ": " + e.getMessage(), e);
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(sha256)) {
                // thrown inside the write: rolled back, nothing stored
                throw new StoreException("The file " + staged.getFileName() + " does not match its hash " + sha256
                        + "; it was not stored.");
            }
            return null;
        });
        deleteQuietly(staged);
    }

    private static boolean exists(Connection c, String sha256) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM attachment_content WHERE sha256 = ?", sha256) > 0;
    }

    @Override
    public boolean has(String sha256) {
        ContentStore.checked(sha256);
        return db.read(c -> exists(c, sha256));
    }

    @Override
    public byte[] read(String sha256) {
        ContentStore.checked(sha256);
        return db.read(c -> {
            byte[] bytes = Sql.one(c, "SELECT content FROM attachment_content WHERE sha256 = ?", rs -> rs.getBytes(1), sha256)
                    .orElse(null);
            if (bytes == null) {
                throw new StoreException("The attached file " + names(c, sha256) + " is not in the office database.");
            }
            if (!FolderContentStore.Hashes.hex(bytes).equals(sha256)) {
                throw new StoreException("The attached file " + names(c, sha256) + " is damaged in the office database: its"
                        + " content no longer matches its hash " + sha256 + ", so it was not used. Restore the database from"
                        + " its backup, or import the file again.");
            }
            return bytes;
        });
    }

    /** The file names the attachment records give this content, for messages ("photo.jpg" or its hash). */
    private static String names(Connection c, String sha256) throws SQLException {
        List<String> names = Sql.list(c, "SELECT DISTINCT file_name FROM attachment WHERE sha256 = ? ORDER BY file_name",
                rs -> rs.getString(1), sha256);
        return names.isEmpty() ? sha256 : "'" + String.join("', '", names) + "' (" + sha256 + ")";
    }

    @Override
    public Path file(String sha256) {
        ContentStore.checked(sha256);
        Path copy = opened.resolve(sha256);
        try {
            if (Files.exists(copy) && FolderContentStore.Hashes.hex(Files.readAllBytes(copy)).equals(sha256)) {
                return copy;
            }
            byte[] bytes = read(sha256);
            Files.createDirectories(opened);
            Path tmp = Files.createTempFile(opened, "incoming-", ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return copy;
        } catch (IOException e) {
            throw new StoreException("Cannot copy the attached file " + sha256 + " to " + opened + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void remove(String sha256) {
        ContentStore.checked(sha256);
        db.write(c -> Sql.update(c, "DELETE FROM attachment_content WHERE sha256 = ?", sha256));
        deleteQuietly(opened.resolve(sha256));
    }

    @Override
    public List<String> hashes() {
        return db.read(c -> Sql.list(c, "SELECT sha256 FROM attachment_content ORDER BY sha256", rs -> rs.getString(1)));
    }

    @Override
    public String where() {
        return "the office database";
    }

    private void clearOpened() {
        if (!Files.isDirectory(opened)) {
            return;
        }
        try (Stream<Path> files = Files.list(opened)) {
            files.forEach(DatabaseContentStore::deleteQuietly);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not clear " + opened + ": " + e.getMessage(), e);
        }
    }

    /** Files kept in this program's folder by a version before the office shared them: into the database, checked. */
    private void moveLocalFilesIn() {
        List<String> found = new FolderContentStore(local).hashes();
        for (String h : found) {
            Path f = local.resolve(h.substring(0, 2)).resolve(h);
            try {
                if (!FolderContentStore.Hashes.hex(Files.readAllBytes(f)).equals(h)) {
                    LOG.warning("The attached file " + f + " does not match its hash (it is damaged); left where it is.");
                    continue;
                }
                adopt(h, f);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "could not move " + f + " into the office database: " + e.getMessage(), e);
            }
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover copy is cleared the next time the workspace is opened
        }
    }
}
