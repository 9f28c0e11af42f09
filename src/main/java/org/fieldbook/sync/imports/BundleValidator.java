package org.fieldbook.sync.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.store.Migrations;
import org.fieldbook.store.TrackedTable;
import org.fieldbook.store.TrackedTables;
import org.fieldbook.base.Phrase;
import org.fieldbook.sync.BundleRejected;
import org.fieldbook.sync.Progress;
import org.fieldbook.sync.bag.BagInfo;
import org.fieldbook.sync.bag.BagLayout;
import org.fieldbook.sync.bag.BagReader;
import org.fieldbook.sync.bag.Hashing;
import org.fieldbook.sync.bag.OpenedBag;
import org.fieldbook.sync.bag.ZipLimits;
import org.fieldbook.sync.crypto.BundleSignature;
import org.fieldbook.sync.crypto.KeyWrap;
import org.fieldbook.sync.crypto.PayloadCipher;
import org.fieldbook.sync.crypto.WorkspaceKeys;
import org.fieldbook.sync.records.Record;
import org.fieldbook.sync.records.RecordJson;
import org.fieldbook.sync.records.TableSchema;

/**
 * Checks a bundle completely without changing anything: container and checksums ({@link BagReader}), signature,
 * schema version, decryption (when the bundle is for this workspace), payload names, JSON shape and types.
 */
public final class BundleValidator {
    private final ZipLimits limits;
    private final java.util.function.LongSupplier clock;
    private final boolean resolveReferences;

    /**
     * @param clock             this computer's wall clock, for the skew limit on incoming stamps
     * @param resolveReferences whether references and INDEX areas must resolve in the bundle or {@code schemaSource}
     *                          (true when it is the receiving workspace; false for a bare {@code verify})
     */
    public BundleValidator(ZipLimits limits, java.util.function.LongSupplier clock, boolean resolveReferences) {
        this.limits = limits;
        this.clock = clock;
        this.resolveReferences = resolveReferences;
    }

    /**
     * @param schemaSource a connection whose schema describes the tracked tables (the workspace, or an in-memory
     *                     database migrated to this version)
     * @param keys         this workspace's keys, or null when encrypted bundles cannot be opened here
     */
    public ValidatedBundle validate(Path file, Connection schemaSource, WorkspaceKeys keys, Progress progress) throws SQLException {
        return validate(file, schemaSource, keys, progress, null);
    }

