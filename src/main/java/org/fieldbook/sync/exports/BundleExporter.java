package org.fieldbook.sync.exports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fieldbook.attachment.AttachmentStore;
import org.fieldbook.store.Migrations;
import org.fieldbook.store.Sql;
import org.fieldbook.store.Store;
import org.fieldbook.store.Tracker;
import org.fieldbook.sync.Cancellation;
import org.fieldbook.sync.Progress;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.bag.BagInfo;
import org.fieldbook.sync.bag.BagLayout;
import org.fieldbook.sync.bag.BagWriter;
import org.fieldbook.sync.bag.CompressionPolicy;
import org.fieldbook.sync.crypto.BundleSignature;
import org.fieldbook.sync.crypto.KeyWrap;
import org.fieldbook.sync.crypto.PayloadCipher;
import org.fieldbook.sync.crypto.WorkspaceKeys;
import org.fieldbook.sync.records.Record;
import org.fieldbook.sync.records.RecordJson;
import org.fieldbook.sync.records.TableSchema;

/**
 * Writes a bundle: selects the records, writes canonical JSON per table and the attachments they refer to,
 * signs, optionally encrypts for the recipient, and moves the finished file into place. Afterwards the
 * recipient's sequence and sent clock advance and the exported text versions are remembered as merge bases.
 */
public final class BundleExporter {
    private final Store store;
    private final WorkspaceKeys keys;
    private final AttachmentStore attachments;

    public BundleExporter(Store store, WorkspaceKeys keys, AttachmentStore attachments) {
        this.store = store;
        this.keys = keys;
        this.attachments = attachments;
    }

    public ExportResult export(ExportRequest req, Progress progress, Cancellation cancel) {
        return export(req, progress, cancel, null);
    }

