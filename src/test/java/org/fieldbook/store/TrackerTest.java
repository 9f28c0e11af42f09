package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackerTest {
    @TempDir
    Path dir;

    @Test
    void migratesFromEmptyToLatestWithWalAndForeignKeys() {
        try (Services s = TestWorkspace.open(dir)) {
            assertEquals(Migrations.latestVersion(), (int) s.store().db().<Integer>read(Migrations::currentVersion));
            assertEquals("wal", s.store().db().read(c -> Sql.one(c, "PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow()));
            assertEquals(1L, s.store().db().<Long>read(c -> Sql.count(c, "PRAGMA foreign_keys")));
            assertEquals(17, s.areas().list().size());
        }
    }

    @Test
    void updateStampsOnlyChangedFieldsAndCountsRevisions() {
        TestWorkspace.withVisit(dir, "Testville", (s, v) -> {
            Note n = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "first", null, "", List.of("education")));
            var before = stamps(s, n.id());
            s.notes().save(n.withText("second"));
            var after = stamps(s, n.id());
            assertNotEquals(before.get("text"), after.get("text"));
            assertEquals(before.get("kind"), after.get("kind"));
            assertTrue(after.get("text").compareTo(before.get("text")) > 0);
            assertEquals(2L, s.store().db().<Long>read(c -> Sql.count(c, "SELECT revision FROM note WHERE id=?", n.id())));
            s.notes().save(n.withText("second"));
            assertEquals(2L, s.store().db().<Long>read(c -> Sql.count(c, "SELECT revision FROM note WHERE id=?", n.id())),
                    "saving an unchanged note is not a revision");
            assertEquals("Test Expert", s.store().db().read(c -> Sql.one(c, "SELECT author FROM note WHERE id=?",
                    rs -> rs.getString(1), n.id()).orElseThrow()));
        });
    }

    @Test
    void deleteIsATombstoneAndRestoreBringsItBack() {
        TestWorkspace.withVisit(dir, "Testville", (s, v) -> {
            Note n = s.notes().save(new Note(null, v.id(), null, NoteKind.CONCERN, "gone soon", null, "", List.of()));
            s.notes().delete(n.id());
            assertTrue(s.notes().forVisit(v.id()).isEmpty());
            assertEquals(1L, s.store().db().<Long>read(c -> Sql.count(c, "SELECT count(*) FROM note WHERE id=? AND deleted=1", n.id())));
            s.notes().restore(n.id());
            assertEquals(List.of("gone soon"), s.notes().forVisit(v.id()).stream().map(Note::text).toList());
        });
    }

    @Test
    void upsertInsertsAnUnknownIdAndUpdatesAndRestoresAKnownOne() {
        try (Services s = TestWorkspace.open(dir)) {
            var v = TestWorkspace.visit(s, "Testville");
            Tracker t = s.store().tracker();
            String id = Tracker.newId();
            s.store().db().write(c -> {
                t.upsert(c, "note", id, java.util.Map.of("visit_id", v.id(), "text", "first"));
                return null;
            });
            assertEquals(List.of("first"), s.notes().forVisit(v.id()).stream().map(Note::text).toList());
            s.notes().delete(id);
            s.store().db().write(c -> {
                t.upsert(c, "note", id, java.util.Map.of("visit_id", v.id(), "text", "again"));
                return null;
            });
            assertEquals(List.of("again"), s.notes().forVisit(v.id()).stream().map(Note::text).toList(),
                    "the same id is updated in place and brought back from the trash");
            assertEquals(1L, s.store().db().<Long>read(c -> Sql.count(c, "SELECT count(*) FROM note WHERE id=?", id)));
        }
    }

    @Test
    void secondOpenOfTheSameWorkspaceIsRefused() {
        try (Services s = TestWorkspace.open(dir)) {
            WorkspaceLockedException e = assertThrows(WorkspaceLockedException.class, () -> Services.open(dir));
            assertTrue(e.getMessage().contains("already open"));
        }
        try (Services again = Services.open(dir)) {
            assertFalse(again.store().identity().name().isEmpty());
        }
    }

    private static java.util.Map<String, String> stamps(Services s, String id) {
        return Tracker.parseStamps(s.store().db().read(c -> Sql.one(c, "SELECT stamps FROM note WHERE id=?",
                rs -> rs.getString(1), id).orElseThrow()));
    }
}
