package org.fieldbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.fieldbook.PgTestServer;
import org.fieldbook.TestWorkspace;
import org.fieldbook.index.TestDefinitions;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.index.verify.Verification;
import org.fieldbook.index.verify.VerificationStatus;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.note.NoteSaver;
import org.fieldbook.note.ui.NoteEditorModel;
import org.fieldbook.profile.ProfileSection;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderCategory;
import org.fieldbook.store.PgLocation;
import org.fieldbook.sync.ConflictRow;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.MeetingFormat;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the office database on PostgreSQL an edit is merged from exactly the version its form loaded (the revision the
 * record carries), not from the remembered version it looks most like: a person who sets a field back to a value it
 * had in an earlier version this program also saw is saving a change, and it is stored, not silently taken for an
 * unchanged stale copy.
 */
class ExactBasePgTest {
    @TempDir
    Path dir;

    private Services staff(PgLocation db, String name) {
        return TestWorkspace.officeStaff(db, dir.resolve(name), name);
    }

    private static List<ConflictRow> open(Services s) {
        return s.sync().conflicts().list(true);
    }

    private static Note note(Visit v, String text) {
        return new Note(null, v.id(), null, NoteKind.OBSERVATION, text, null, "", List.of());
    }

    @Test
    void aNoteTextSetBackToAnEarlierVersionsValueIsSaved() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            Visit v = TestWorkspace.visit(ana, "Torino");
            Note created = ana.notes().save(note(v, "x"));
            Note v1 = ben.notes().find(created.id()).orElseThrow(); // Ben reads "x"
            assertEquals("x", v1.text());
            ana.notes().save(ana.notes().find(created.id()).orElseThrow().withText("y")); // Ana changes it to "y"
            Note v2 = ben.notes().forVisit(v.id()).get(0); // Ben's views refresh: his form now shows "y"
            assertEquals("y", v2.text());
            assertTrue(v2.revision() > v1.revision(), v1.revision() + " then " + v2.revision());

