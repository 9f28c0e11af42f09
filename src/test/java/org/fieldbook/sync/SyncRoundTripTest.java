package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.sync.imports.ImportOptions;
import org.fieldbook.sync.imports.ImportReport;
import org.fieldbook.sync.imports.NeedsConfirmation;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncRoundTripTest {
    @TempDir
    Path dir;

    static byte[] jpeg(int size) {
        byte[] b = new byte[size];
        new java.util.Random(7).nextBytes(b);
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        return b;
    }

    static Visit fill(Services s) {
        Visit v = TestWorkspace.visit(s, "Lisboa");
        var m = TestWorkspace.meeting(s, v, "Mayor's office");
        Note n1 = s.notes().save(new Note(null, v.id(), m.id(), NoteKind.OBSERVATION, "Line one\nLine two\nÉcole mixte", null, "",
                List.of("education")));
        s.notes().save(new Note(null, v.id(), null, NoteKind.QUOTE, "We need a welcome office", null, "Ana", List.of()));
        s.attachments().attach(n1.id(), "photo.jpg", jpeg(50_000));
        s.attachments().attach(n1.id(), "minutes.txt", "minutes of the meeting\n".repeat(200).getBytes(StandardCharsets.UTF_8));
        return v;
    }

    static Map<String, byte[]> recordFiles(Path bundle) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipFile z = new ZipFile(bundle.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                String name = e.getName().substring(e.getName().indexOf('/') + 1);
                if (name.startsWith("data/records/")) {
                    out.put(name, z.getInputStream(e).readAllBytes());
                }
            }
        }
        return out;
    }

    @Test
    void roundTripGivesSameRecordsAndByteIdenticalJson() throws Exception {
        Path a = dir.resolve("a.fbz");
        Path b = dir.resolve("b.fbz");
        Map<String, Map<String, Map<String, Object>>> original;
        try (Services s = SyncFixture.open(dir.resolve("wa"), "Ana")) {
            Visit v = fill(s);
            var result = SyncFixture.exportVisit(s, v.id(), a);
            assertEquals(2, result.attachments());
            assertEquals(2, result.records().get("note"));
            original = SyncFixture.state(s, true);
        }
        try (Services s = SyncFixture.open(dir.resolve("wb"), "Office")) {
            var fresh = SyncFixture.state(s, true);
            int alreadyThere = original.entrySet().stream().mapToInt(t -> (int) t.getValue().keySet().stream()
                    .filter(id -> fresh.getOrDefault(t.getKey(), Map.of()).containsKey(id)).count()).sum();
            ImportReport r = SyncFixture.importTrusted(s, a);
            assertTrue(r.applied());
            assertEquals(original.values().stream().mapToInt(Map::size).sum() - alreadyThere, r.inserted(),
                    "every record is inserted except reference data both workspaces already share");
            assertEquals(original, SyncFixture.state(s, true));
            String visitId = original.get("visit").keySet().iterator().next();
            SyncFixture.exportVisit(s, visitId, b);
            var sha = original.get("attachment").values().stream().map(m -> (String) m.get("sha256")).toList();
            for (String h : sha) {
                assertTrue(s.attachments().files().has(h), "attachment file arrived");
            }
        }
        Map<String, byte[]> fa = recordFiles(a);
        Map<String, byte[]> fb = recordFiles(b);
        assertEquals(fa.keySet(), fb.keySet());
        for (String k : fa.keySet()) {
            assertArrayEquals(fa.get(k), fb.get(k), k + " differs after a round trip");
        }
        String note = new String(fa.get("data/records/note.json"), StandardCharsets.UTF_8);
        assertFalse(note.contains("\"n\":"), "the local row number never travels");
        assertTrue(note.contains("\"stamps\":{"));
    }

    /** Checks the plain bundle as an independent BagIt validator would, with nothing but java.util.zip. */
    @Test
    void plainBundleIsAValidBagItBagWithStoredPhotos() throws Exception {
        Path a = dir.resolve("a.fbz");
        try (Services s = SyncFixture.open(dir.resolve("wa"), "Ana")) {
            SyncFixture.exportVisit(s, fill(s).id(), a);
        }
        Map<String, byte[]> files = new HashMap<>();
        String root = null;
        try (ZipFile z = new ZipFile(a.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                String top = e.getName().substring(0, e.getName().indexOf('/'));
                assertTrue(root == null || root.equals(top), "one top-level directory");
                root = top;
                String rel = e.getName().substring(top.length() + 1);
                files.put(rel, z.getInputStream(e).readAllBytes());
                if (rel.startsWith("data/attachments/")) {
                    boolean jpeg = (files.get(rel)[0] & 0xFF) == 0xFF;
                    assertEquals(jpeg ? ZipEntry.STORED : ZipEntry.DEFLATED, e.getMethod(), rel);
                }
            }
        }
        assertEquals("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", new String(files.get("bagit.txt"), StandardCharsets.UTF_8));
        String info = new String(files.get("bag-info.txt"), StandardCharsets.UTF_8);
        for (String label : List.of("Bundle-Id", "Source-Workspace", "Source-Device", "Author", "Created", "Schema-Version",
                "Sequence", "Scope", "Payload-Oxum")) {
            assertTrue(info.contains(label + ": "), label);
        }
        int payload = 0;
        long octets = 0;
        for (String line : new String(files.get("manifest-sha256.txt"), StandardCharsets.UTF_8).split("\n")) {
            String[] p = line.split(" +", 2);
            assertEquals(p[0], sha(files.get(p[1])), p[1]);
            payload++;
            octets += files.get(p[1]).length;
        }
        assertEquals(files.keySet().stream().filter(k -> k.startsWith("data/")).count(), payload, "every payload file listed");
        assertTrue(info.contains("Payload-Oxum: " + octets + "." + payload));
        for (String line : new String(files.get("tagmanifest-sha256.txt"), StandardCharsets.UTF_8).split("\n")) {
            String[] p = line.split(" +", 2);
            assertEquals(p[0], sha(files.get(p[1])), p[1]);
        }
    }

    @Test
    void reimportChangesNothingAndUndoRestoresThePreviousState() throws Exception {
        Path a = dir.resolve("a.fbz");
        String visitId;
        try (Services s = SyncFixture.open(dir.resolve("wa"), "Ana")) {
            visitId = fill(s).id();
            SyncFixture.exportVisit(s, visitId, a);
        }
        try (Services s = SyncFixture.open(dir.resolve("wb"), "Office")) {
            String empty = SyncFixture.dumpChecksum(s);
            ImportReport first = SyncFixture.importTrusted(s, a);
            assertTrue(first.applied());
            assertTrue(Files.exists(Path.of(first.backup())), "a backup was taken before applying");
            String after = SyncFixture.dumpChecksum(s);
            ImportReport again = SyncFixture.importTrusted(s, a);
            assertTrue(again.alreadyImported());
            assertEquals(after, SyncFixture.dumpChecksum(s));
            assertEquals(1, s.sync().imports().log().size());
            s.sync().imports().undoLast();
            assertEquals(0, SyncFixture.state(s, false).get("note").size());
            assertEquals("undone", s.sync().imports().log().get(0).status());
            assertTrue(SyncFixture.importTrusted(s, a).applied(), "an undone bundle can be imported again");
            assertEquals(SyncFixture.state(s, true).get("note").size(), 2);
            assertFalse(empty.equals(SyncFixture.dumpChecksum(s)));
        }
    }

    @Test
    void undoOfAnUpdateRestoresOldValuesAndRefusesAfterLocalEdits() throws Exception {
        Path a1 = dir.resolve("a1.fbz");
        Path a2 = dir.resolve("a2.fbz");
        try (Services s = SyncFixture.open(dir.resolve("wa"), "Ana");
             Services o = SyncFixture.open(dir.resolve("wo"), "Office")) {
            Visit v = fill(s);
            SyncFixture.exportVisit(s, v.id(), a1);
            SyncFixture.importTrusted(o, a1);
            Note n = s.notes().forVisit(v.id()).get(0);
            s.notes().save(n.withText("changed by Ana"));
            SyncFixture.exportVisit(s, v.id(), a2);
            var before = SyncFixture.state(o, true);
            ImportReport r = SyncFixture.importTrusted(o, a2);
            assertEquals(1, r.updated());
            assertEquals("changed by Ana", o.notes().find(n.id()).orElseThrow().text());
            o.sync().imports().undoLast();
            assertEquals(n.text(), o.notes().find(n.id()).orElseThrow().text());
            assertEquals(before, SyncFixture.state(o, true), "undo restores every record as it was, stamps included");
            SyncFixture.importTrusted(o, a2);
            o.notes().save(o.notes().find(n.id()).orElseThrow().withText("edited at the office"));
            SyncException refused = assertThrows(SyncException.class, () -> o.sync().imports().undoLast());
            assertTrue(refused.getMessage().contains("changed after"), refused.getMessage());
            assertEquals("edited at the office", o.notes().find(n.id()).orElseThrow().text());
        }
    }

    @Test
    void manyDeletionsNeedConfirmation() throws Exception {
        Path a1 = dir.resolve("a1.fbz");
        Path a2 = dir.resolve("a2.fbz");
        try (Services s = SyncFixture.open(dir.resolve("wa"), "Ana");
             Services o = SyncFixture.open(dir.resolve("wo"), "Office")) {
            Visit v = TestWorkspace.visit(s, "Gent");
            for (int i = 0; i < 25; i++) {
                s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "note " + i, null, "", List.of()));
            }
            SyncFixture.exportVisit(s, v.id(), a1);
            SyncFixture.importTrusted(o, a1);
            for (Note n : s.notes().forVisit(v.id())) {
                s.notes().delete(n.id());
            }
            SyncFixture.exportVisit(s, v.id(), a2);
            String before = SyncFixture.dumpChecksum(o);
            NeedsConfirmation e = assertThrows(NeedsConfirmation.class,
                    () -> o.sync().imports().importBundle(a2, new ImportOptions(false, false, false), Progress.NONE));
            assertEquals(25, e.deletes());
            assertEquals(before, SyncFixture.dumpChecksum(o));
            ImportReport r = o.sync().imports().importBundle(a2, new ImportOptions(false, true, false), Progress.NONE);
            assertEquals(25, r.deleted());
            assertEquals(0, o.notes().forVisit(v.id()).size());
        }
    }

    @Test
    void sinceLastSendsOnlyChanges() throws Exception {
        try (Services s = SyncFixture.open(dir.resolve("wa"), "Ana")) {
            Visit v = fill(s);
            var first = s.sync().export(new org.fieldbook.sync.exports.ExportRequest(null, true, null, dir.resolve("1.fbz")),
                    Progress.NONE, new Cancellation());
            assertTrue(first.totalRecords() >= 6);
            Note n = s.notes().forVisit(v.id()).get(0);
            s.notes().save(n.withText("edited"));
            var second = s.sync().export(new org.fieldbook.sync.exports.ExportRequest(null, true, null, dir.resolve("2.fbz")),
                    Progress.NONE, new Cancellation());
            assertEquals(1, second.totalRecords());
            assertEquals(2, second.sequence());
        }
    }

    @Test
    void cancelledExportLeavesNoFile() throws Exception {
        try (Services s = SyncFixture.open(dir.resolve("wa"), "Ana")) {
            Visit v = fill(s);
            Cancellation cancel = new Cancellation();
            Path out = dir.resolve("c.fbz");
            assertThrows(Cancellation.Cancelled.class, () -> s.sync().export(
                    new org.fieldbook.sync.exports.ExportRequest(v.id(), false, null, out),
                    (step, done, total) -> cancel.cancel(), cancel));
            assertFalse(Files.exists(out));
            try (var list = Files.list(dir)) {
                assertTrue(list.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
            }
        }
    }

    static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
