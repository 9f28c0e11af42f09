package org.fieldbook.sync.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldbook.attachment.AttachmentStore;
import org.fieldbook.store.HighWater;
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
    /**
     * Test-only switch (system property): when "true" the pre-import copy of the database is not written (a name is
     * still recorded). The generated-history tests import thousands of bundles, and the copy is a third of each.
     */
    public static final String SKIP_BACKUP_PROPERTY = "fieldbook.test.skipImportBackup";
    private final Store store;
    private final WorkspaceKeys keys;
    private final AttachmentStore attachments;
    private final TrustStore trust;
    private final BundleValidator validator;
    private final ImportBackups backups;
    private final List<AfterImport> afterImport = new java.util.concurrent.CopyOnWriteArrayList<>();

    public ImportService(Store store, WorkspaceKeys keys, AttachmentStore attachments, TrustStore trust, ZipLimits limits) {
        this.store = store;
        this.keys = keys;
        this.attachments = attachments;
        this.trust = trust;
        this.validator = new BundleValidator(limits, store.tracker().clock()::wallMillis, true);
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

    /** Adds work to run inside every import's and undo's write transaction (wired once, by {@code app}). */
    public void addAfterImport(AfterImport hook) {
        afterImport.add(hook);
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
        try {
            return importChecked(file, options, progress);
        } catch (StoreException e) {
            // a read of this workspace's database failed (busy, damaged): said with a code, in the same words
            throw ImportNotApplied.coded(e, "import.storeFailed", e.getMessage(), e.getMessage());
        }
    }

    private ImportReport importChecked(Path file, ImportOptions options, Progress progress) {
        BagInfo peek = BagReader.peekInfo(file, ZipLimits.DEFAULT);
        if (peek != null && peek.get(BagInfo.BUNDLE_ID).map(this::alreadyImported).orElse(false)) {
            // Checked in full before answering: a damaged, forged or altered copy must not pass as "already imported".
            try (ValidatedBundle b = validate(file, progress)) {
                if (!b.readable()) {
                    throw BundleRejected.coded("crypto.otherWorkspace", "the bundle is encrypted for another workspace; this workspace cannot read it");
                }
                requireTrusted(b, options);
                String known = store.db().read(c -> importedDigest(c, b.bundleId()));
                if (known != null) {
                    requireSameContent(b, known);
                    return ImportReport.already(b.bundleId());
                }
            }
        }
        // PostgreSQL: no file copy (the server is backed up with its own tools); undo uses the import log as everywhere.
        boolean fileBackups = store.db().dialect().fileBackups();
        if (!options.dryRun() && fileBackups) {
            backups.checkSpace();
        }
        String tag = peek == null ? "unknown0" : peek.get(BagInfo.BUNDLE_ID).orElse("unknown0");
        CompletableFuture<Path> backupDone = options.dryRun() ? null
                : !fileBackups ? CompletableFuture.completedFuture(null)
                : Boolean.getBoolean(SKIP_BACKUP_PROPERTY) ? CompletableFuture.completedFuture(store.workspace().backups().resolve("skipped.db"))
                : CompletableFuture.supplyAsync(() -> backups.take(tag));
        boolean keepBackup = false;
        try (ValidatedBundle b = validateForImport(file, progress)) {
            if (!b.readable()) {
                throw BundleRejected.coded("crypto.otherWorkspace", "the bundle is encrypted for another workspace; this workspace cannot read it");
            }
            boolean trusted = requireTrusted(b, options);
            String known = store.db().read(c -> importedDigest(c, b.bundleId()));
            if (known != null) {
                requireSameContent(b, known);
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
            ImportPlan applied = apply(b, options, trusted, importHlc, backup == null ? "" : backup.getFileName().toString());
            if (applied == null) {
                return ImportReport.already(b.bundleId());
            }
            keepBackup = true;
            String highest = highestStamp(b.records());
            if (!highest.isEmpty()) {
                store.tracker().clock().observe(highest);
            }
            for (AfterImport h : afterImport) {
                try {
                    h.committed();
                } catch (RuntimeException e) {
                    // the import is committed: file-level upkeep failing must not make it look failed
                    LOG.warning("upkeep after import " + b.bundleId() + " failed: " + e.getClass().getSimpleName());
                }
            }
            prune();
            progress.update("done", 1, 1);
            return report(b, applied, trusted, true, backup == null ? "" : backup.toString());
        } finally {
            if (backupDone != null && !keepBackup) {
                discard(backupDone);
            }
        }
    }

    /** The one transaction that writes the bundle; null when another import of it committed first. */
    private ImportPlan apply(ValidatedBundle b, ImportOptions options, boolean trusted, String importHlc, String backup) {
        try {
            String digest = b.contentDigest();
            String highest = highestStamp(b.records());
            return store.db().write(c -> {
                // one import at a time on a shared office database, each in its own transaction
                String importing = store.db().dialect().lockImports(c);
                if (importing != null) {
                    throw ImportNotApplied.coded("import.busy", importing + " is importing a bundle into this workspace right now; nothing was"
                            + " imported. Try again when that import is done.", importing);
                }
                String already = importedDigest(c, b.bundleId());
                if (already != null) {
                    requireSameContent(b, already);
                    return null;
                }
                ImportPlan fresh = ImportPlanner.plan(c, b.records());
                if (fresh.deleted() > ImportOptions.MANY_DELETES && !options.confirmDeletes()) {
                    throw new NeedsConfirmation(fresh.deleted());
                }
                long importN = ImportApplier.apply(c, b, fresh, importHlc, backup);
                Sql.update(c, "UPDATE sync_import SET content_sha256=? WHERE n=?", digest, importN);
                HighWater.raise(c, highest);
                if (!afterImport.isEmpty()) {
                    java.util.Map<String, java.util.Set<String>> touched = new java.util.HashMap<>();
                    b.records().forEach((t, rs) -> rs.forEach(r -> touched.computeIfAbsent(t.name(), k -> new java.util.HashSet<>()).add(r.id())));
                    for (AfterImport h : afterImport) {
                        h.imported(c, touched);
                    }
                }
                if (!trusted) {
                    TrustStore.trust(c, b.signer().fingerprint(), b.signer().publicKey(), b.info().get(BagInfo.AUTHOR).orElse(""));
                }
                return fresh;
            });
        } catch (StoreException e) {
            throw ImportNotApplied.coded(e, "import.notWritten", "the import could not be written to the workspace (" + ImportBackups.reason(e)
                    + "); it was rolled back and nothing was changed. Free some space on the disk of " + store.workspace().folder()
                    + " and import again.", ImportBackups.reason(e), store.workspace().folder());
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
        if (backup == null) {
            return; // no file backup on this engine
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
                    attachments.adopt(hash, staged);
                } else {
                    try (InputStream in = b.bag().open(path)) {
                        if (!attachments.put(in).sha256().equals(hash)) {
                            throw BundleRejected.coded("attachment.changed", "attachment " + path + " changed while importing",
                                    path);
                        }
                    }
                }
            } catch (IOException e) {
                throw ImportNotApplied.coded(e, "attachment.notStored", "the attachment " + path + " could not be stored in " + attachments.where()
                        + " (" + ImportBackups.reason(e) + "); nothing was imported. Free some space on that disk and import again.",
                        path, attachments.where(), ImportBackups.reason(e));
            }
        }
    }

    /**
     * The highest clock stamp the records carry (field stamps, record clocks, seen maps and text versions): the
     * workspace holds all of them after the import, so its clock must not issue anything lower afterwards.
     * Every stamp was checked by the validator (form and skew) before this runs.
     */
    static String highestStamp(Map<?, List<Record>> records) {
        String max = "";
        for (List<Record> rs : records.values()) {
            for (Record r : rs) {
                for (String s : r.stamps().values()) {
                    max = Stamps.max(max, Stamps.base(s));
                }
                for (String s : r.seen().values()) {
                    max = Stamps.max(max, Stamps.base(s));
                }
                for (var vs : r.versions().values()) {
                    for (String s : vs) {
                        max = Stamps.max(max, Stamps.base(s));
                    }
                }
                for (String col : new String[] {"created_hlc", "updated_hlc"}) {
                    if (r.get(col) instanceof String s && !s.isEmpty()) {
                        max = Stamps.max(max, Stamps.base(s));
                    }
                }
            }
        }
        return max;
    }

    private boolean requireTrusted(ValidatedBundle b, ImportOptions options) {
        String fp = b.signer().fingerprint();
        boolean trusted = fp.equals(keys.fingerprint()) || trust.isTrusted(fp);
        if (!trusted && !options.trustSigner()) {
            throw BundleRejected.coded("import.unknownSigner", "unknown signer " + fp + ": not trusted here (check the fingerprint with the sender, "
                    + "then import with --trust)", fp);
        }
        return trusted;
    }

    /** The content digest of the applied import of this bundle id ("" when imported before digests were kept), or null. */
    private static String importedDigest(java.sql.Connection c, String bundleId) throws java.sql.SQLException {
        return Sql.one(c, "SELECT content_sha256 FROM sync_import WHERE bundle_id=? AND status='applied' ORDER BY n DESC LIMIT 1",
                rs -> rs.getString(1), bundleId).orElse(null);
    }

    private static void requireSameContent(ValidatedBundle b, String known) {
        if (!known.isEmpty() && !known.equals(b.contentDigest())) {
            throw BundleRejected.coded("import.tampered", "bundle " + b.bundleId() + " was already imported, and this copy's content differs from"
                    + " the one imported: it has been altered (tampered) and is refused; nothing changed", b.bundleId());
        }
    }

    private static ImportReport report(ValidatedBundle b, ImportPlan plan, boolean trusted, boolean applied, String backup) {
        return new ImportReport(b.bundleId(), false, applied, b.signer().fingerprint(), trusted,
                b.info().get(BagInfo.AUTHOR).orElse(""), plan.inserted(), plan.updated(), plan.deleted(), plan.unchanged(),
                plan.perTable(), plan.conflicts(), backup);
    }

    /** Undoes the last applied import; returns its bundle id. */
    public String undoLast() {
        String undone = store.db().write(c -> {
            String id = UndoImport.undoLast(c);
            for (AfterImport h : afterImport) {
                h.undone(c);
            }
            return id;
        });
        for (AfterImport h : afterImport) {
            h.committed();
        }
        return undone;
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
