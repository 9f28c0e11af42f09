package org.fieldbook.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.fieldbook.PgTestServer;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.store.PgLocation;
import org.fieldbook.store.Sql;
import org.fieldbook.sync.ConflictRow;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several programs on one office database on PostgreSQL (each its own Services, as separate staff machines would be):
 * each is its own device, sees the others' writes, never overwrites a colleague's concurrent change silently, and
 * imports one at a time.
 */
class SharedOfficeNotesTest {
    @TempDir
    Path dir;

    private Services staff(PgLocation db, String name) {
        return TestWorkspace.officeStaff(db, dir.resolve(name), name);
    }

    /** Ten staff programs on {@code db} (added to {@code clients}; the caller closes them), a visit and a note they all edit. */
    private Note tenStaffAndASharedNote(PgLocation db, List<Services> clients) {
        for (int i = 0; i < 10; i++) {
            clients.add(staff(db, "staff" + i));
        }
        Visit v = TestWorkspace.visit(clients.get(0), "Lyon");
        return clients.get(0).notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION,
                "0\n1\n2\n3\n4\n5\n6\n7\n8\n9", null, "", List.of()));
    }

    @Test
    void twoStaffEditingOneNoteKeepBothChangesAndOverlapsBecomeConflicts() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            assertNotEquals(ana.store().identity().deviceId(), ben.store().identity().deviceId(), "each program its own device");
            Visit v = TestWorkspace.visit(ana, "Torino");
            Note first = ana.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "L1\nL2\nL3\nL4", null, "", List.of()));
            Note anaCopy = ana.notes().find(first.id()).orElseThrow();
            Note benCopy = ben.notes().find(first.id()).orElseThrow();
            assertEquals(anaCopy, benCopy, "a colleague's write is visible at once");

            // both start from the same version; Ana changes the kind and line 1, Ben line 4 and the areas
            ana.notes().save(new Note(anaCopy.id(), v.id(), null, NoteKind.CONCERN, "A1\nL2\nL3\nL4", null, "", List.of()));
            Note benSaved = ben.notes().save(new Note(benCopy.id(), v.id(), null, NoteKind.OBSERVATION, "L1\nL2\nL3\nB4", null, "",
                    List.of("education")));
            Note now = ana.notes().find(first.id()).orElseThrow();
            assertEquals(NoteKind.CONCERN, now.kind(), "Ana's kind is not overwritten by Ben's stale copy");
            assertEquals("A1\nL2\nL3\nB4", now.text(), "the two line edits are merged");
            assertEquals(List.of("education"), now.areas());
            assertEquals(now, benSaved, "Ben's program gets the merged note back");
            assertTrue(ana.sync().conflicts().list(true).isEmpty(), "no overlap, no conflict");

            // now both change the same line from the same version: an open conflict, seen by both
            Note a2 = ana.notes().find(first.id()).orElseThrow();
            ben.notes().find(first.id()).orElseThrow();
            ana.notes().save(a2.withText("A1\nAna2\nL3\nB4"));
            ben.notes().save(a2.withText("A1\nBen2\nL3\nB4"));
            List<ConflictRow> open = ben.sync().conflicts().list(true);
            assertEquals(1, open.size(), open.toString());
            assertEquals("text", open.get(0).kind());
            assertTrue(open.get(0).local().contains("Ana2") && open.get(0).remote().contains("Ben2"), open.toString());
            assertEquals(1, ana.sync().conflicts().list(true).size(), "shown to both");
        }
    }

    @Test
    void tenClientsSavingAtOnceLoseNothingAndDoNotDeadlock() throws Exception {
        PgLocation db = PgTestServer.newDatabase();
        List<Services> clients = new ArrayList<>();
        try {
            Note shared = tenStaffAndASharedNote(db, clients);
            String visitId = shared.visitId();
            List<Note> starts = new ArrayList<>();
            for (Services c : clients) {
                starts.add(c.notes().find(shared.id()).orElseThrow());
            }
            ExecutorService pool = Executors.newFixedThreadPool(10);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                int k = i;
                done.add(pool.submit(() -> {
                    Services c = clients.get(k);
                    for (int j = 0; j < 20; j++) {
                        c.notes().save(new Note(null, visitId, null, NoteKind.OBSERVATION, "client " + k + " note " + j, null, "", List.of()));
                    }
                    // each client rewrites its own line of the shared note, all from the same starting version
                    String[] lines = starts.get(k).text().split("\n");
                    lines[k] = "edited by " + k;
                    c.notes().save(starts.get(k).withText(String.join("\n", lines)));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            Services any = clients.get(3);
            assertEquals(10 * 20 + 1, any.notes().forVisit(visitId).size(), "every save is there");
            String text = any.notes().find(shared.id()).orElseThrow().text();
            for (int k = 0; k < 10; k++) {
                assertTrue(text.contains("edited by " + k), "edit of client " + k + " kept: " + text);
            }
            assertTrue(any.sync().conflicts().list(true).isEmpty(), "different lines: no conflict");
        } finally {
            clients.forEach(Services::close);
        }
    }

    @Test
    void tenClientsEditingDeletingAndImportingAtOnceLoseNothingAndDoNotDeadlock() throws Exception {
        PgLocation db = PgTestServer.newDatabase();
        Path bundle = dir.resolve("laptop.fbz");
        String laptopVisit;
        try (Services expert = TestWorkspace.open(dir.resolve("expert-laptop"))) {
            Visit v = TestWorkspace.visit(expert, "Bergen");
            laptopVisit = v.id();
            for (int i = 0; i < 30; i++) {
                expert.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "laptop note " + i, null, "", List.of()));
            }
            expert.sync().export(new org.fieldbook.sync.exports.ExportRequest(v.id(), false, null, bundle),
                    org.fieldbook.sync.Progress.NONE, new org.fieldbook.sync.Cancellation());
        }
        List<Services> clients = new ArrayList<>();
        try {
            Note shared = tenStaffAndASharedNote(db, clients);
            String visitId = shared.visitId();
            // each client has three notes of its own; all read the visit's notes (as their windows would)
            List<List<Note>> own = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                List<Note> mine = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    mine.add(clients.get(k).notes().save(new Note(null, visitId, null, NoteKind.OBSERVATION, "own " + k + "." + i,
                            null, "", List.of())));
                }
                own.add(mine);
            }
            clients.forEach(c -> c.notes().forVisit(visitId));
            ExecutorService pool = Executors.newFixedThreadPool(10);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                int k = i;
                done.add(pool.submit(() -> {
                    Services c = clients.get(k);
                    Note start = c.notes().find(shared.id()).orElseThrow();
                    for (int j = 0; j < 10; j++) {
                        c.notes().save(new Note(null, visitId, null, NoteKind.OBSERVATION, "client " + k + " note " + j, null, "", List.of()));
                        if (j == 3) {
                            c.notes().delete(own.get(k).get(0).id()); // its own note: nobody else changes it
                        }
                        if (j == 5) {
                            // the neighbour's note, as this client saw it: the neighbour deletes it at the same time
                            Note n = own.get((k + 1) % 10).get(1);
                            c.notes().save(n.withText(n.text() + "\nadded by " + k));
                        }
                        if (j == 6) {
                            c.notes().delete(own.get(k).get(1).id());
                        }
                        if (k < 2 && j == 4) {
                            importUntilApplied(c, bundle);
                        }
                    }
                    String[] lines = start.text().split("\n");
                    lines[k] = "edited by " + k;
                    c.notes().save(start.withText(String.join("\n", lines)));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            Services any = new ArrayList<>(clients).get(7);
            String text = any.notes().find(shared.id()).orElseThrow().text();
            for (int k = 0; k < 10; k++) {
                assertTrue(text.contains("edited by " + k), "edit of client " + k + " kept: " + text);
                for (int j = 0; j < 10; j++) {
                    String wanted = "client " + k + " note " + j;
                    assertTrue(any.notes().forVisit(visitId).stream().anyMatch(n -> n.text().equals(wanted)), wanted);
                }
                String ownId = own.get(k).get(0).id();
                assertTrue(any.notes().forVisit(visitId).stream().noneMatch(n -> n.id().equals(ownId)), "a delete went through");
                // the neighbour's edit and its own delete happened at once: whatever the order, the note stays with the
                // edit and the deletion is listed as a conflict (as a bundle merge does with a delete that missed an edit)
                String raced = own.get(k).get(1).id();
                Note r = any.notes().find(raced).orElseThrow();
                int editor = (k + 9) % 10;
                assertTrue(r.text().contains("added by " + editor), r.text());
                boolean inTrash = any.trash().list().stream().anyMatch(t -> t.id().equals(raced));
                boolean listed = any.sync().conflicts().list(true).stream().anyMatch(c -> c.id().equals(raced) && c.kind().equals("delete"));
                assertFalse(inTrash, "note " + raced + " is not in the trash");
                assertTrue(listed, "note " + raced + ": the deletion is listed");
            }
            assertEquals(30, any.notes().forVisit(laptopVisit).size(), "the bundle imported once, whole, during the edits");
        } finally {
            clients.forEach(Services::close);
        }
    }

    /** Imports, waiting while a colleague's import runs ("X is importing"); a second import of the bundle changes nothing. */
    private static void importUntilApplied(Services c, Path bundle) {
        var options = new org.fieldbook.sync.imports.ImportOptions(true, true, false);
        for (int attempt = 0; ; attempt++) {
            try {
                c.sync().imports().importBundle(bundle, options, org.fieldbook.sync.Progress.NONE);
                return;
            } catch (org.fieldbook.sync.imports.ImportNotApplied e) {
                if (!e.getMessage().contains("is importing") || attempt > 200) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Test
    void anImportWhileAColleagueImportsIsRefusedNamingThem() throws Exception {
        PgLocation db = PgTestServer.newDatabase();
        Path bundle = dir.resolve("visit.fbz");
        try (Services expert = TestWorkspace.open(dir.resolve("expert-laptop"))) {
            Visit v = TestWorkspace.visit(expert, "Oslo");
            expert.sync().export(new org.fieldbook.sync.exports.ExportRequest(v.id(), false, null, bundle),
                    org.fieldbook.sync.Progress.NONE, new org.fieldbook.sync.Cancellation());
        }
        try (Services ben = staff(db, "Ben"); Connection ana = db.connect()) {
            // Ana's program is in the middle of an import: it holds the import lock in its open transaction
            ana.setAutoCommit(false);
            Sql.one(ana, "SELECT set_config('application_name', 'Fieldbook: Ana Ruiz', false)", rs -> rs.getString(1));
            Sql.one(ana, "SELECT pg_advisory_xact_lock(?)", rs -> rs.getObject(1), 0x4642494d50L);
            var options = new org.fieldbook.sync.imports.ImportOptions(true, true, false);
            var refused = org.junit.jupiter.api.Assertions.assertThrows(org.fieldbook.sync.imports.ImportNotApplied.class,
                    () -> ben.sync().imports().importBundle(bundle, options, org.fieldbook.sync.Progress.NONE));
            assertTrue(refused.getMessage().contains("Ana Ruiz is importing"), refused.getMessage());
            assertTrue(ben.visits().summaries().isEmpty(), "nothing was written");
            ana.rollback();
            var report = ben.sync().imports().importBundle(bundle, options, org.fieldbook.sync.Progress.NONE);
            assertTrue(report.applied());
            assertFalse(ben.visits().summaries().isEmpty());
        }
    }
}
