package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.fieldbook.app.Services;
import org.fieldbook.sync.bag.BagLayout;
import org.fieldbook.sync.crypto.KeyWrap;
import org.fieldbook.sync.crypto.PublicKeyCard;
import org.fieldbook.sync.exports.ExportRequest;
import org.fieldbook.sync.exports.ExportResult;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedBundleTest {
    @TempDir
    Path dir;

    @Test
    void bundleForTheOfficeIsReadableOnlyWithTheOfficeKey() throws Exception {
        Path officeKey = dir.resolve("office.key.json");
        String officeFingerprint;
        try (Services o = SyncFixture.open(dir.resolve("office"), "ICC office")) {
            Files.writeString(officeKey, o.sync().publicKey().toJson());
            officeFingerprint = o.sync().keys().fingerprint();
            Path privateKey = dir.resolve("office").resolve("keys").resolve("agreement.key");
            assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
                    Files.getPosixFilePermissions(privateKey), "the private key is readable by its owner only");
        }
        Path bundle = dir.resolve("to-office.fbz");
        String visitId;
        try (Services a = SyncFixture.open(dir.resolve("expert"), "Ana")) {
            PublicKeyCard card = a.sync().importOfficeKey(officeKey);
            assertEquals(officeFingerprint, card.fingerprint());
            assertTrue(card.fingerprint().matches("([0-9A-F]{4} ){15}[0-9A-F]{4}"), card.fingerprint());
            Visit v = SyncRoundTripTest.fill(a);
            visitId = v.id();
            ExportResult r = a.sync().export(new ExportRequest(v.id(), false, a.sync().officeKey().orElseThrow(), bundle),
                    Progress.NONE, new Cancellation());
            assertTrue(r.encrypted());
        }
        Map<String, byte[]> entries = BundleForge.entries(bundle);
        byte[] photo = SyncRoundTripTest.jpeg(50_000);
        int records = 0;
        int attachments = 0;
        for (var e : entries.entrySet()) {
            if (e.getKey().contains("/data/")) {
                records += e.getKey().contains("/" + BagLayout.RECORDS) ? 1 : 0;
                attachments += e.getKey().contains("/" + BagLayout.ATTACHMENTS) ? 1 : 0;
                String text = new String(e.getValue(), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("Line one") || text.contains("welcome office") || text.contains("visit_id"),
                        "plaintext leaked in " + e.getKey());
                assertEquals(-1, HostileBundleTest.indexOf(e.getValue(), java.util.Arrays.copyOfRange(photo, 100, 132)),
                        "photo bytes leaked in " + e.getKey());
            }
        }
        // the loop above looked at the payload itself: the records and the photo were both there to check
        assertTrue(records >= 1 && attachments >= 1, "payload entries checked: records " + records + ", attachments "
                + attachments + " in " + entries.keySet());
        assertTrue(entries.keySet().stream().anyMatch(k -> k.endsWith("/" + BagLayout.RECIPIENT)));

        VerifyReport plainCheck = BundleVerifier.verify(bundle, null, null);
        assertTrue(plainCheck.encrypted());
        assertFalse(plainCheck.contentsChecked(), "the bag validates without decrypting");

        try (Services x = SyncFixture.open(dir.resolve("other"), "Someone else")) {
            String before = SyncFixture.dumpChecksum(x);
            BundleRejected e = assertThrows(BundleRejected.class, () -> SyncFixture.importTrusted(x, bundle));
            assertTrue(e.getMessage().contains("encrypted for another workspace"), e.getMessage());
            assertEquals(before, SyncFixture.dumpChecksum(x));
            byte[] recipient = entries.get(BundleForge.root(entries) + "/" + BagLayout.RECIPIENT);
            assertThrows(BundleRejected.class, () -> KeyWrap.unwrap(recipient, x.sync().keys().agreement(), officeFingerprint),
                    "another private key cannot unwrap the content key even when claiming the office's fingerprint");
        }

        try (Services o = Services.open(dir.resolve("office"))) {
            VerifyReport check = o.sync().verify(bundle);
            assertTrue(check.contentsChecked());
            assertFalse(check.signerTrusted());
            var report = SyncFixture.importTrusted(o, bundle);
            assertTrue(report.applied());
            assertEquals(2, o.notes().forVisit(visitId).size());
            assertTrue(o.notes().forVisit(visitId).stream().anyMatch(n -> n.text().startsWith("Line one")));
            String sha = o.attachments().forNote(o.notes().forVisit(visitId).stream()
                    .filter(n -> n.text().startsWith("Line one")).findFirst().orElseThrow().id()).get(0).sha256();
            assertTrue(o.attachments().files().has(sha));
            assertTrue(o.sync().trust().isTrusted(report.signerFingerprint()), "trusted after --trust");
        }
    }
}
