package org.fieldbook.note.ui;

import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.note.NoteRepository;
import org.fieldbook.note.NoteSaver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.collections.ObservableSet;
import org.fieldbook.store.Tracker;

/**
 * The note being written and the notes beside it, for one context (the visit, or one meeting). Every edit
 * schedules a save one debounce delay later; saves run in order on the {@link NoteSaver}'s thread.
 * {@link #saveAndNext()} commits the current note at once and starts a blank one. Used on the FX thread;
 * {@code fx} hands background results back to it.
 */
public final class NoteEditorModel implements AutoCloseable {
    public static final long AUTOSAVE_DELAY_MS = 600;

    private final NoteRepository repository;
    private final NoteSaver saver;
    private final Executor fx;
    private final Debouncer debouncer;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<NoteKind> kind = new SimpleObjectProperty<>(NoteKind.OBSERVATION);
    private final StringProperty speakerName = new SimpleStringProperty("");
    private final ObjectProperty<String> speakerId = new SimpleObjectProperty<>();
    private final ObservableSet<String> areas = FXCollections.observableSet(new java.util.LinkedHashSet<>());
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(SaveState.EMPTY);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<String> currentId = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Note> notes = FXCollections.observableArrayList();

    private String visitId;
    private String meetingId;
    private boolean loading;
    private boolean stored;
    /**
     * The stored revision of the note being edited: the one it was loaded at, then the one its last save stored (0:
     * a new note). On the shared office database a save is merged from exactly that version.
     */
    private long revision;
    private long editGeneration;
    private Consumer<Note> onSaved = n -> { };
    /** Notes (by id) as last typed that the store has not confirmed yet: a write queued, running or refused. */
    private final java.util.Map<String, Note> unsaved = new java.util.LinkedHashMap<>();
    /** Notes (by id) being written now, so the same state is not written twice at once. */
    private final java.util.Map<String, Note> writing = new java.util.HashMap<>();

