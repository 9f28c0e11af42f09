package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.fieldbook.support.Language;
import org.fieldbook.support.Texts;
import org.fieldbook.sync.bag.BagInfo;
import org.fieldbook.sync.crypto.WorkspaceKeys;
import org.fieldbook.sync.imports.ImportOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken bundles: each is refused with a message naming the problem, by import and by verify, and
 * the receiving workspace's database is exactly as before (dump checksum). Every case is tried twice: against an
 * empty workspace, and against one that already holds the records the bundle touches (an earlier bundle of the same
 * visit), while the hostile bundle carries newer values of them, so a partial overwrite would change the dump.
 */
class HostileBundleTest {
    @TempDir
    Path dir;

    private Path good;
    /** An earlier bundle of the same visit, already imported by the "holder" workspace. */
    private Path earlier;
    private KeyPair senderKey;
    private Map<String, byte[]> payload;
    private BagInfo info;

    @BeforeEach
    void makeGoodBundle() throws Exception {
        good = dir.resolve("good.fbz");
        earlier = dir.resolve("earlier.fbz");
        try (Services s = SyncFixture.open(dir.resolve("sender"), "Ana")) {
            var visit = SyncRoundTripTest.fill(s);
            SyncFixture.exportVisit(s, visit.id(), earlier);
            // newer values of every note and of the city, and one more attachment: what a partial import would leave
            for (var n : s.notes().forVisit(visit.id())) {
                s.notes().save(n.withText(n.text() + "\nrevised"));
            }
            s.store().db().write(c -> s.store().tracker().update(c, "city", visit.cityId(), Map.of("name", "Lisboa (revised)")));
            s.attachments().attach(s.notes().forVisit(visit.id()).get(0).id(), "later.txt", "added later".getBytes(StandardCharsets.UTF_8));
            SyncFixture.exportVisit(s, visit.id(), good);
        }
        try (Services h = SyncFixture.open(dir.resolve("holder"), "Holder")) {
            assertTrue(SyncFixture.importTrusted(h, earlier).applied());
        }
        senderKey = new WorkspaceKeys(dir.resolve("sender").resolve("keys")).signing();
        payload = BundleForge.payload(good);
        info = BundleForge.info(good);
    }

    /**
     * Imports {@code bundle} into an empty workspace and into one that holds the records already (see the class
     * comment), expects refusal with {@code expected} in the message, and checks that nothing changed in either.
     */
    private void refused(Path bundle, String expected, boolean trust) {
        refused(bundle, expected, trust, trust);
    }

    /** As above; {@code verify}: the bare verify command (no workspace, so no references to resolve) refuses it too. */
    private void refused(Path bundle, String expected, boolean trust, boolean verify) {
        refusedBy("office", bundle, expected, trust, verify);
        if (trust) {
            refusedBy("holder", bundle, expected, true, verify);
        }
    }

    private void refusedBy(String workspace, Path bundle, String expected, boolean trust, boolean verify) {
        try (Services o = SyncFixture.open(dir.resolve(workspace), "Office")) {
            String before = SyncFixture.dumpChecksum(o);
            long attachments = countAttachments(o);
            BundleRejected e = assertThrows(BundleRejected.class,
                    () -> o.sync().imports().importBundle(bundle, new ImportOptions(trust, true, false), Progress.NONE));
            assertTrue(e.getMessage().contains(expected), workspace + ": expected '" + expected + "' in: " + e.getMessage());
            saidInFrench(e);
            assertEquals(before, SyncFixture.dumpChecksum(o), workspace + ": the workspace is unchanged");
            assertEquals(attachments, countAttachments(o), workspace + ": no attachment file was stored");
            if (verify) {
                BundleRejected v = assertThrows(BundleRejected.class, () -> o.sync().verify(bundle));
                assertTrue(v.getMessage().contains(expected), "verify: expected '" + expected + "' in: " + v.getMessage());
                saidInFrench(v);
            }
        }
    }

    /** Words of the English strings that no French string uses (the French window must show none of them). */
    private static java.util.Set<String> englishOnly;

    /**
     * The refusal as the French window says it: its own text (not the English message) with no English-only word in
     * it; and the English window says exactly the English message.
     */
    static void saidInFrench(SyncException e) {
        try {
            if (englishOnly == null) {
                englishOnly = org.fieldbook.app.ui.FrenchEverywhereTest.englishOnlyWords();
            }
        } catch (java.io.IOException io) {
            throw new java.io.UncheckedIOException(io);
        }
        String french = Texts.of(Texts.SYNC, Language.FRENCH).problem(e);
        assertNotEquals(e.getMessage(), french, "the French window has a text of its own for: " + e.getMessage());
        // the variable parts (file names, ids, field names, values from the bundle) are the bundle's, not the window's words
        java.util.List<String> values = new java.util.ArrayList<>();
        values(e, values);
        values.sort(java.util.Comparator.comparingInt(String::length).reversed());
        String template = french;
        for (String v : values) {
            template = template.replace(v, " ");
        }
        java.util.List<String> english = org.fieldbook.app.ui.FrenchEverywhereTest.words(template).stream()
                .filter(englishOnly::contains).toList();
        assertTrue(english.isEmpty(), "English words " + english + " in the French text: " + french);
        assertEquals(e.getMessage(), Texts.of(Texts.SYNC, Language.ENGLISH).problem(e), "the English window says the message");
    }

