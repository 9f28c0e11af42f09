package org.fieldbook.sync.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldbook.attachment.AttachmentStore;
import org.fieldbook.store.Sql;
import org.fieldbook.store.Store;
import org.fieldbook.store.StoreException;
import org.fieldbook.sync.BundleRejected;
import org.fieldbook.sync.Progress;
import org.fieldbook.sync.bag.BagInfo;
import org.fieldbook.sync.bag.BagReader;
import org.fieldbook.sync.bag.ZipLimits;
import org.fieldbook.sync.crypto.WorkspaceKeys;
import org.fieldbook.sync.merge.Stamps;
import org.fieldbook.sync.records.Record;

/**
 * Imports bundles into the workspace: validate everything, preview, then (after a backup) apply in one
 * transaction. A bundle already imported changes nothing; the last import can be undone.
 */
public final class ImportService {
    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());
    private final Store store;
    private final WorkspaceKeys keys;
    private final AttachmentStore attachments;
    private final TrustStore trust;
    private final BundleValidator validator;
    private final ImportBackups backups;

    public ImportService(Store store, WorkspaceKeys keys, AttachmentStore attachments, TrustStore trust, ZipLimits limits) {
        this.store = store;
        this.keys = keys;
        this.attachments = attachments;
        this.trust = trust;
        this.validator = new BundleValidator(limits);
        this.backups = new ImportBackups(store);
        tidy();
    }

    /**
     * The one place leftovers of an interrupted import are cleared, when the workspace is opened: half-written
     * backups, backups the rule does not keep, and attachment staging folders ({@code attachments/incoming-*}).
     */
    private void tidy() {
        try {
            backups.tidy();
            try (var files = Files.list(store.workspace().attachments())) {
                for (Path p : files.filter(p -> p.getFileName().toString().startsWith("incoming-")).toList()) {
                    try (var walk = Files.walk(p)) {
                        walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not clear the leftovers of an interrupted import: " + e.getMessage(), e);
        }
    }

    /** Checks a bundle completely against this workspace's schema and keys; the caller closes the result. */
    public ValidatedBundle validate(Path file, Progress progress) {
        return store.db().read(c -> validator.validate(file, c, keys, progress, null));
    }

    /** Validates while staging the attachments inside the workspace's attachment folder (one read per file). */
    private ValidatedBundle validateForImport(Path file, Progress progress) {
        Path parent = store.workspace().attachments();
        return store.db().read(c -> validator.validate(file, c, keys, progress, parent));
    }

    public boolean alreadyImported(String bundleId) {
        return store.db().read(c -> Sql.count(c, "SELECT COUNT(*) FROM sync_import WHERE bundle_id=? AND status='applied'",
                bundleId)) > 0;
    }

    /**
     * Imports (or with {@code dryRun}, only previews) a bundle. Before anything changes, the free space for the
     * backup is checked; the backup is complete on disk before the one transaction that applies the bundle, and a
     * failed write (a full disk) leaves the workspace as it was, with {@link ImportNotApplied} saying why. Imports in
     * one workspace run one at a time.
     */
    public synchronized ImportReport importBundle(Path file, ImportOptions options, Progress progress) {
        BagInfo peek = BagReader.peekInfo(file, ZipLimits.DEFAULT);
        if (peek != null && peek.get(BagInfo.BUNDLE_ID).map(this::alreadyImported).orElse(false)) {
            return ImportReport.already(peek.get(BagInfo.BUNDLE_ID).orElseThrow());
        }
        if (!options.dryRun()) {
            backups.checkSpace();
        }
        String tag = peek == null ? "unknown0" : peek.get(BagInfo.BUNDLE_ID).orElse("unknown0");
        CompletableFuture<Path> backupDone = options.dryRun() ? null : CompletableFuture.supplyAsync(() -> backups.take(tag));
        boolean keepBackup = false;
        try (ValidatedBundle b = validateForImport(file, progress)) {
            if (!b.readable()) {
                throw new BundleRejected("the bundle is encrypted for another workspace; this workspace cannot read it");
            }
            String fp = b.signer().fingerprint();
            boolean trusted = fp.equals(keys.fingerprint()) || trust.isTrusted(fp);
            if (!trusted && !options.trustSigner()) {
                throw new BundleRejected("unknown signer " + fp + ": not trusted here (check the fingerprint with the sender, "
                        + "then import with --trust)");
            }
            if (alreadyImported(b.bundleId())) {
                return ImportReport.already(b.bundleId());
            }
            progress.update("plan", 0, 1);
            ImportPlan plan = store.db().read(c -> ImportPlanner.plan(c, b.records()));
            if (plan.deleted() > ImportOptions.MANY_DELETES && !options.confirmDeletes() && !options.dryRun()) {
                throw new NeedsConfirmation(plan.deleted());
            }
            if (options.dryRun()) {
                return report(b, plan, trusted, false, "");
            }
            progress.update("backup", 0, 1);
            Path backup = await(backupDone);
            storeAttachments(b);
            progress.update("apply", 0, 1);
            String importHlc = store.tracker().clock().now();
            ImportPlan applied = apply(b, options, trusted, importHlc, backup.getFileName().toString());
            if (applied == null) {
                return ImportReport.already(b.bundleId());
            }
            keepBackup = true;
            observe(b.records());
            prune();
            progress.update("done", 1, 1);
            return report(b, applied, trusted, true, backup.toString());
        } finally {
            if (backupDone != null && !keepBackup) {
                discard(backupDone);
            }
        }
    }

    /** The one transaction that writes the bundle; null when another import of it committed first. */
    private ImportPlan apply(ValidatedBundle b, ImportOptions options, boolean trusted, String importHlc, String backup) {
        try {
            return store.db().write(c -> {
                if (Sql.count(c, "SELECT COUNT(*) FROM sync_import WHERE bundle_id=? AND status='applied'", b.bundleId()) > 0) {
                    return null;
                }
                ImportPlan fresh = ImportPlanner.plan(c, b.records());
                if (fresh.deleted() > ImportOptions.MANY_DELETES && !options.confirmDeletes()) {
                    throw new NeedsConfirmation(fresh.deleted());
                }
                ImportApplier.apply(c, b, fresh, importHlc, backup);
                if (!trusted) {
                    TrustStore.trust(c, b.signer().fingerprint(), b.signer().publicKey(), b.info().get(BagInfo.AUTHOR).orElse(""));
                }
                return fresh;
            });
        } catch (StoreException e) {
            throw new ImportNotApplied("the import could not be written to the workspace (" + ImportBackups.reason(e)
                    + "); it was rolled back and nothing was changed. Free some space on the disk of " + store.workspace().folder()
                    + " and import again.", e);
        }
    }

    /** Applies the backup rule after an import; a backup that cannot be removed now goes at the next open. */
    private void prune() {
        try {
            backups.prune();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not remove old backups: " + e.getMessage(), e);
        }
    }

    /** Waits for the backup of a refused or failed import and removes it (it is not needed: nothing changed). */
    private static void discard(CompletableFuture<Path> backupDone) {
        Path backup;
        try {
            backup = backupDone.join();
        } catch (RuntimeException ignored) {
            return; // a failed backup removes its own partial file; the first failure is the one reported
        }
        try {
            Files.deleteIfExists(backup);
        } catch (IOException ignored) {
            // not referenced by any import: removed at the next open
        }
    }

    private static Path await(CompletableFuture<Path> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /** The pre-import backups: free-space check, the folder's size and the keeping rule ({@link BackupPolicy}). */
    public ImportBackups backups() {
        return backups;
    }

    private void storeAttachments(ValidatedBundle b) {
        for (String path : b.attachments()) {
            String hash = path.substring(path.lastIndexOf('/') + 1);
            if (attachments.has(hash)) {
                continue;
            }
            Path staged = b.staged().get(path);
            try {
                if (staged != null && Files.exists(staged)) {
                    Path target = attachments.pathOf(hash);
                    Files.createDirectories(target.getParent());
                    Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    try (InputStream in = b.bag().open(path)) {
                        if (!attachments.put(in).sha256().equals(hash)) {
                            throw new BundleRejected("attachment " + path + " changed while importing");
                        }
                    }
                }
            } catch (IOException e) {
                throw new ImportNotApplied("the attachment " + path + " could not be stored in " + store.workspace().attachments()
                        + " (" + ImportBackups.reason(e) + "); nothing was imported. Free some space on that disk and import again.", e);
            }
        }
    }

    private void observe(Map<?, List<Record>> records) {
        String max = "";
        for (List<Record> rs : records.values()) {
            for (Record r : rs) {
                for (String s : r.stamps().values()) {
                    max = Stamps.max(max, Stamps.base(s));
                }
            }
        }
        if (!max.isEmpty()) {
            store.tracker().clock().observe(max);
        }
    }

    private static ImportReport report(ValidatedBundle b, ImportPlan plan, boolean trusted, boolean applied, String backup) {
        return new ImportReport(b.bundleId(), false, applied, b.signer().fingerprint(), trusted,
                b.info().get(BagInfo.AUTHOR).orElse(""), plan.inserted(), plan.updated(), plan.deleted(), plan.unchanged(),
                plan.perTable(), plan.conflicts(), backup);
    }

    /** Undoes the last applied import; returns its bundle id. */
    public String undoLast() {
        return store.db().write(UndoImport::undoLast);
    }

    /** Every bundle received, newest first. */
    public List<ImportLogEntry> log() {
        return store.db().read(c -> Sql.list(c, "SELECT n, bundle_id, status, signer, author, source_workspace, sequence, scope,"
                        + " created, imported_at, file_name, inserted, updated, deleted, conflicts FROM sync_import ORDER BY n DESC",
                rs -> new ImportLogEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getInt(15))));
    }
}
