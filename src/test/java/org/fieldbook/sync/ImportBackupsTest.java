package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.store.Sql;
import org.fieldbook.sync.imports.BackupPolicy;
import org.fieldbook.sync.imports.BackupSummary;
import org.fieldbook.sync.imports.ImportNotApplied;
import org.fieldbook.sync.imports.ImportReport;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pre-import backups on a budget: the keeping rule, leftovers of an interrupted import cleared at open, undo without
 * the backup file, and a disk too full (or a backup or database write that fails) refusing with nothing changed.
 */
class ImportBackupsTest {
    @TempDir
    Path dir;

    /** A workspace with a filled visit, exported {@code count} times with one note edited before each export. */
    private List<Path> bundles(int count) {
        return bundles(count, 0);
    }

    /** As above, with {@code extraNotes} notes of about a kilobyte each in the visit. */
    private List<Path> bundles(int count, int extraNotes) {
        List<Path> out = new ArrayList<>();
        try (Services s = SyncFixture.open(dir.resolve("wa"), "Ana")) {
            Visit v = SyncRoundTripTest.fill(s);
            for (int i = 0; i < extraNotes; i++) {
                s.notes().save(new Note(null, v.id(), null, org.fieldbook.note.NoteKind.OBSERVATION,
                        ("Note " + i + " about the welcome office. ").repeat(25), null, "", List.of()));
            }
            for (int i = 0; i < count; i++) {
                Note n = s.notes().forVisit(v.id()).get(0);
                s.notes().save(n.withText("edit number " + i));
                Path b = dir.resolve("b" + i + ".fbz");
                SyncFixture.exportVisit(s, v.id(), b);
                out.add(b);
            }
        }
        return out;
    }

    private static Set<String> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Every file under {@code folder}, as relative paths. */
    private static Set<String> tree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static List<String> appliedBackups(Services s) {
        return s.store().db().read(c -> Sql.list(c, "SELECT backup FROM sync_import WHERE status='applied' ORDER BY n",
                rs -> rs.getString(1)));
    }

    @Test
    void onlyTheBackupsTheRuleKeepsRemainAndUndoWorksWithoutThem() throws IOException {
        int imports = BackupPolicy.LAST_IMPORTS + 2;
        List<Path> bundles = bundles(imports);
        try (Services o = SyncFixture.open(dir.resolve("wo"), "Office")) {
            Path folder = o.store().workspace().backups();
            Files.writeString(folder.resolve("my own copy.db"), "kept: not a backup Fieldbook took");
            var before = SyncFixture.state(o, true);
            for (Path b : bundles) {
                assertTrue(SyncFixture.importTrusted(o, b).applied());
            }
            List<String> referenced = appliedBackups(o);
            assertEquals(imports, referenced.size());
            // all taken today: the last five imports' backups are kept (today's newest is among them), the rest go
            Set<String> expected = new TreeSet<>(referenced.subList(imports - BackupPolicy.LAST_IMPORTS, imports));
            expected.add("my own copy.db");
            assertEquals(expected, files(folder));
            BackupSummary summary = o.sync().imports().backups().summary();
            assertEquals(folder, summary.folder());
            assertEquals(BackupPolicy.LAST_IMPORTS, summary.count());
            long bytes = 0;
            for (String name : referenced.subList(imports - BackupPolicy.LAST_IMPORTS, imports)) {
                bytes += Files.size(folder.resolve(name));
            }
            assertEquals(bytes, summary.bytes());

            for (int i = 0; i < imports; i++) {
                o.sync().imports().undoLast(); // the first two have no backup file any more
            }
            assertEquals(before, SyncFixture.state(o, true), "undo restored every record without the pruned backups");
        }
    }

