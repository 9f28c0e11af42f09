package org.fieldbook.note.ui;

import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.note.NoteSaver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.store.FailingWrites;
import org.fieldbook.store.Sql;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The note editor's view model without a window: a single-thread executor stands in for the FX thread, and
 * every interaction runs on it, as the view would.
 */
class NoteEditorModelTest {
    @TempDir
    Path dir;

    private Services services;
    private Visit visit;
    private ExecutorService fxThread;
    private NoteSaver saver;
    private ExecutorService saveThread;
    private java.util.concurrent.ScheduledExecutorService timer;
    private NoteEditorModel model;

    @BeforeEach
    void setUp() throws Exception {
        services = TestWorkspace.open(dir);
        visit = TestWorkspace.visit(services, "Testville");
        fxThread = Executors.newSingleThreadExecutor();
        saveThread = Executors.newSingleThreadExecutor();
        timer = Executors.newSingleThreadScheduledExecutor();
        saver = new NoteSaver(saveThread);
        model = onFx(() -> new NoteEditorModel(services.notes(), saver, fxThread,
                (job, ms) -> timer.schedule(job, ms, java.util.concurrent.TimeUnit.MILLISECONDS), 150));
        onFx(() -> {
            model.open(visit.id(), null, List.of());
            return null;
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        onFx(() -> {
            model.close();
            return null;
        });
        saver.close();
        saveThread.shutdown();
        timer.shutdownNow();
        fxThread.shutdown();
        services.close();
    }

    private <T> T onFx(Callable<T> c) throws Exception {
        return fxThread.submit(c).get();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!onFx(condition::getAsBoolean)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not reached in time");
            }
            Thread.sleep(20);
        }
    }

    private long revision(String id) {
        return services.store().db().read(c -> Sql.one(c, "SELECT revision FROM note WHERE id=?", rs -> rs.getLong(1), id))
                .orElse(0L);
    }

    @Test
    void burstOfEditsIsSavedOnceWithTheLastText() throws Exception {
        String id = onFx(() -> {
            for (String s : List.of("T", "Th", "The", "The mayor", "The mayor spoke")) {
                model.textProperty().set(s);
            }
            model.areas().add("education");
            return model.currentIdProperty().get();
        });
        assertEquals(SaveState.PENDING, onFx(() -> model.stateProperty().get()));
        waitUntil(() -> model.stateProperty().get() == SaveState.SAVED);
        saver.flush();
        Note stored = services.notes().find(id).orElseThrow();
        assertEquals("The mayor spoke", stored.text());
        assertEquals(List.of("education"), stored.areas());
        assertEquals(1, revision(id), "six edits within the delay make exactly one write (an insert)");
    }

    @Test
    void laterEditsUpdateTheSameNote() throws Exception {
        String id = onFx(() -> {
            model.textProperty().set("first");
            return model.currentIdProperty().get();
        });
        waitUntil(() -> model.stateProperty().get() == SaveState.SAVED);
        onFx(() -> {
            model.textProperty().set("first, then more");
            return null;
        });
        waitUntil(() -> model.stateProperty().get() == SaveState.SAVED);
        saver.flush();
        assertEquals("first, then more", services.notes().find(id).orElseThrow().text());
        assertEquals(1, services.notes().forVisit(visit.id()).size());
    }

    @Test
    void saveAndNextCommitsAtOnceAndStartsABlankNote() throws Exception {
        String first = onFx(() -> {
            model.kindProperty().set(NoteKind.CONCERN);
            model.textProperty().set("No interpreter at the welcome desk");
            String id = model.currentIdProperty().get();
            model.saveAndNext();
            return id;
        });
        onFx(() -> {
            assertNotEquals(first, model.currentIdProperty().get());
            assertEquals("", model.textProperty().get());
            assertEquals(NoteKind.OBSERVATION, model.kindProperty().get());
            assertEquals(SaveState.EMPTY, model.stateProperty().get());
            assertEquals(1, model.notes().size());
            return null;
        });
        saver.flush();
        Note stored = services.notes().find(first).orElseThrow();
        assertEquals("No interpreter at the welcome desk", stored.text());
        assertEquals(NoteKind.CONCERN, stored.kind());
    }

    @Test
    void blankNoteIsNotSaved() throws Exception {
        onFx(() -> {
            model.textProperty().set("   ");
            model.saveAndNext();
            return null;
        });
        saver.flush();
        assertTrue(services.notes().forVisit(visit.id()).isEmpty());
    }

    @Test
    void deleteIsUndoable() throws Exception {
        String id = onFx(() -> {
            model.textProperty().set("Good practice: multilingual signage");
            String noteId = model.currentIdProperty().get();
            model.saveAndNext();
            return noteId;
        });
        saver.flush();
        Note note = services.notes().find(id).orElseThrow();
        Runnable restore = onFx(() -> model.delete(note, () -> { }));
        saver.flush();
        assertTrue(services.notes().forVisit(visit.id()).isEmpty(), "deleted note leaves the visit");
        assertEquals(0, onFx(() -> model.notes().size()));
        restore.run();
        onFx(() -> {
            model.restored(note);
            return null;
        });
        assertEquals(List.of(id), services.notes().forVisit(visit.id()).stream().map(Note::id).toList());
        assertEquals(1, onFx(() -> model.notes().size()));
    }

    @Test
    void aRefusedSaveSurvivesTheSwitchToTheNextNoteAndIsWrittenByTheNextSave() throws Exception {
        String refused;
        try (FailingWrites failing = FailingWrites.on(services.store().db(), "note")) {
            refused = onFx(() -> {
                model.textProperty().set("The disk said no to this one");
                return model.currentIdProperty().get();
            });
            waitUntil(() -> model.stateProperty().get() == SaveState.FAILED);
            assertTrue(onFx(() -> model.errorProperty().get()).contains(FailingWrites.MESSAGE));
        }
        // the person moves on: the switch is the next attempt, and writes the refused note
        onFx(() -> {
            model.saveAndNext();
            return null;
        });
        saver.flush();
        assertEquals("The disk said no to this one", services.notes().find(refused).orElseThrow().text());
        waitUntil(() -> model.errorProperty().get().isEmpty());
    }

    @Test
    void aNoteRefusedAfterTheSwitchIsWrittenWithTheNextNote() throws Exception {
        String refused;
        try (FailingWrites failing = FailingWrites.on(services.store().db(), "note")) {
            refused = onFx(() -> {
                model.textProperty().set("Written just before Save and next");
                String id = model.currentIdProperty().get();
                model.saveAndNext();
                return id;
            });
            // the refusal arrives while the next note is open: the person is told
            waitUntil(() -> model.errorProperty().get().contains(FailingWrites.MESSAGE));
            assertTrue(services.notes().find(refused).isEmpty());
        }
        String next = onFx(() -> {
            model.textProperty().set("The next note");
            return model.currentIdProperty().get();
        });
        waitUntil(() -> model.stateProperty().get() == SaveState.SAVED);
        saver.flush();
        assertEquals("The next note", services.notes().find(next).orElseThrow().text());
        assertEquals("Written just before Save and next", services.notes().find(refused).orElseThrow().text());
    }
}
