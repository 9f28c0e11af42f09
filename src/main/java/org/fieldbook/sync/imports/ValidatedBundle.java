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
