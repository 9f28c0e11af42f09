package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fieldbook.app.Services;
import org.fieldbook.sync.bag.BagInfo;
import org.fieldbook.sync.crypto.WorkspaceKeys;
import org.fieldbook.sync.imports.ImportReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Already imported" is answered only for an intact copy of what was imported; any other copy is checked and refused. */
class ReimportIdempotenceTest {
    @TempDir
    Path dir;
    private Path good;
    private KeyPair senderKey;

    @BeforeEach
    void importOnce() throws Exception {
        good = dir.resolve("good.fbz");
        try (Services s = SyncFixture.open(dir.resolve("sender"), "Ana")) {
            SyncFixture.exportVisit(s, SyncRoundTripTest.fill(s).id(), good);
        }
        senderKey = new WorkspaceKeys(dir.resolve("sender").resolve("keys")).signing();
        try (Services o = SyncFixture.open(dir.resolve("office"), "Office")) {
            assertTrue(SyncFixture.importTrusted(o, good).applied());
        }
    }

    @Test
    void theSameCopyAgainIsAlreadyImported() throws Exception {
        Path copy = Files.copy(good, dir.resolve("copy.fbz"));
        try (Services o = SyncFixture.open(dir.resolve("office"), "Office")) {
            String before = SyncFixture.dumpChecksum(o);
            ImportReport r = SyncFixture.importTrusted(o, copy);
            assertTrue(r.alreadyImported());
            assertFalse(r.applied());
            assertEquals(before, SyncFixture.dumpChecksum(o));
        }
    }

    @Test
    void aCorrectlySignedCopyWithOtherContentUnderTheSameIdIsRefusedAsTampered() throws Exception {
        Map<String, byte[]> payload = new LinkedHashMap<>(BundleForge.payload(good));
        String notes = new String(payload.get("data/records/note.json"), StandardCharsets.UTF_8);
        payload.put("data/records/note.json", notes.replace("We need a welcome office", "We need no welcome office")
                .getBytes(StandardCharsets.UTF_8));
        BagInfo info = BundleForge.info(good);
        Path altered = BundleForge.signedBag(dir.resolve("altered.fbz"), payload, info, senderKey, m -> { });
        try (Services o = SyncFixture.open(dir.resolve("office"), "Office")) {
            String before = SyncFixture.dumpChecksum(o);
            BundleRejected e = assertThrows(BundleRejected.class, () -> SyncFixture.importTrusted(o, altered));
            assertTrue(e.getMessage().contains("tampered"), e.getMessage());
            assertTrue(e.getMessage().contains(info.require(BagInfo.BUNDLE_ID)), e.getMessage());
            assertEquals(before, SyncFixture.dumpChecksum(o));
        }
    }

    @Test
    void aDamagedCopyOfAnImportedBundleIsCheckedNotWavedThrough() throws Exception {
        byte[] bytes = Files.readAllBytes(good);
        bytes[bytes.length / 2] ^= 0x5A;
        Path damaged = Files.write(dir.resolve("damaged.fbz"), bytes);
        try (Services o = SyncFixture.open(dir.resolve("office"), "Office")) {
            String before = SyncFixture.dumpChecksum(o);
            assertThrows(SyncException.class, () -> SyncFixture.importTrusted(o, damaged));
            assertEquals(before, SyncFixture.dumpChecksum(o));
        }
    }
}