    @Test
    void theNewestBackupOfAnEarlierDayIsKeptBeyondTheLastImports() throws IOException {
        List<Path> bundles = bundles(BackupPolicy.LAST_IMPORTS + 2);
        try (Services o = SyncFixture.open(dir.resolve("wo"), "Office")) {
            Path folder = o.store().workspace().backups();
            SyncFixture.importTrusted(o, bundles.get(0));
            SyncFixture.importTrusted(o, bundles.get(1));
            // the first two imports ran three days ago, at 9:00 and 10:00 (backup names carry the time they were taken)
            java.time.LocalDate day = java.time.LocalDate.now().minusDays(3);
            List<String> dated = new ArrayList<>();
            for (String name : appliedBackups(o)) {
                String at = day.atTime(9 + dated.size(), 0).format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
                String renamed = "pre-import-" + at + name.substring("pre-import-".length() + 19);
                Files.move(folder.resolve(name), folder.resolve(renamed));
                o.store().db().write(c -> Sql.update(c, "UPDATE sync_import SET backup=? WHERE backup=?", renamed, name));
                dated.add(renamed);
            }
            for (Path b : bundles.subList(2, bundles.size())) {
                SyncFixture.importTrusted(o, b);
            }
            List<String> referenced = appliedBackups(o);
            Set<String> expected = new TreeSet<>(referenced.subList(referenced.size() - BackupPolicy.LAST_IMPORTS, referenced.size()));
            expected.add(dated.get(1));
            assertEquals(expected, files(folder), "the last five, and 10:00 three days ago (not 9:00)");
        }
    }

    @Test
    void leftoversOfAnInterruptedImportAreGoneAtTheNextOpen() throws IOException {
        Path ws = dir.resolve("wo");
        Path partial;
        Path orphan;
        Path staging;
        try (Services o = SyncFixture.open(ws, "Office")) {
            Path folder = o.store().workspace().backups();
            partial = Files.writeString(folder.resolve("pre-import-20261129-101500-000-abcdef12.db.partial"), "half a copy");
            Files.writeString(folder.resolve("pre-import-20261129-101500-000-abcdef12.db.partial-journal"), "journal");
            orphan = Files.writeString(folder.resolve("pre-import-20261129-101600-000-abcdef12.db"), "no import refers to it");
            Files.writeString(folder.resolve("notes.txt"), "the user's own file");
            staging = Files.createDirectories(o.store().workspace().attachments().resolve("incoming-123"));
            Files.writeString(staging.resolve("photo.jpg"), "staged");
        }
        try (Services o = SyncFixture.open(ws, "Office")) {
            assertFalse(Files.exists(partial), "a half-written backup is removed at open");
            assertFalse(Files.exists(orphan), "a backup no applied import refers to is removed at open");
            assertFalse(Files.exists(staging), "an attachment staging folder is removed at open");
            assertEquals(Set.of("notes.txt"), files(o.store().workspace().backups()));
        }
    }

    @Test
    void aDiskTooFullForTheBackupRefusesBeforeAnythingChanges() throws IOException {
        Path bundle = bundles(1).get(0);
        try (Services o = SyncFixture.open(dir.resolve("wo"), "Office")) {
            Path folder = o.store().workspace().backups();
            String before = SyncFixture.dumpChecksum(o);
            Set<String> attachmentsBefore = tree(o.store().workspace().attachments());
            o.sync().imports().backups().useFreeSpace(f -> 3L << 20);
            ImportNotApplied refused = assertThrows(ImportNotApplied.class, () -> SyncFixture.importTrusted(o, bundle));
            String m = refused.getMessage();
            assertTrue(m.startsWith("not enough free disk space for the pre-import backup: need "), m);
            assertTrue(m.contains(" MB, 3 MB free on " + folder), m);
            long need = o.sync().imports().backups().needed() >> 20;
            assertTrue(m.contains("need " + need + " MB") || m.contains("need " + (need + 1) + " MB"), m);
            assertEquals(before, SyncFixture.dumpChecksum(o), "nothing changed");
            assertEquals(Set.of(), files(folder), "no backup was started");
            assertEquals(attachmentsBefore, tree(o.store().workspace().attachments()));

            o.sync().imports().backups().useFreeSpace(f -> o.sync().imports().backups().needed());
            assertTrue(SyncFixture.importTrusted(o, bundle).applied(), "exactly the space needed is enough");
        }
    }

