package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fieldbook.app.Services;
import org.fieldbook.store.Migrations;
import org.fieldbook.sync.bag.BagInfo;
import org.fieldbook.sync.crypto.WorkspaceKeys;
import org.fieldbook.sync.imports.ImportOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken bundles: each is refused with a message naming the problem, by import and by verify, and
 * the receiving workspace's database is exactly as before (dump checksum).
 */
class HostileBundleTest {
    @TempDir
    Path dir;

    private Path good;
    private KeyPair senderKey;
    private Map<String, byte[]> payload;
    private BagInfo info;

    @BeforeEach
    void makeGoodBundle() throws Exception {
        good = dir.resolve("good.fbz");
        try (Services s = SyncFixture.open(dir.resolve("sender"), "Ana")) {
            SyncFixture.exportVisit(s, SyncRoundTripTest.fill(s).id(), good);
        }
        senderKey = new WorkspaceKeys(dir.resolve("sender").resolve("keys")).signing();
        payload = BundleForge.payload(good);
        info = BundleForge.info(good);
    }

    /** Imports {@code bundle} into a workspace that has an earlier state, expects refusal, checks nothing changed. */
    private void refused(Path bundle, String expected, boolean trust) {
        try (Services o = SyncFixture.open(dir.resolve("office"), "Office")) {
            String before = SyncFixture.dumpChecksum(o);
            long attachments = countAttachments(o);
            BundleRejected e = assertThrows(BundleRejected.class,
                    () -> o.sync().imports().importBundle(bundle, new ImportOptions(trust, true, false), Progress.NONE));
            assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
            assertEquals(before, SyncFixture.dumpChecksum(o), "the workspace is unchanged");
            assertEquals(attachments, countAttachments(o), "no attachment file was stored");
            if (trust) {
                BundleRejected v = assertThrows(BundleRejected.class, () -> o.sync().verify(bundle));
                assertTrue(v.getMessage().contains(expected), "verify: expected '" + expected + "' in: " + v.getMessage());
            }
        }
    }

