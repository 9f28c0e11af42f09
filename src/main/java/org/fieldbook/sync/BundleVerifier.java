package org.fieldbook.sync;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fieldbook.store.Migrations;
import org.fieldbook.sync.bag.BagInfo;
import org.fieldbook.sync.bag.ZipLimits;
import org.fieldbook.sync.crypto.WorkspaceKeys;
import org.fieldbook.sync.imports.BundleValidator;
import org.fieldbook.sync.imports.ValidatedBundle;

/**
 * Verifies a bundle without opening any workspace: the record types are checked against this version's schema
 * (an in-memory database migrated to the latest version); encrypted contents are checked only when the given
 * keys can open them.
 */
public final class BundleVerifier {
    private BundleVerifier() {
    }

    /**
     * @param keys     the keys of the workspace the bundle may be for, or null
     * @param trusted  answers whether a signer fingerprint is trusted, or null when unknown
     */
    public static VerifyReport verify(Path file, WorkspaceKeys keys, java.util.function.Predicate<String> trusted) {
        try (Connection schema = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Migrations.migrate(schema);
            try (ValidatedBundle b = new BundleValidator(ZipLimits.DEFAULT, System::currentTimeMillis, false).validate(file, schema, keys, Progress.NONE)) {
                Map<String, Integer> counts = new LinkedHashMap<>();
                b.records().forEach((t, rs) -> counts.put(t.name(), rs.size()));
                BagInfo info = b.info();
                return new VerifyReport(b.bundleId(), info.get(BagInfo.AUTHOR).orElse(""), info.get(BagInfo.CREATED).orElse(""),
                        Integer.parseInt(info.require(BagInfo.SCHEMA_VERSION).trim()),
                        Long.parseLong(info.require(BagInfo.SEQUENCE).trim()), info.get(BagInfo.SCOPE).orElse(""),
                        b.signer().fingerprint(), trusted == null ? null : trusted.test(b.signer().fingerprint()),
                        b.encrypted(), b.readable(), counts, b.attachments().size());
            }
        } catch (SQLException e) {
            throw SyncException.coded(e, "verify.failed", "cannot verify: " + e.getMessage(), e.getMessage());
        }
    }
}