    /**
     * As above; with {@code stagingParent}, attachments are copied (plain) or decrypted into a new folder there
     * while being checked, ready to be moved into the attachment store.
     */
    public ValidatedBundle validate(Path file, Connection schemaSource, WorkspaceKeys keys, Progress progress, Path stagingParent)
            throws SQLException {
        final Path staging;
        try {
            staging = stagingParent == null ? null : Files.createTempDirectory(stagingParent, "incoming-");
        } catch (IOException e) {
            throw BundleRejected.coded(e, "import.cannotPrepare", "cannot prepare the import: " + e.getMessage(), e.getMessage());
        }
        Map<String, Path> staged = new LinkedHashMap<>();
        OpenedBag bag;
        try {
            bag = BagReader.open(file, limits, progress, staging == null ? null : path -> {
                Path p = staging.resolve(path.substring(BagLayout.ATTACHMENTS.length()));
                staged.put(path, p);
                return p;
            });
        } catch (RuntimeException e) {
            close(null, staging);
            throw e;
        }
        Path scratch = staging;
        try {
            BagInfo info = bag.info();
            BundleSignature.Signer signer = BundleSignature.verify(bag.tagFiles());
            info.require(BagInfo.BUNDLE_ID);
            if (!info.require(BagInfo.BUNDLE_ID).matches("[0-9a-fA-F-]{8,64}")) {
                throw BundleRejected.coded("bag.badBundleId", "malformed Bundle-Id in bag-info.txt");
            }
            int version = number(info.require(BagInfo.SCHEMA_VERSION), BagInfo.SCHEMA_VERSION);
            if (version > Migrations.latestVersion()) {
                throw BundleRejected.coded("bundle.future", "the bundle's schema version " + version + " is from the future (this Fieldbook knows "
                        + Migrations.latestVersion() + "): update Fieldbook to import it", version, Migrations.latestVersion());
            }
            number(info.require(BagInfo.SEQUENCE), BagInfo.SEQUENCE);
            boolean encrypted = bag.tagFiles().containsKey(BagLayout.RECIPIENT);
            if (encrypted != "yes".equals(info.get(BagInfo.ENCRYPTED).orElse("no"))) {
                throw BundleRejected.coded("crypto.disagree", "bag-info.txt and the recipient file disagree about encryption");
            }
            PayloadCipher cipher = null;
            if (encrypted) {
                String forWhom = KeyWrap.recipientOf(bag.tagFiles().get(BagLayout.RECIPIENT));
                if (keys == null || !forWhom.equals(keys.fingerprint())) {
                    checkNames(bag);
                    return new ValidatedBundle(file, bag, info, signer, true, false, Map.of(), Map.of(), List.of(), staging);
                }
                cipher = KeyWrap.unwrap(bag.tagFiles().get(BagLayout.RECIPIENT), keys.agreement(), keys.fingerprint());
            }
            List<String> attachments = checkNames(bag);
            Map<TableSchema, List<Record>> records = new LinkedHashMap<>();
            for (TrackedTable t : TrackedTables.ALL) {
                String path = BagLayout.RECORDS + t.name() + ".json";
                if (bag.size(path) < 0) {
                    continue;
                }
                byte[] bytes = bag.read(path);
                if (cipher != null) {
                    bytes = cipher.decrypt(path, bytes);
                }
                records.put(TableSchema.read(schemaSource, t), RecordJson.parse(TableSchema.read(schemaSource, t), bytes));
            }
            String fp = signer.fingerprint();
            String shortFp = fp.length() > 16 ? fp.substring(0, 16) + "…" : fp;
            String author = info.get(BagInfo.AUTHOR).filter(a -> !a.isBlank()).orElse(null);
            Phrase sender = author == null
                    ? Phrase.coded("sender.unnamed", "an unnamed sender (signer " + shortFp + ")", shortFp)
                    : Phrase.coded("sender.named", author + " (signer " + shortFp + ")", author, shortFp);
            RecordChecker checker = new RecordChecker(clock.getAsLong(), sender);
            if (resolveReferences) {
                checker.checkAll(records, schemaSource);
            } else {
                checker.checkValues(records);
            }
            if (cipher != null && !attachments.isEmpty()) {
                if (scratch == null) {
                    scratch = Files.createTempDirectory("fieldbook-verify-");
                }
                Path into = scratch;
                for (String path : attachments) {
                    byte[] plain = cipher.decrypt(path, bag.read(path));
                    String hash = path.substring(BagLayout.ATTACHMENTS.length());
                    if (!Hashing.sha256Hex(plain).equals(hash)) {
                        throw BundleRejected.coded("attachment.wrongAfterDecrypt", "attachment " + path + " does not match its name after decryption",
                                path);
                    }
                    Path p = into.resolve(hash);
                    Files.write(p, plain);
                    staged.put(path, p);
                }
            } else {
                for (String path : attachments) {
                    if (!bag.manifest().entries().get(path).equals(path.substring(BagLayout.ATTACHMENTS.length()))) {
                        throw BundleRejected.coded("attachment.wrongHash", "attachment " + path + " does not match its name (wrong hash)",
                                path);
                    }
                }
            }
            return new ValidatedBundle(file, bag, info, signer, encrypted, true, records, staged, attachments, scratch);
        } catch (IOException e) {
            close(bag, scratch);
            throw BundleRejected.coded(e, "bundle.cannotRead", "cannot read the bundle: " + e.getMessage(), e.getMessage());
        } catch (RuntimeException | SQLException e) {
            close(bag, scratch);
            throw e;
        }
    }

    /** Payload files must be known record files or attachments named by their SHA-256. */
    private static List<String> checkNames(OpenedBag bag) {
        List<String> attachments = new ArrayList<>();
        for (String path : bag.payloadPaths()) {
            if (path.startsWith(BagLayout.RECORDS)) {
                String table = path.substring(BagLayout.RECORDS.length());
                if (!table.endsWith(".json") || TrackedTables.ALL.stream().noneMatch(t -> (t.name() + ".json").equals(table))) {
                    throw BundleRejected.coded("bundle.unknownRecordFile", "unknown record file in the bundle: " + path, path);
                }
            } else if (path.startsWith(BagLayout.ATTACHMENTS)
                    && path.substring(BagLayout.ATTACHMENTS.length()).matches("[0-9a-f]{64}")) {
                attachments.add(path);
            } else {
                throw BundleRejected.coded("bundle.unexpectedPayload", "unexpected payload file: " + path, path);
            }
        }
        return attachments;
    }

    private static int number(String text, String label) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw BundleRejected.coded("bag.infoNotANumber", "bag-info.txt: " + label + " is not a number: " + text, label, text);
        }
    }

    private static void close(OpenedBag bag, Path staging) {
        if (bag != null) {
            bag.close();
        }
        new ValidatedBundle(null, null, null, null, false, false, Map.of(), Map.of(), List.of(), staging).close();
    }
}