    /**
     * As above; with {@code redact} (a text scrubber), a bundle without personal data for third parties (see
     * {@link Redaction}). A redacted bundle is not a sync step: it does not move the "since last" mark.
     */
    public ExportResult export(ExportRequest req, Progress progress, Cancellation cancel, java.util.function.UnaryOperator<String> redact) {
        if (req.visitId() != null && store.db().read(c -> Sql.count(c, "SELECT COUNT(*) FROM visit WHERE id=?", req.visitId())) == 0) {
            throw SyncException.coded("export.noVisit", "no visit with id " + req.visitId(), req.visitId());
        }
        String mark = store.tracker().clock().now();
        String recipient = req.recipientKey();
        var previous = store.db().read(c -> SentLog.last(c, recipient));
        String since = req.sinceLast() ? previous.map(SentLog.Sent::lastHlc).orElse(null) : null;
        long sequence = previous.map(SentLog.Sent::sequence).orElse(0L) + 1;
        Map<TableSchema, List<Record>> read = store.db().read(c -> ExportSelection.select(c, req.visitId(), since));
        Map<TableSchema, List<Record>> selected = redact == null ? read : Redaction.apply(read, redact);
        String bundleId = Tracker.newId();
        Path out = req.out().toAbsolutePath();
        Path dir = out.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".fieldbook-export-", ".part");
            ExportResult result = write(tmp, out, req, bundleId, sequence, since, selected, progress, cancel);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            if (redact == null) {
                remember(recipient, sequence, mark, bundleId, selected);
            }
            return result;
        } catch (IOException e) {
            throw SyncException.coded(e, "export.cannotWrite", "cannot write the bundle " + out + ": " + e.getMessage(),
                    out, e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    private ExportResult write(Path tmp, Path out, ExportRequest req, String bundleId, long sequence, String since,
                               Map<TableSchema, List<Record>> selected, Progress progress, Cancellation cancel) throws IOException {
        PayloadCipher cipher = req.recipient() == null ? null : PayloadCipher.fresh();
        TreeSet<String> hashes = new TreeSet<>();
        for (var e : selected.entrySet()) {
            if (e.getKey().columns().containsKey("sha256")) {
                for (Record r : e.getValue()) {
                    Object h = r.get("sha256");
                    if (h instanceof String s && s.matches("[0-9a-f]{64}") && attachments.has(s)) {
                        hashes.add(s);
                    }
                }
            }
        }
        long total = selected.size() + hashes.size();
        long done = 0;
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (BagWriter bag = new BagWriter(tmp, "fieldbook-" + bundleId)) {
            for (var e : selected.entrySet()) {
                cancel.check();
                String path = BagLayout.RECORDS + e.getKey().name() + ".json";
                byte[] json = RecordJson.write(e.getValue());
                if (cipher == null) {
                    bag.addPayload(path, json, true);
                } else {
                    bag.addPayload(path, cipher.encrypt(path, json), false);
                }
                counts.put(e.getKey().name(), e.getValue().size());
                progress.update("records", ++done, total);
            }
            for (String hash : hashes) {
                cancel.check();
                String path = BagLayout.ATTACHMENTS + hash;
                Path file = attachments.pathOf(hash);
                if (cipher == null) {
                    bag.addPayload(path, file, !CompressionPolicy.alreadyCompressed(file));
                } else {
                    Path sealed = Files.createTempFile(tmp.getParent(), ".fieldbook-sealed-", ".part");
                    try {
                        cipher.encrypt(path, file, sealed);
                        bag.addPayload(path, sealed, false);
                    } finally {
                        Files.deleteIfExists(sealed);
                    }
                }
                progress.update("attachments", ++done, total);
            }
            cancel.check();
            var who = store.identity();
            BagInfo info = new BagInfo()
                    .put(BagInfo.BUNDLE_ID, bundleId)
                    .put(BagInfo.SOURCE_WORKSPACE, who.workspaceId())
                    .put(BagInfo.SOURCE_DEVICE, who.deviceId())
                    .put(BagInfo.AUTHOR, who.name() == null ? "" : who.name())
                    .put(BagInfo.CREATED, Instant.now().toString())
                    .put(BagInfo.SCHEMA_VERSION, String.valueOf(Migrations.latestVersion()))
                    .put(BagInfo.SEQUENCE, String.valueOf(sequence))
                    .put(BagInfo.SCOPE, scope(req, since))
                    .put(BagInfo.RECIPIENT, req.recipient() == null ? "any" : req.recipient().fingerprint())
                    .put(BagInfo.ENCRYPTED, cipher == null ? "no" : "yes")
                    .put(BagInfo.BAGGING_DATE, java.time.LocalDate.now().toString())
                    .put(BagInfo.PAYLOAD_OXUM, bag.payloadOxum())
                    .put(BagInfo.SOFTWARE, "Fieldbook");
            Map<String, byte[]> signed = new LinkedHashMap<>();
            signed.put(BagLayout.BAGIT, BagWriter.utf8(BagLayout.BAGIT_CONTENT));
            signed.put(BagLayout.BAG_INFO, info.toBytes());
            signed.put(BagLayout.MANIFEST, bag.manifest().toBytes());
            if (cipher != null) {
                signed.put(BagLayout.RECIPIENT, KeyWrap.wrap(cipher, req.recipient()));
            }
            for (var e : signed.entrySet()) {
                bag.addTagFile(e.getKey(), e.getValue());
            }
            bag.addTagFile(BagLayout.SIGNATURE, BundleSignature.sign(keys.signing(), signed));
            bag.finish();
        }
        return new ExportResult(out, bundleId, sequence, counts, hashes.size(), Files.size(tmp), cipher != null);
    }

    private static String scope(ExportRequest req, String since) {
        String what = req.visitId() == null ? "workspace" : "visit " + req.visitId();
        return since == null ? what : what + ", changes since " + since;
    }

    private void remember(String recipient, long sequence, String mark, String bundleId, Map<TableSchema, List<Record>> selected) {
        store.db().write(c -> {
            SentLog.record(c, recipient, sequence, mark, bundleId);
            for (var e : selected.entrySet()) {
                for (String f : e.getKey().table().mergedTexts()) {
                    for (Record r : e.getValue()) {
                        String stamp = r.stamp(f);
                        if (!stamp.isEmpty()) {
                            Sql.update(c, "INSERT INTO sync_version(tbl,id,field,stamp,text) VALUES (?,?,?,?,?) "
                                    + "ON CONFLICT(tbl,id,field,stamp) DO UPDATE SET text=COALESCE(sync_version.text, excluded.text)",
                                    e.getKey().name(), r.id(), f, stamp, r.get(f) == null ? "" : r.get(f).toString());
                        }
                    }
                }
            }
            return null;
        });
    }
}