    /** {@code timer} keeps the autosave delay (the window's runner); saves run on {@code saver}, results on {@code fx}. */
    public NoteEditorModel(NoteRepository repository, NoteSaver saver, Executor fx, Debouncer.Timer timer, long delayMillis) {
        this.repository = repository;
        this.saver = saver;
        this.fx = fx;
        this.debouncer = new Debouncer(timer, delayMillis, fx, this::saveNow);
        text.addListener((o, a, b) -> edited());
        kind.addListener((o, a, b) -> edited());
        speakerName.addListener((o, a, b) -> edited());
        speakerId.addListener((o, a, b) -> edited());
        areas.addListener((SetChangeListener<String>) c -> edited());
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<NoteKind> kindProperty() {
        return kind;
    }

    public StringProperty speakerNameProperty() {
        return speakerName;
    }

    public ObjectProperty<String> speakerIdProperty() {
        return speakerId;
    }

    public ObservableSet<String> areas() {
        return areas;
    }

    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The id of the note being edited (assigned before its first save). */
    public ReadOnlyObjectProperty<String> currentIdProperty() {
        return currentId.getReadOnlyProperty();
    }

    /** The notes of the current context, oldest first. */
    public ObservableList<Note> notes() {
        return notes;
    }

    public String visitId() {
        return visitId;
    }

    public String meetingId() {
        return meetingId;
    }

    /** Called on the FX thread after each successful save. */
    public void setOnSaved(Consumer<Note> onSaved) {
        this.onSaved = onSaved;
    }

    /** Switches to the notes of a visit ({@code meetingId} null) or one of its meetings, with a blank note. */
    public void open(String visitId, String meetingId, List<Note> contextNotes) {
        flushPending();
        this.visitId = visitId;
        this.meetingId = meetingId;
        notes.setAll(contextNotes);
        startBlank();
    }

    /** Loads an existing note into the editor. */
    public void edit(Note note) {
        flushPending();
        loading = true;
        try {
            currentId.set(note.id());
            revision = note.revision();
            text.set(note.text());
            kind.set(note.kind());
            speakerName.set(note.speakerName());
            speakerId.set(note.speakerId());
            areas.clear();
            areas.addAll(note.areas());
        } finally {
            loading = false;
        }
        stored = true;
        if (unsaved.isEmpty()) {
            error.set("");
        }
        state.set(SaveState.SAVED);
    }

    /** The note as currently typed. */
    public Note snapshot() {
        return new Note(currentId.get(), visitId, meetingId, kind.get(), text.get(), speakerId.get(),
                speakerName.get(), new ArrayList<>(areas), revision);
    }

    /** Saves the current note now (if it has anything in it) and opens a blank one. */
    public void saveAndNext() {
        flushPending();
        startBlank();
    }

    /** True when the current note has content worth keeping. */
    public boolean hasContent() {
        return !text.get().isBlank() || !areas.isEmpty() || stored;
    }

    /** Saves whatever is pending right away: the current note if edited or refused, and any note a write refused. */
    public void flushPending() {
        debouncer.cancel();
        if (state.get() == SaveState.PENDING || state.get() == SaveState.FAILED) {
            saveNow();
        } else {
            writeUnsaved();
        }
    }

    /**
     * Makes sure the current note exists on disk (even if still empty) and waits for pending saves; used before
     * attaching a file to it. Blocks only for one small write.
     */
    public void storeNow() {
        debouncer.cancel();
        if (state.get() == SaveState.EMPTY && !stored) {
            stored = true;
            state.set(SaveState.PENDING);
        }
        if (state.get() == SaveState.PENDING) {
            saveNow();
        }
        saver.flush();
    }

    /** Deletes a note (a tombstone) and returns the work that restores it. */
    public Runnable delete(Note note, Runnable afterDelete) {
        if (note.id() != null && note.id().equals(currentId.get())) {
            debouncer.cancel();
            startBlank();
        }
        notes.removeIf(n -> n.id().equals(note.id()));
        unsaved.remove(note.id());
        saver.submit(() -> {
            repository.delete(note.id(), note.revision());
            fx.execute(afterDelete);
        });
        return () -> {
            saver.submit(() -> repository.restore(note.id()));
            saver.flush();
        };
    }

    /** Puts a restored note back into the list if it belongs to this context. */
    public void restored(Note note) {
        if (sameContext(note) && notes.stream().noneMatch(n -> n.id().equals(note.id()))) {
            notes.add(note);
        }
    }

    private boolean sameContext(Note note) {
        return java.util.Objects.equals(note.visitId(), visitId) && java.util.Objects.equals(note.meetingId(), meetingId);
    }

    private void startBlank() {
        loading = true;
        try {
            currentId.set(Tracker.newId());
            revision = 0;
            text.set("");
            kind.set(NoteKind.OBSERVATION);
            speakerName.set("");
            speakerId.set(null);
            areas.clear();
        } finally {
            loading = false;
        }
        stored = false;
        if (unsaved.isEmpty()) {
            error.set("");
        }
        state.set(SaveState.EMPTY);
    }

    private void edited() {
        if (loading || visitId == null) {
            return;
        }
        if (!hasContent()) {
            debouncer.cancel();
            state.set(SaveState.EMPTY);
            return;
        }
        editGeneration++;
        state.set(SaveState.PENDING);
        debouncer.trigger();
    }

    private void saveNow() {
        if ((state.get() != SaveState.PENDING && state.get() != SaveState.FAILED) || visitId == null) {
            return;
        }
        Note note = snapshot();
        stored = true;
        state.set(SaveState.SAVING);
        upsertInList(note);
        unsaved.put(note.id(), note);
        writeUnsaved();
    }

    /**
     * Writes every note not confirmed yet, in the order they were typed. A note leaves {@link #unsaved} only once
     * the store has written it; a refused write stays there, is written again by the next save, and is reported.
     */
    private void writeUnsaved() {
        for (Note note : List.copyOf(unsaved.values())) {
            if (note.equals(writing.get(note.id()))) {
                continue;
            }
            writing.put(note.id(), note);
            long generation = editGeneration;
            saver.submit(() -> {
                try {
                    Note saved = repository.save(note);
                    fx.execute(() -> {
                        writing.remove(note.id(), note);
                        unsaved.remove(note.id(), note);
                        // the next save starts from what this one stored, when that is what the editor holds; when a
                        // colleague's change was merged in (the editor does not show it), from the revision it had
                        // (remembered with what the editor wrote), so the merged lines are kept, not taken out
                        if (saved.id().equals(currentId.get()) && saved.revision() > revision
                                && saved.withRevision(0).equals(note.withRevision(0))) {
                            revision = saved.revision();
                        }
                        if (generation == editGeneration && saved.id().equals(currentId.get()) && state.get() == SaveState.SAVING) {
                            state.set(SaveState.SAVED);
                        }
                        if (unsaved.isEmpty()) {
                            error.set("");
                        }
                        onSaved.accept(saved);
                    });
                } catch (RuntimeException e) {
                    fx.execute(() -> {
                        writing.remove(note.id(), note);
                        error.set(e.getMessage() == null ? e.toString() : e.getMessage());
                        if (saved(note) && state.get() == SaveState.SAVING) {
                            state.set(SaveState.FAILED);
                        }
                    });
                }
            });
        }
    }

    private boolean saved(Note note) {
        return note.id().equals(currentId.get());
    }

    private void upsertInList(Note note) {
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).id().equals(note.id())) {
                notes.set(i, note);
                return;
            }
        }
        notes.add(note);
    }

    @Override
    public void close() {
        flushPending();
        debouncer.close();
    }
}
