package org.fieldbook.sync;

import java.nio.file.Path;
import java.util.Optional;
import org.fieldbook.attachment.AttachmentStore;
import org.fieldbook.store.Store;
import org.fieldbook.sync.bag.ZipLimits;
import org.fieldbook.sync.crypto.PublicKeyCard;
import org.fieldbook.sync.crypto.WorkspaceKeys;
import org.fieldbook.sync.exports.BundleExporter;
import org.fieldbook.sync.exports.ExportRequest;
import org.fieldbook.sync.exports.ExportResult;
import org.fieldbook.sync.imports.ImportService;
import org.fieldbook.sync.imports.TrustStore;

/**
 * Sync for one open workspace: its keys, the office key, export, import, verify and conflicts. The CLI and
 * the views call this; long calls (export, import) belong on a background thread.
 */
public final class SyncService {
    static final String OFFICE_KEY = "sync.office_key";

    private final Store store;
    private final WorkspaceKeys keys;
    private final TrustStore trust;
    private final BundleExporter exporter;
    private final ImportService imports;
    private final ConflictService conflicts;

    public SyncService(Store store, AttachmentStore attachments) {
        this.store = store;
        this.keys = new WorkspaceKeys(keysFolder(store.workspace().folder()));
        this.trust = new TrustStore(store.db());
        this.exporter = new BundleExporter(store, keys, attachments);
        this.imports = new ImportService(store, keys, attachments, trust, ZipLimits.DEFAULT);
        this.conflicts = new ConflictService(store.db(), store.tracker());
    }

    public static Path keysFolder(Path workspaceFolder) {
        return workspaceFolder.resolve("keys");
    }

    public WorkspaceKeys keys() {
        return keys;
    }

    public TrustStore trust() {
        return trust;
    }

    public ImportService imports() {
        return imports;
    }

    public ConflictService conflicts() {
        return conflicts;
    }

    /** This workspace's public key file content. */
    public PublicKeyCard publicKey() {
        String name = store.identity().name();
        return keys.card(name == null ? "" : name);
    }

    /** The office key imported once; bundles go to the office encrypted from then on. */
    public Optional<PublicKeyCard> officeKey() {
        return store.meta().get(OFFICE_KEY).map(PublicKeyCard::parse);
    }

    /**
     * Reads an office public key file, remembers it and trusts its signing key, in one write transaction; returns it
     * (show the fingerprint). A file that is not a valid key file changes nothing.
     */
    public PublicKeyCard importOfficeKey(Path file) {
        PublicKeyCard card = PublicKeyCard.read(file);
        store.db().write(c -> {
            org.fieldbook.store.Sql.update(c, "INSERT INTO meta(key,value) VALUES(?,?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                    OFFICE_KEY, card.toJson());
            TrustStore.trust(c, card.fingerprint(), card.signingKey(), card.label().isEmpty() ? "office" : card.label());
            return null;
        });
        return card;
    }

    public ExportResult export(ExportRequest request, Progress progress, Cancellation cancel) {
        return exporter.export(request, progress, cancel);
    }

    /** A bundle without personal data (blanked fields, texts passed through {@code scrub}), for third parties. */
    public ExportResult exportRedacted(ExportRequest request, Progress progress, Cancellation cancel,
                                       java.util.function.UnaryOperator<String> scrub) {
        return exporter.export(request, progress, cancel, scrub);
    }

    /** Verifies a bundle with this workspace's keys and trust list, changing nothing. */
    public VerifyReport verify(Path file) {
        return BundleVerifier.verify(file, keys, trust::isTrusted);
    }
}
