package org.fieldbook.sync.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fieldbook.sync.bag.BagInfo;
import org.fieldbook.sync.bag.OpenedBag;
import org.fieldbook.sync.crypto.BundleSignature;
import org.fieldbook.sync.records.Record;
import org.fieldbook.sync.records.TableSchema;

/**
 * A bundle that passed every check: its metadata, signer, and (when readable here) the parsed records per
 * table and the attachment files, staged on disk when they had to be decrypted. Close it to release files.
 */
public record ValidatedBundle(Path file, OpenedBag bag, BagInfo info, BundleSignature.Signer signer, boolean encrypted,
                              boolean readable, Map<TableSchema, List<Record>> records, Map<String, Path> staged,
                              List<String> attachments, Path stagingDir) implements AutoCloseable {
    public String bundleId() {
        return info.require(BagInfo.BUNDLE_ID);
    }

    /**
     * SHA-256 over every tag file (bag-info, manifests, signature, recipient), in name order. The manifests hold the
     * hash of every payload file and the bag reader has checked them, so two copies with the same digest have the
     * same content: an import remembers it to tell a resent copy from a tampered one.
     */
    public String contentDigest() {
        java.security.MessageDigest sha = org.fieldbook.sync.bag.Hashing.sha256();
        for (var e : new java.util.TreeMap<>(bag.tagFiles()).entrySet()) {
            sha.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(java.nio.ByteBuffer.allocate(8).putLong(e.getValue().length).array());
            sha.update(e.getValue());
        }
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    public int recordCount() {
        return records.values().stream().mapToInt(List::size).sum();
    }

    @Override
    public void close() {
        if (bag != null) {
            bag.close();
        }
        if (stagingDir != null) {
            try (var walk = java.nio.file.Files.walk(stagingDir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException ignored) {
                // temporary files only
            }
        }
    }
}
