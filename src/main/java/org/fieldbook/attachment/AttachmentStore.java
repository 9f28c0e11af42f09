package org.fieldbook.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.fieldbook.store.StoreException;

/**
 * Content-addressed file store: {@code attachments/ab/abcdef…} named by SHA-256. The same file added twice
 * is kept once. Files are written to a temporary name, synced, then moved, so a crash leaves no half file.
 */
public final class AttachmentStore {
    private final Path root;

    public AttachmentStore(Path root) {
        this.root = root;
    }

    /** Copies the stream into the store; returns its SHA-256 (hex) and size. */
    public Stored put(InputStream in) {
        try {
            Files.createDirectories(root);
            Path tmp = Files.createTempFile(root, "incoming-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (DigestInputStream din = new DigestInputStream(in, sha)) {
                size = Files.copy(din, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Path target = pathOf(hash);
            if (Files.exists(target)) {
                Files.delete(tmp);
            } else {
                Files.createDirectories(target.getParent());
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Stored(hash, size);
        } catch (IOException e) {
            throw new StoreException("Cannot store the attachment: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Stored put(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return put(in);
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public boolean has(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    /** Hash and size of a stored file. */
    public record Stored(String sha256, long size) {
    }
}