    private static long countAttachments(Services o) {
        try (var walk = Files.walk(o.store().workspace().attachments())) {
            return walk.filter(Files::isRegularFile).count();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path rezip(String name, java.util.function.Consumer<Map<String, byte[]>> change) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(BundleForge.entries(good));
        change.accept(entries);
        Path out = dir.resolve(name);
        BundleForge.writeZip(out, entries);
        return out;
    }

    private String root() throws Exception {
        return BundleForge.root(BundleForge.entries(good));
    }

    private Path forged(String name, Map<String, byte[]> files, BagInfo bagInfo) throws Exception {
        return BundleForge.signedBag(dir.resolve(name), files, bagInfo, senderKey, m -> { });
    }

    @Test
    void theGoodBundleIsAccepted() {
        try (Services o = SyncFixture.open(dir.resolve("office"), "Office")) {
            assertTrue(SyncFixture.importTrusted(o, good).applied());
        }
    }

    @Test
    void pathTraversal() throws Exception {
        Path p = rezip("traversal.fbz", e -> e.put(BundleForge.root(e) + "/data/../../evil.txt", "x".getBytes()));
        refused(p, "path outside the bag", true);
    }

    @Test
    void absolutePath() throws Exception {
        Path p = rezip("absolute.fbz", e -> e.put("/etc/evil.txt", "x".getBytes()));
        refused(p, "absolute path", true);
    }

    @Test
    void linkEntry() throws Exception {
        String root = root();
        Path p = rezip("link.fbz", e -> e.put(root + "/data/link", "/etc/passwd".getBytes()));
        BundleForge.markAsLink(p, root + "/data/link");
        refused(p, "link entry", true);
    }

    @Test
    void zipBomb() throws Exception {
        String root = root();
        Path p = rezip("bomb.fbz", e -> e.put(root + "/data/attachments/bomb", new byte[60 << 20]));
        refused(p, "zip bomb", true);
    }

    @Test
    void truncatedFile() throws Exception {
        byte[] all = Files.readAllBytes(good);
        Path p = dir.resolve("truncated.fbz");
        Files.write(p, java.util.Arrays.copyOf(all, all.length * 2 / 3));
        refused(p, "truncated", true);
    }

    @Test
    void oneFlippedByte() throws Exception {
        byte[] all = Files.readAllBytes(good);
        byte[] photo = SyncRoundTripTest.jpeg(50_000);
        int at = indexOf(all, java.util.Arrays.copyOfRange(photo, 1000, 1032)) + 10;
        assertTrue(at > 10, "the stored photo is found in the ZIP");
        all[at] ^= 0x01;
        Path p = dir.resolve("flipped.fbz");
        Files.write(p, all);
        refused(p, "hash mismatch for data/attachments/", true);
    }

    @Test
    void wrongHashInTheManifest() throws Exception {
        Path p = BundleForge.signedBag(dir.resolve("wronghash.fbz"), payload, info, senderKey,
                m -> m.put("data/records/note.json", "0".repeat(64)));
        refused(p, "hash mismatch for data/records/note.json", true);
    }

    @Test
    void missingPayloadFile() throws Exception {
        String root = root();
        Path p = rezip("missing.fbz", e -> e.remove(root + "/data/records/note.json"));
        refused(p, "missing payload file listed in the manifest: data/records/note.json", true);
    }

    @Test
    void extraPayloadFile() throws Exception {
        String root = root();
        Path p = rezip("extra.fbz", e -> e.put(root + "/data/records/extra.json", "[]".getBytes()));
        refused(p, "extra payload file not in the manifest: data/records/extra.json", true);
    }

    @Test
    void duplicateEntries() throws Exception {
        String root = root();
        Path p = rezip("dup.fbz", e -> {
            e.put(root + "/data/dupA", "1".getBytes());
            e.put(root + "/data/dupB", "2".getBytes());
        });
        BundleForge.patch(p, "data/dupB", "data/dupA");
        refused(p, "duplicate entry", true);
    }

    @Test
    void forgedSignature() throws Exception {
        String root = root();
        BagInfo changed = BundleForge.info(good).put(BagInfo.AUTHOR, "Mallory");
        Path p = rezip("forged.fbz", e -> {
            e.put(root + "/bag-info.txt", changed.toBytes());
            String tm = new String(e.get(root + "/tagmanifest-sha256.txt"), StandardCharsets.UTF_8);
            String oldHash = org.fieldbook.sync.bag.Hashing.sha256Hex(BundleForge.entriesUnchecked(good).get(root + "/bag-info.txt"));
            e.put(root + "/tagmanifest-sha256.txt", tm.replace(oldHash, org.fieldbook.sync.bag.Hashing.sha256Hex(changed.toBytes()))
                    .getBytes(StandardCharsets.UTF_8));
        });
        refused(p, "forged or damaged signature", true);
    }

    @Test
    void unknownSigner() {
        refused(good, "unknown signer", false);
    }

    @Test
    void schemaVersionFromTheFuture() throws Exception {
        BagInfo future = BundleForge.info(good).put(BagInfo.SCHEMA_VERSION, String.valueOf(Migrations.latestVersion() + 1));
        refused(forged("future.fbz", payload, future), "from the future", true);
    }

    @Test
    void duplicateRecordIds() throws Exception {
        String notes = new String(payload.get("data/records/note.json"), StandardCharsets.UTF_8);
        String first = notes.split("\n")[1].replaceAll(",$", "");
        Map<String, byte[]> files = new LinkedHashMap<>(payload);
        files.put("data/records/note.json", ("[\n" + first + ",\n" + first + "\n]\n").getBytes(StandardCharsets.UTF_8));
        refused(forged("dupids.fbz", files, info), "duplicate record id", true);
    }

    @Test
    void wrongJsonTypes() throws Exception {
        String notes = new String(payload.get("data/records/note.json"), StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>(payload);
        files.put("data/records/note.json", notes.replaceFirst("\"text\":\"[^\"]*\",\"updated_hlc\"", "\"text\":42,\"updated_hlc\"").getBytes(StandardCharsets.UTF_8));
        refused(forged("types.fbz", files, info), "wrong type for note.text", true);
    }

    @Test
    void hugeStrings() throws Exception {
        String notes = new String(payload.get("data/records/note.json"), StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>(payload);
        files.put("data/records/note.json", notes.replaceFirst("\"text\":\"[^\"]*\",\"updated_hlc\"", "\"text\":\"" + randomLetters(1_500_000) + "\",\"updated_hlc\"")
                .getBytes(StandardCharsets.UTF_8));
        refused(forged("huge.fbz", files, info), "string too long", true);
    }

    @Test
    void unknownRecordField() throws Exception {
        String notes = new String(payload.get("data/records/note.json"), StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>(payload);
        files.put("data/records/note.json", notes.replaceFirst("\\{", "{\"sql\":\"DROP TABLE note\",").getBytes(StandardCharsets.UTF_8));
        refused(forged("field.fbz", files, info), "unknown field note.sql", true);
    }

    static String randomLetters(int n) {
        java.util.Random r = new java.util.Random(3);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
