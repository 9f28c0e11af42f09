package org.fieldbook.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Attached files in the workspace folder (SQLite): {@code attachments/ab/abcdef…} named by SHA-256. A file is written
 * to a temporary name, synced, then moved, so a crash leaves no half file.
 */
final class FolderContentStore implements ContentStore {
    private final Path root;

    FolderContentStore(Path root) {
        this.root = root;
    }

    @Override
    public Stored put(InputStream in) {
        try {
            Files.createDirectories(root);
            Path tmp = Files.createTempFile(root, "incoming-", ".part");
            MessageDigest sha = Hashes.sha256();
            long size;
            try (DigestInputStream din = new DigestInputStream(in, sha)) {
                size = Files.copy(din, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Path target = file(hash);
            if (Files.exists(target)) {
                Files.delete(tmp);
            } else {
                Files.createDirectories(target.getParent());
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Stored(hash, size);
        } catch (IOException e) {
            throw new StoreException("Cannot store the attachment: " + e.getMessage(), e);
        }
    }

    @Override
    public void adopt(String sha256, Path staged) throws IOException {
        Path target = file(sha256);
        Files.createDirectories(target.getParent());
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public boolean has(String sha256) {
        return Files.exists(file(sha256));
    }

    @Override
    public byte[] read(String sha256) {
        Path f = file(sha256);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new StoreException("The attached file " + f + " is missing from the workspace folder.", e);
        } catch (IOException e) {
            throw new StoreException("Cannot read the attached file " + f + ": " + e.getMessage(), e);
        }
        if (!Hashes.hex(bytes).equals(sha256)) {
            throw new StoreException("The attached file " + f + " does not match its hash (it is damaged); it was not used."
                    + " Restore it from a backup.");
        }
        return bytes;
    }

    @Override
    public Path file(String sha256) {
        ContentStore.checked(sha256);
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    @Override
    public void remove(String sha256) {
        try {
            Files.deleteIfExists(file(sha256));
        } catch (IOException e) {
            throw new StoreException("Cannot remove an attached file: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> hashes() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, 2)) {
            // only ab/abcdef…: not the staging folders of an import (incoming-*), nor half-written files
            walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")
                            && p.getParent().getFileName().toString().equals(p.getFileName().toString().substring(0, 2)))
                    .map(p -> p.getFileName().toString()).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new StoreException("Cannot list " + root + ": " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public String where() {
        return root.toString();
    }

    /** SHA-256 helpers shared by both content stores. */
    static final class Hashes {
        private Hashes() {
        }

        static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        static String hex(byte[] bytes) {
            return HexFormat.of().formatHex(sha256().digest(bytes));
        }
    }
}