    @Test
    void aBackupThatCannotBeWrittenRefusesAndLeavesNothing() throws IOException {
        Path bundle = bundles(1).get(0);
        try (Services o = SyncFixture.open(dir.resolve("wo"), "Office")) {
            Path folder = o.store().workspace().backups();
            Files.delete(folder);
            Files.writeString(folder, "a file in the way of the backups folder");
            String before = SyncFixture.dumpChecksum(o);
            Set<String> attachmentsBefore = tree(o.store().workspace().attachments());
            ImportNotApplied refused = assertThrows(ImportNotApplied.class, () -> SyncFixture.importTrusted(o, bundle));
            assertTrue(refused.getMessage().startsWith("the pre-import backup could not be written in " + folder
                    + " (a file is in the way: " + folder + ")"), refused.getMessage());
            assertTrue(refused.getMessage().contains("nothing was imported"), refused.getMessage());
            assertEquals(before, SyncFixture.dumpChecksum(o), "nothing changed");
            assertEquals(attachmentsBefore, tree(o.store().workspace().attachments()), "no attachment was stored");
            assertEquals(0, o.sync().imports().log().size());

            Files.delete(folder);
            Files.createDirectories(folder);
            ImportReport r = SyncFixture.importTrusted(o, bundle);
            assertTrue(r.applied());
            assertTrue(Files.exists(Path.of(r.backup())));
        }
    }

    @Test
    void anAttachmentThatCannotBeStoredRefusesAndLeavesNothing() throws IOException {
        Path bundle = bundles(1).get(0);
        try (Services o = SyncFixture.open(dir.resolve("wo"), "Office")) {
            String hash = java.util.HexFormat.of().formatHex(org.fieldbook.sync.bag.Hashing.sha256()
                    .digest(SyncRoundTripTest.jpeg(50_000)));
            Path target = o.attachments().files().pathOf(hash);
            Files.createDirectories(target.getParent().getParent());
            Files.writeString(target.getParent(), "a file where the photo's folder goes");
            String before = SyncFixture.dumpChecksum(o);
            ImportNotApplied refused = assertThrows(ImportNotApplied.class, () -> SyncFixture.importTrusted(o, bundle));
            assertTrue(refused.getMessage().contains("could not be stored in " + o.store().workspace().attachments()
                    + " (a file is in the way: " + target.getParent() + ")"), refused.getMessage());
            assertTrue(refused.getMessage().contains("nothing was imported"), refused.getMessage());
            assertEquals(before, SyncFixture.dumpChecksum(o), "nothing changed");
            assertEquals(Set.of(), files(o.store().workspace().backups()), "the unused backup was removed");
        }
    }

    @Test
    void aDatabaseFullDuringTheApplyRollsBackAndSaysSo() throws IOException {
        Path bundle = bundles(1, 300).get(0);
        try (Services o = SyncFixture.open(dir.resolve("wo"), "Office")) {
            String before = SyncFixture.dumpChecksum(o);
            // SQLite's own limit makes the next page the import needs fail with SQLITE_FULL, as a full disk would
            o.store().db().write(c -> {
                long pages = Sql.count(c, "PRAGMA page_count");
                try (var st = c.createStatement()) {
                    st.execute("PRAGMA max_page_count=" + pages);
                }
                return null;
            });
            ImportNotApplied failed = assertThrows(ImportNotApplied.class, () -> SyncFixture.importTrusted(o, bundle));
            String m = failed.getMessage();
            assertTrue(m.contains("could not be written to the workspace (the disk is full)"), m);
            assertTrue(m.contains("nothing was changed"), m);
            assertEquals(before, SyncFixture.dumpChecksum(o), "the transaction was rolled back");
            assertEquals(Set.of(), files(o.store().workspace().backups()), "the unused backup was removed");

            o.store().db().write(c -> {
                try (var st = c.createStatement()) {
                    st.execute("PRAGMA max_page_count=1073741823");
                }
                return null;
            });
            assertTrue(SyncFixture.importTrusted(o, bundle).applied());
        }
    }
}
