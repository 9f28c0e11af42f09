package org.fieldbook.sync.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.fieldbook.attachment.AttachmentStore;
import org.fieldbook.store.HighWater;
import org.fieldbook.store.Sql;
import org.fieldbook.store.Store;
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
    /**
     * Test-only switch (system property): when "true" the pre-import copy of the database is not written (its name is
     * still recorded). The generated-history tests import thousands of bundles, and the copy is a third of each.
     */
    public static final String SKIP_BACKUP_PROPERTY = "fieldbook.test.skipImportBackup";

    private final Store store;
    private final WorkspaceKeys keys;
    private final AttachmentStore attachments;
    private final TrustStore trust;
    private final BundleValidator validator;
    private final List<AfterImport> afterImport = new java.util.concurrent.CopyOnWriteArrayList<>();

    public ImportService(Store store, WorkspaceKeys keys, AttachmentStore attachments, TrustStore trust, ZipLimits limits) {
        this.store = store;
        this.keys = keys;
        this.attachments = attachments;
        this.trust = trust;
        this.validator = new BundleValidator(limits, store.tracker().clock()::wallMillis, true);
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

    /** Imports (or with {@code dryRun}, only previews) a bundle. */
    public ImportReport importBundle(Path file, ImportOptions options, Progress progress) {
        BagInfo peek = BagReader.peekInfo(file, ZipLimits.DEFAULT);
        if (peek != null && peek.get(BagInfo.BUNDLE_ID).map(this::alreadyImported).orElse(false)) {
            // Checked in full before answering: a damaged, forged or altered copy must not pass as "already imported".
            try (ValidatedBundle b = validate(file, progress)) {
                if (!b.readable()) {
                    throw new BundleRejected("the bundle is encrypted for another workspace; this workspace cannot read it");
                }
                requireTrusted(b, options);
                String known = store.db().read(c -> importedDigest(c, b.bundleId()));
                if (known != null) {
                    requireSameContent(b, known);
                    return ImportReport.already(b.bundleId());
                }
            }
        }
        Path backup = options.dryRun() ? null : backupFile(peek == null ? "unknown0" : peek.get(BagInfo.BUNDLE_ID).orElse("unknown0"));
        var backupDone = backup == null || Boolean.getBoolean(SKIP_BACKUP_PROPERTY) ? null
                : java.util.concurrent.CompletableFuture.runAsync(() -> store.db().backupTo(backup));
        boolean keepBackup = false;
        try (ValidatedBundle b = validateForImport(file, progress)) {
            if (!b.readable()) {
                throw new BundleRejected("the bundle is encrypted for another workspace; this workspace cannot read it");
            }
            String fp = b.signer().fingerprint();
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
            try {
                storeAttachments(b);
            } finally {
                await(backupDone);
            }
            keepBackup = true;
            progress.update("apply", 0, 1);
            String importHlc = store.tracker().clock().now();
            String digest = b.contentDigest();
            String highest = highestStamp(b.records());
            ImportPlan applied = store.db().write(c -> {
                String already = importedDigest(c, b.bundleId());
                if (already != null) {
                    requireSameContent(b, already);
                    return null;
                }
                ImportPlan fresh = ImportPlanner.plan(c, b.records());
                if (fresh.deleted() > ImportOptions.MANY_DELETES && !options.confirmDeletes()) {
                    throw new NeedsConfirmation(fresh.deleted());
                }
                long importN = ImportApplier.apply(c, b, fresh, importHlc, backup.getFileName().toString());
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
                    TrustStore.trust(c, fp, b.signer().publicKey(), b.info().get(BagInfo.AUTHOR).orElse(""));
                }
                return fresh;
            });
            if (applied == null) {
                return ImportReport.already(b.bundleId());
            }
            for (AfterImport h : afterImport) {
                try {
                    h.committed();
                } catch (RuntimeException e) {
                    // the import is committed: file-level upkeep failing must not make it look failed
                    java.util.logging.Logger.getLogger(ImportService.class.getName()).warning(
                            "upkeep after import " + b.bundleId() + " failed: " + e.getClass().getSimpleName());
                }
            }
            if (!highest.isEmpty()) {
                store.tracker().clock().observe(highest);
            }
            progress.update("done", 1, 1);
            return report(b, applied, trusted, true, backup.toString());
        } finally {
            if (backup != null && !keepBackup) {
                try {
                    await(backupDone);
                } catch (RuntimeException ignored) {
                    // the import is refused anyway; the message about the bundle matters more
                }
                try {
                    Files.deleteIfExists(backup);
                } catch (IOException ignored) {
                    // an unused backup file is harmless
                }
            }
        }
    }

    private static void await(java.util.concurrent.CompletableFuture<Void> f) {
        if (f == null) {
            return;
        }
        try {
            f.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    private Path backupFile(String bundleId) {
        String tag = (bundleId.replaceAll("[^0-9A-Za-z-]", "") + "00000000").substring(0, 8);
        String stem = "pre-import-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")) + "-" + tag;
        Path p = store.workspace().backups().resolve(stem + ".db");
        for (int i = 2; java.nio.file.Files.exists(p); i++) {
            p = store.workspace().backups().resolve(stem + "-" + i + ".db");
        }
        return p;
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
                throw new BundleRejected("cannot store " + path + ": " + e.getMessage(), e);
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
            throw new BundleRejected("unknown signer " + fp + ": not trusted here (check the fingerprint with the sender, "
                    + "then import with --trust)");
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
            throw new BundleRejected("bundle " + b.bundleId() + " was already imported, and this copy's content differs from"
                    + " the one imported: it has been altered (tampered) and is refused; nothing changed");
        }
    }

    private static ImportReport report(ValidatedBundle b, ImportPlan plan, boolean trusted, boolean applied, String backup) {
        return new ImportReport(b.bundleId(), false, applied, b.signer().fingerprint(), trusted,
                b.info().get(BagInfo.AUTHOR).orElse(""), plan.inserted(), plan.updated(), plan.deleted(), plan.unchanged(),
                plan.perTable(), plan.conflicts(), backup);
    }

    /** Undoes the last applied import; returns its bundle id. */
    public String undoLast() {
        return store.db().write(c -> {
            String id = UndoImport.undoLast(c);
            for (AfterImport h : afterImport) {
                h.undone(c);
            }
            return id;
        });
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