    /** The plain values of a problem and of its coded parts (which are said in the reader's language themselves). */
    private static void values(org.fieldbook.base.Coded problem, java.util.List<String> into) {
        for (Object a : problem.args()) {
            if (a instanceof org.fieldbook.base.Coded part && part.code() != null) {
                values(part, into);
            } else if (a != null && !String.valueOf(a).isBlank()) {
                into.add(String.valueOf(a));
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
    void unknownSigner() throws Exception {
        refused(good, "unknown signer", false);
        // against the holder, which trusts the real sender: the same records signed by a stranger's key
        KeyPair stranger = new WorkspaceKeys(dir.resolve("stranger-keys")).signing();
        Path p = BundleForge.signedBag(dir.resolve("stranger.fbz"), payload,
                BundleForge.info(good).put(BagInfo.BUNDLE_ID, org.fieldbook.store.Tracker.newId()), stranger, m -> { });
        refusedBy("holder", p, "unknown signer", false, false);
    }

    @Test
    void schemaVersionFromTheFuture() throws Exception {
        BagInfo future = BundleForge.info(good).put(BagInfo.SCHEMA_VERSION, String.valueOf(Migrations.latestVersion() + 1));
        refused(forged("future.fbz", payload, future), "from the future", true);
    }

    @Test
    void duplicateRecordIds() throws Exception {
        String first = noteJson().split("\n")[1].replaceAll(",$", "");
        refused(forged("dupids.fbz", withNoteJson("[\n" + first + ",\n" + first + "\n]\n"), info), "duplicate record id", true);
    }

    @Test
    void wrongJsonTypes() throws Exception {
        String notes = noteJson().replaceFirst("\"text\":\"[^\"]*\",\"updated_hlc\"", "\"text\":42,\"updated_hlc\"");
        refused(forged("types.fbz", withNoteJson(notes), info), "wrong type for note.text", true);
    }

    @Test
    void hugeStrings() throws Exception {
        String notes = noteJson().replaceFirst("\"text\":\"[^\"]*\",\"updated_hlc\"",
                "\"text\":\"" + randomLetters(1_500_000) + "\",\"updated_hlc\"");
        refused(forged("huge.fbz", withNoteJson(notes), info), "string too long", true);
    }

    @Test
    void unknownRecordField() throws Exception {
        String notes = noteJson().replaceFirst("\\{", "{\"sql\":\"DROP TABLE note\",");
        refused(forged("field.fbz", withNoteJson(notes), info), "unknown field note.sql", true);
    }

    // ------------------------------------------------------------ content checked record by record (issue 10)

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = org.fieldbook.TestJson.MAPPER;

    /** The good bundle with its first note record changed by {@code change}, correctly signed by the sender. */
    private Path forgedNote(String name, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> change)
            throws Exception {
        var notes = (com.fasterxml.jackson.databind.node.ArrayNode) JSON.readTree(payload.get("data/records/note.json"));
        change.accept((com.fasterxml.jackson.databind.node.ObjectNode) notes.get(0));
        Map<String, byte[]> files = new LinkedHashMap<>(payload);
        files.put("data/records/note.json", JSON.writeValueAsBytes(notes));
        return forged(name, files, info);
    }

    private String firstNoteId() throws Exception {
        return JSON.readTree(payload.get("data/records/note.json")).get(0).path("id").asText();
    }

    @Test
    void indexAreasThatAreNotJson() throws Exception {
        Path p = forgedNote("areas.fbz", n -> n.put("areas", "education, culture"));
        refused(p, "note record " + firstNoteId() + ": field areas has 'education, culture', which is not JSON", true);
    }

    @Test
    void noteKindThatDoesNotExist() throws Exception {
        Path p = forgedNote("kind.fbz", n -> n.put("kind", "rumour"));
        refused(p, "note record " + firstNoteId() + ": field kind has 'rumour', which is not one of: observation", true);
    }

    @Test
    void notePointingToAVisitThatExistsNowhere() throws Exception {
        String nowhere = "0b0e7c1e-5a5a-4e4e-9c9c-000000000000";
        Path p = forgedNote("visit.fbz", n -> n.put("visit_id", nowhere));
        refused(p, "note record " + firstNoteId() + ": field visit_id points to visit " + nowhere
                + ", which is neither in the bundle nor in this workspace", true, false);
    }

    @Test
    void recordIdThatIsNotAnId() throws Exception {
        Path p = forgedNote("id.fbz", n -> n.put("id", "../../fieldbook.db"));
        refused(p, "note record ../../fieldbook.db: field id has '../../fieldbook.db', which is not an id", true);
    }

    @Test
    void malformedClockStamps() throws Exception {
        String id = firstNoteId();
        Path inStamps = forgedNote("stamp.fbz", n -> ((com.fasterxml.jackson.databind.node.ObjectNode) n.get("stamps")).put("text", "yesterday"));
        refused(inStamps, "wrong type for note.stamps.text (a clock stamp expected) in record " + id, true);
        Path inColumn = forgedNote("hlc.fbz", n -> n.put("updated_hlc", "2026-03-20T10:00:00Z"));
        refused(inColumn, "note record " + id + ": field updated_hlc has '2026-03-20T10:00:00Z', which is not a clock stamp", true);
        Path counter = forgedNote("counter.fbz", n -> ((com.fasterxml.jackson.databind.node.ObjectNode) n.get("stamps"))
                .put("text", "001774000000000-999999-abcdef12"));
        refused(counter, "note record " + id + ": field stamps.text has '001774000000000-999999-abcdef12', which is not a clock stamp", true);
    }

    @Test
    void stampInTheYear2286() throws Exception {
        String id = firstNoteId();
        Path p = forgedNote("future-stamp.fbz", n -> ((com.fasterxml.jackson.databind.node.ObjectNode) n.get("stamps"))
                .put("text", "009999999999999-00000-abcdef12"));
        refused(p, "carries changes stamped 2286-11-20", true);
        refused(p, "ahead of this computer's clock", true);
        refused(p, "first in note record " + id + " (stamps.text)", true);
        refused(p, "the bundle from Ana (signer", true);
    }

    /** A copy of a bundle the workspace has imported, altered and re-signed under the same Bundle-Id, is refused as tampered. */
    @Test
    void tamperedCopyOfAnImportedBundleResignedWithTheSameId() throws Exception {
        try (Services h = SyncFixture.open(dir.resolve("holder"), "Holder")) {
            assertTrue(SyncFixture.importTrusted(h, good).applied());
        }
        Path p = forgedNote("tampered.fbz", n -> n.put("text", "changed after the import"));
        assertEquals(BundleForge.info(good).require(BagInfo.BUNDLE_ID), BundleForge.info(p).require(BagInfo.BUNDLE_ID));
        refusedBy("holder", p, "was already imported, and this copy's content differs", true, false);
        // only bag-info changed (the author), payload identical, re-signed: still not the bundle that was imported
        Path author = forged("author.fbz", payload, BundleForge.info(good).put(BagInfo.AUTHOR, "Mallory"));
        refusedBy("holder", author, "has been altered (tampered)", true, false);
        // the genuine copy is still answered "already imported", changing nothing
        try (Services h = SyncFixture.open(dir.resolve("holder"), "Holder")) {
            String before = SyncFixture.dumpChecksum(h);
            assertTrue(SyncFixture.importTrusted(h, good).alreadyImported());
            assertEquals(before, SyncFixture.dumpChecksum(h));
        }
    }

    /** A copy of an imported bundle with changed bytes (not re-signed) is refused by its checksums, not answered "already imported". */
    @Test
    void tamperedCopyOfAnImportedBundleWithChangedBytes() throws Exception {
        try (Services h = SyncFixture.open(dir.resolve("holder"), "Holder")) {
            assertTrue(SyncFixture.importTrusted(h, good).applied());
        }
        byte[] all = Files.readAllBytes(good);
        int at = indexOf(all, java.util.Arrays.copyOfRange(SyncRoundTripTest.jpeg(50_000), 1000, 1032)) + 10;
        all[at] ^= 0x01;
        Path flipped = dir.resolve("flipped-copy.fbz");
        Files.write(flipped, all);
        refusedBy("holder", flipped, "hash mismatch for data/attachments/", true, true);
        Path edited = BundleForge.signedBag(dir.resolve("edited-copy.fbz"), withNoteJson(noteJson().replaceFirst("revised", "REVISED")),
                info, senderKey, m -> m.put("data/records/note.json", org.fieldbook.sync.bag.Hashing.sha256Hex(payload.get("data/records/note.json"))));
        refusedBy("holder", edited, "hash mismatch for data/records/note.json", true, true);
    }

    /** The good bundle's note records, as JSON text. */
    private String noteJson() {
        return new String(payload.get("data/records/note.json"), StandardCharsets.UTF_8);
    }

    /** The good bundle's files with {@code json} as its note records. */
    private Map<String, byte[]> withNoteJson(String json) {
        Map<String, byte[]> files = new LinkedHashMap<>(payload);
        files.put("data/records/note.json", json.getBytes(StandardCharsets.UTF_8));
        return files;
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