            Note saved = ben.notes().save(v2.withText("x")); // Ben sets it back to "x" and saves
            assertEquals("x", ana.notes().find(created.id()).orElseThrow().text(), "Ben's edit is stored, not lost");
            assertEquals("x", saved.text());
            assertTrue(saved.revision() > v2.revision(), "the save hands back the revision it stored");
            assertTrue(open(ana).isEmpty(), "an edit of the latest version is no conflict: " + open(ana));
        }
    }

    @Test
    void theNoteEditorSavesTheSetBackValueAndGoesOnFromTheRevisionItStored() throws Exception {
        PgLocation db = PgTestServer.newDatabase();
        ExecutorService fx = Executors.newSingleThreadExecutor();
        ExecutorService saveThread = Executors.newSingleThreadExecutor();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben"); NoteSaver saver = new NoteSaver(saveThread)) {
            Visit v = TestWorkspace.visit(ana, "Lyon");
            Note created = ana.notes().save(note(v, "x"));
            NoteEditorModel editor = call(fx, () -> new NoteEditorModel(ben.notes(), saver, fx,
                    (job, ms) -> timer.schedule(job, ms, TimeUnit.MILLISECONDS), 50));
            List<Note> first = ben.notes().forVisit(v.id());
            call(fx, () -> {
                editor.open(v.id(), null, first);
                editor.edit(first.get(0)); // Ben's editor shows "x"
                return null;
            });
            ana.notes().save(ana.notes().find(created.id()).orElseThrow().withText("y"));
            List<Note> refreshed = ben.notes().forVisit(v.id()); // the views refresh: the editor shows "y"
            call(fx, () -> {
                editor.edit(refreshed.get(0));
                editor.textProperty().set("x"); // and Ben sets it back
                editor.flushPending();
                return null;
            });
            saver.flush();
            assertEquals("x", ana.notes().find(created.id()).orElseThrow().text(), "the editor's edit is stored");

            // Ana changes the kind of the note; Ben, without re-reading, types on: his save starts from what his
            // last save stored, so Ana's kind stays and his text is written
            ana.notes().save(new Note(created.id(), v.id(), null, NoteKind.CONCERN, "x", null, "", List.of(),
                    ana.notes().find(created.id()).orElseThrow().revision()));
            Thread.sleep(100); // the editor's save result is handed to its thread
            call(fx, () -> {
                editor.textProperty().set("x\nmore");
                editor.flushPending();
                return null;
            });
            saver.flush();
            Note now = ana.notes().find(created.id()).orElseThrow();
            assertEquals("x\nmore", now.text());
            assertEquals(NoteKind.CONCERN, now.kind(), "Ana's change is kept");
            assertTrue(open(ana).isEmpty(), open(ana).toString());
            call(fx, () -> {
                editor.close();
                return null;
            });
        } finally {
            timer.shutdownNow();
            saveThread.shutdown();
            fx.shutdown();
        }
    }

    @Test
    void theEditorsNextSaveKeepsTheColleaguesLinesItsLastSaveMergedIn() throws Exception {
        PgLocation db = PgTestServer.newDatabase();
        ExecutorService fx = Executors.newSingleThreadExecutor();
        ExecutorService saveThread = Executors.newSingleThreadExecutor();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben"); NoteSaver saver = new NoteSaver(saveThread)) {
            Visit v = TestWorkspace.visit(ana, "Basel");
            Note created = ana.notes().save(note(v, "L1\nL2\nL3\nL4"));
            NoteEditorModel editor = call(fx, () -> new NoteEditorModel(ben.notes(), saver, fx,
                    (job, ms) -> timer.schedule(job, ms, TimeUnit.MILLISECONDS), 50));
            List<Note> shown = ben.notes().forVisit(v.id());
            call(fx, () -> {
                editor.open(v.id(), null, shown);
                editor.edit(shown.get(0));
                return null;
            });
            ana.notes().save(ana.notes().find(created.id()).orElseThrow().withText("A1\nL2\nL3\nL4")); // Ana: line 1
            call(fx, () -> {
                editor.textProperty().set("L1\nL2\nL3\nB4"); // Ben: line 4, his editor does not show Ana's line
                editor.flushPending();
                return null;
            });
            saver.flush();
            assertEquals("A1\nL2\nL3\nB4", ana.notes().find(created.id()).orElseThrow().text(), "merged");
            Thread.sleep(100); // the editor's save result is handed to its thread
            call(fx, () -> {
                editor.textProperty().set("L1\nL2\nL3\nB4\nB5"); // Ben types on, still without Ana's line
                editor.flushPending();
                return null;
            });
            saver.flush();
            assertEquals("A1\nL2\nL3\nB4\nB5", ana.notes().find(created.id()).orElseThrow().text(),
                    "Ana's merged line is not taken out by Ben's next save");
            assertTrue(open(ana).isEmpty(), open(ana).toString());
            call(fx, () -> {
                editor.close();
                return null;
            });
        } finally {
            timer.shutdownNow();
            saveThread.shutdown();
            fx.shutdown();
        }
    }

    private static <T> T call(ExecutorService fx, Callable<T> work) throws Exception {
        return fx.submit(work).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aMeetingTitleSetBackIsSavedThroughTheVisitService() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            Visit v = TestWorkspace.visit(ana, "Nantes");
            Meeting m = ana.meetings().create(new Meeting(null, v.id(), v.start(), LocalTime.of(9, 0), LocalTime.of(10, 0),
                    "Mayor", "Town hall", MeetingFormat.MEETING));
            assertEquals("Mayor", ben.visitService().load(v.id()).meetings().get(0).title()); // Ben's programme
            Meeting anaCopy = ana.meetings().find(m.id()).orElseThrow();
            ana.meetings().update(retitled(anaCopy, "Deputy mayor"));
            Meeting shown = ben.visitService().load(v.id()).meetings().get(0); // refreshed: the dialog opens on it
            assertEquals("Deputy mayor", shown.title());

            Meeting saved = ben.visitService().saveMeeting(retitled(shown, "Mayor"), false, List.of(), List.of());
            assertEquals("Mayor", ana.meetings().find(m.id()).orElseThrow().title(), "Ben's title is stored, not lost");
            assertTrue(saved.revision() > shown.revision(), "the saved meeting carries its new revision");
            assertTrue(open(ana).isEmpty(), open(ana).toString());
        }
    }

    private static Meeting retitled(Meeting m, String title) {
        return new Meeting(m.id(), m.visitId(), m.day(), m.start(), m.end(), title, m.place(), m.format(), m.revision());
    }

    @Test
    void aProfileSectionBodySetBackIsSaved() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            Visit v = TestWorkspace.visit(ana, "Bergen");
            String id = ana.profile().structure(v.id()).get(0).id();
            ana.profile().saveBody(id, "P1");
            ProfileSection first = section(ben, v, id);
            assertEquals("P1", first.body());
            ana.profile().saveBody(id, "P2");
            ProfileSection shown = section(ben, v, id); // Ben's editor reloads: it shows P2
            assertEquals("P2", shown.body());

            var saved = ben.profile().saveBody(id, "P1", shown.revision()); // and Ben sets it back
            assertTrue(saved.changed());
            assertEquals("P1", ana.profile().section(id).body(), "Ben's text is stored, not lost");
            assertTrue(saved.section().revision() > shown.revision(), "the save hands back the section it stored");
            assertEquals("P1", ana.profile().history(id).get(ana.profile().history(id).size() - 1).body(), "and a revision records it");
            assertTrue(open(ana).isEmpty(), open(ana).toString());
        }
    }

    @Test
    void aRestoredOldRevisionIsSavedEvenWhenThisProgramSawThatText() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            Visit v = TestWorkspace.visit(ana, "Gent");
            String id = ana.profile().structure(v.id()).get(0).id();
            ana.profile().saveBody(id, "R1");
            section(ben, v, id);
            ana.profile().saveBody(id, "R2");
            section(ben, v, id);
            String oldest = ben.profile().history(id).get(0).id();
            assertTrue(ben.profile().restore(id, oldest));
            assertEquals("R1", ana.profile().section(id).body(), "the restore is written");
        }
    }

    private static ProfileSection section(Services s, Visit v, String id) {
        return s.profile().sections(v.id()).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aStakeholderFieldSetBackIsSaved() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            Visit v = TestWorkspace.visit(ana, "Aarhus");
            Stakeholder s = ana.stakeholders().create(new Stakeholder(null, v.cityId(), "Eva", "City hall", "clerk",
                    StakeholderCategory.OTHER, "", "", false));
            ben.stakeholders().forCity(v.cityId());
            Stakeholder a = ana.stakeholders().find(s.id()).orElseThrow();
            ana.stakeholders().update(new Stakeholder(a.id(), a.cityId(), a.person(), a.organisation(), "director", a.category(),
                    a.email(), a.phone(), a.namedConsent(), a.revision()));
            Stakeholder shown = ben.stakeholders().forCity(v.cityId()).get(0);
            assertEquals("director", shown.role());
            Stakeholder stored = ben.stakeholders().update(new Stakeholder(shown.id(), shown.cityId(), shown.person(),
                    shown.organisation(), "clerk", shown.category(), shown.email(), shown.phone(), shown.namedConsent(),
                    shown.revision()));
            assertEquals("clerk", ana.stakeholders().find(s.id()).orElseThrow().role());
            assertTrue(stored.revision() > shown.revision());
        }
    }

    @Test
    void aVerificationSetBackOnTheScreensReadIsSaved() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            QuestionnaireDefinition d = TestDefinitions.tiny();
            ana.index().questionnaires().load(d);
            Visit v = TestWorkspace.visit(ana, "Linkton");
            ana.index().importer().importBytes(v.id(),
                    "{\"questionnaire\": \"tiny-1\", \"answers\": [{\"question\": \"a1\", \"value\": \"yes\"}]}".getBytes(), "a.json");
            ana.index().verifications().save(v.id(), d.id(), new Verification("a1", VerificationStatus.CONFIRMED, null, "", List.of()));
            // the verification screen reads through the assessment
            assertEquals(VerificationStatus.CONFIRMED, ben.index().assessments().load(v.id()).orElseThrow().checks().get("a1").status());
            Verification a = ana.index().verifications().forVisit(v.id(), d).get("a1");
            ana.index().verifications().save(v.id(), d.id(), a.withStatus(VerificationStatus.COULD_NOT_VERIFY));
            Verification shown = ben.index().assessments().load(v.id()).orElseThrow().checks().get("a1");
            assertEquals(VerificationStatus.COULD_NOT_VERIFY, shown.status());

            long stored = ben.index().verifications().save(v.id(), d.id(), shown.withStatus(VerificationStatus.CONFIRMED));
            assertEquals(VerificationStatus.CONFIRMED, ana.index().verifications().forVisit(v.id(), d).get("a1").status(),
                    "Ben's choice is stored, not lost");
            assertTrue(stored > shown.revision());
            assertTrue(open(ana).isEmpty(), open(ana).toString());
        }
    }

    @Test
    void anEditFromAVersionNoLongerRememberedListsTheDoubtfulFieldAsAConflictInsteadOfDroppingIt() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            Visit v = TestWorkspace.visit(ana, "Porto");
            Note created = ana.notes().save(note(v, "x"));
            ben.notes().find(created.id()).orElseThrow(); // "x"
            ana.notes().save(ana.notes().find(created.id()).orElseThrow().withText("y"));
            Note form = ben.notes().find(created.id()).orElseThrow(); // Ben's form: "y"
            for (int i = 0; i < 10; i++) { // many colleague changes re-read since: Ben's form version is forgotten
                ana.notes().save(ana.notes().find(created.id()).orElseThrow().withText("t" + i));
                ben.notes().find(created.id()).orElseThrow();
            }
            ben.notes().save(form.withText("x")); // set back to the first value, from the forgotten version
            List<ConflictRow> conflicts = open(ana);
            assertEquals(1, conflicts.size(), conflicts.toString());
            assertEquals("text", conflicts.get(0).field());
            assertEquals("x", conflicts.get(0).remote(), "Ben's value is listed, not silently dropped");
            assertEquals("t9", ana.notes().find(created.id()).orElseThrow().text(), "what is stored is kept meanwhile");
        }
    }

    @Test
    void aDeleteFromTheVersionShownGoesThroughAndOneFromAnOlderVersionIsAConflict() {
        PgLocation db = PgTestServer.newDatabase();
        try (Services ana = staff(db, "Ana"); Services ben = staff(db, "Ben")) {
            Visit v = TestWorkspace.visit(ana, "Oslo");
            Note one = ana.notes().save(note(v, "one"));
            Note old = ben.notes().find(one.id()).orElseThrow();
            ana.notes().save(ana.notes().find(one.id()).orElseThrow().withText("one, changed"));
            ben.notes().find(one.id()).orElseThrow(); // re-read, but the list Ben deletes from still shows the old one
            ben.notes().delete(old.id(), old.revision());
            assertEquals(1, ana.notes().forVisit(v.id()).size(), "a change Ben's list did not show is not deleted");
            assertEquals(1, open(ana).size(), open(ana).toString());

            Note two = ana.notes().save(note(v, "two"));
            Note shown = ben.notes().find(two.id()).orElseThrow();
            ben.notes().delete(shown.id(), shown.revision());
            assertEquals(List.of("one, changed"), ana.notes().forVisit(v.id()).stream().map(Note::text).toList());
        }
    }
}
