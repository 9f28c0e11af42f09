package org.fieldbook.profile.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.fieldbook.note.Note;
import org.fieldbook.profile.EvidenceService;
import org.fieldbook.profile.ProfileMessages;
import org.fieldbook.profile.ProfileSection;
import org.fieldbook.profile.ProfileService;
import org.fieldbook.profile.SectionStatus;
import org.fieldbook.profile.WordCount;
import org.fieldbook.profile.report.ReportService;

/**
 * State of the profile editor: the sections, the one being edited, its text (saved automatically a moment
 * after typing stops), word count, evidence notes, paragraph sources, and export progress. All service calls
 * run on the background executor; results come back on the FX thread.
 */
public final class ProfileEditorViewModel {
    private final ProfileService profile;
    private final EvidenceService evidence;
    private final ReportService reports;
    private final String visitId;
    private final ProfileMessages messages;
    private final Executor background;
    private final PauseTransition autosave;

    final ObservableList<ProfileSection> sections = FXCollections.observableArrayList();
    final ObjectProperty<ProfileSection> selected = new SimpleObjectProperty<>();
    final StringProperty text = new SimpleStringProperty("");
    final IntegerProperty words = new SimpleIntegerProperty();
    final StringProperty saveState = new SimpleStringProperty("");
    final BooleanProperty dirty = new SimpleBooleanProperty();
    final ObservableList<Note> notes = FXCollections.observableArrayList();
    final ObservableList<EvidenceService.ParagraphSource> sources = FXCollections.observableArrayList();
    final DoubleProperty exportProgress = new SimpleDoubleProperty(-1);
    final StringProperty message = new SimpleStringProperty("");
    private boolean loading;
    /** Section id to the body typed there that the store has not confirmed yet (a write pending, running or refused). */
    private final Map<String, String> unsaved = new LinkedHashMap<>();
    /** Section id to the body being written now, so the same text is not written twice at once. */
    private final Map<String, String> writing = new LinkedHashMap<>();
    /**
     * Section id to the stored revision the text typed there started from: the one the section was shown at, then
     * the one each save of it stored (on the shared office database a save is merged from exactly that version).
     */
    private final Map<String, Long> bodyRevisions = new LinkedHashMap<>();

    public ProfileEditorViewModel(ProfileService profile, EvidenceService evidence, ReportService reports, String visitId,
                                  Locale locale, Executor background, Duration autosaveDelay) {
        this.profile = profile;
        this.evidence = evidence;
        this.reports = reports;
        this.visitId = visitId;
        this.messages = new ProfileMessages(locale);
        this.background = background;
        this.autosave = new PauseTransition(autosaveDelay);
        autosave.setOnFinished(e -> save());
        text.addListener((o, was, now) -> {
            words.set(WordCount.of(now));
            if (!loading && selected.get() != null) {
                unsaved.put(selected.get().id(), now);
                dirty.set(true);
                saveState.set(messages.text("editor.unsaved"));
                autosave.playFromStart();
            }
        });
    }

    ProfileMessages messages() {
        return messages;
    }

    ProfileService profile() {
        return profile;
    }

    String visitId() {
        return visitId;
    }

    /** Loads the sections (creating the structure on first use). */
    public void load() {
        run(() -> profile.structure(visitId), list -> {
            sections.setAll(list);
            if (selected.get() == null && !list.isEmpty()) {
                select(list.get(0));
            }
        });
    }

    /**
     * Switches to another section, saving the current one first. Text of the section that the store has not
     * confirmed (its write refused) is shown again, still unsaved, rather than the stored body.
     */
    public void select(ProfileSection s) {
        flush();
        loading = true;
        selected.set(s);
        String kept = s == null ? null : unsaved.get(s.id());
        if (s != null && (kept == null || !bodyRevisions.containsKey(s.id()))) {
            bodyRevisions.put(s.id(), s.revision()); // the text shown is this version's (or typed from it)
        }
        text.set(s == null ? "" : kept != null ? kept : s.body());
        loading = false;
        dirty.set(kept != null);
        saveState.set(s == null ? "" : messages.text(kept != null ? "editor.unsaved" : "editor.saved"));
        notes.clear();
        sources.clear();
        if (s != null) {
            run(() -> evidence.notesFor(s), notes::setAll);
            run(() -> evidence.sources(s), sources::setAll);
        }
    }

    /** Saves now if there are unsaved changes: the current section's, and any an earlier write failed to save. */
    public void flush() {
        autosave.stop();
        save();
    }

    /**
     * Saves unsaved text on the calling thread (used when the window closes, when there is no later). A write
     * the store refuses leaves the text unsaved and says so.
     */
    public void flushNow() {
        autosave.stop();
        for (Map.Entry<String, String> e : List.copyOf(unsaved.entrySet())) {
            try {
                ProfileService.BodySave saved = profile.saveBody(e.getKey(), e.getValue(), bodyRevision(e.getKey()));
                if (saved.changed() && saved.section().body().equals(e.getValue())) {
                    bodyRevisions.put(e.getKey(), saved.section().revision());
                }
                confirmed(e.getKey(), e.getValue());
            } catch (RuntimeException failure) {
                refused(e.getKey(), failure);
            }
        }
    }

    /** Writes every unsaved body; dirty state is cleared only when the store confirms the write. */
    private void save() {
        for (Map.Entry<String, String> e : List.copyOf(unsaved.entrySet())) {
            String id = e.getKey();
            String body = e.getValue();
            if (body.equals(writing.get(id))) {
                continue;
            }
            writing.put(id, body);
            if (isSelected(id)) {
                saveState.set(messages.text("editor.saving"));
            }
            long from = bodyRevision(id);
            run(() -> {
                ProfileService.BodySave b = profile.saveBody(id, body, from);
                return b.changed() ? b : new ProfileService.BodySave(false, profile.section(id));
            }, saved -> {
                ProfileSection fresh = saved.section();
                // the section as this save stored it (not a later re-read that may hold a colleague's newer version
                // the editor does not show): the next save of this text starts from it
                // (unless a colleague's lines were merged in, which the editor does not show: it then goes on from the
                // revision it had, remembered with the text it wrote, so the merged lines are kept)
                if (saved.changed() && fresh.revision() > bodyRevision(id) && fresh.body().equals(body)) {
                    bodyRevisions.put(id, fresh.revision());
                }
                writing.remove(id, body);
                confirmed(id, body);
                replace(fresh);
                if (isSelected(id)) {
                    run(() -> evidence.sources(fresh), sources::setAll);
                }
            }, failure -> {
                writing.remove(id, body);
                refused(id, failure);
            });
        }
    }

    private long bodyRevision(String sectionId) {
        return bodyRevisions.getOrDefault(sectionId, 0L);
    }

    private boolean isSelected(String sectionId) {
        return selected.get() != null && selected.get().id().equals(sectionId);
    }

    /** The store holds {@code body} for the section: it is no longer unsaved, unless typed on since. */
    private void confirmed(String sectionId, String body) {
        unsaved.remove(sectionId, body);
        if (isSelected(sectionId)) {
            boolean stillDirty = unsaved.containsKey(sectionId);
            dirty.set(stillDirty);
            saveState.set(messages.text(stillDirty ? "editor.unsaved" : "editor.saved"));
        }
        if (unsaved.isEmpty() && message.get().startsWith(messages.text("editor.notSaved"))) {
            message.set("");
        }
    }

    /** The store refused the write: the text stays unsaved (retried by the next save) and the person is told. */
    private void refused(String sectionId, RuntimeException failure) {
        String why = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        if (isSelected(sectionId)) {
            dirty.set(true);
            saveState.set(messages.text("editor.notSaved"));
        }
        String title = sections.stream().filter(s -> s.id().equals(sectionId)).findFirst()
                .map(s -> s.title(messages.locale())).orElse(sectionId);
        message.set(messages.text("editor.notSaved") + " (" + title + "): " + why);
    }

    public void setStatus(SectionStatus status) {
        ProfileSection s = selected.get();
        if (s != null && status != null && status != s.status()) {
            run(() -> {
                profile.setStatus(s.id(), status, s.revision());
                return profile.section(s.id());
            }, this::replace);
        }
    }

    public void setOwner(String owner) {
        ProfileSection s = selected.get();
        if (s != null && owner != null && !owner.trim().equals(s.owner())) {
            run(() -> {
                profile.setOwner(s.id(), owner, s.revision());
                return profile.section(s.id());
            }, this::replace);
        }
    }

    /** Records the note as the source of a new paragraph and returns its Markdown to the callback. */
    public void insertNote(Note n, Consumer<String> whenReady) {
        ProfileSection s = selected.get();
        if (s != null) {
            run(() -> evidence.insert(s, n, messages.locale()), whenReady);
        }
    }

    /** Reloads the current section from the store (after a restore). */
    public void reloadSelected() {
        ProfileSection s = selected.get();
        if (s != null) {
            run(() -> profile.section(s.id()), fresh -> {
                replace(fresh);
                // the restored revision replaces what was typed there
                autosave.stop();
                unsaved.remove(fresh.id());
                dirty.set(false);
                select(fresh);
            });
        }
    }

    /** The Word file written last (null until one is, and while the next one is written). */
    public final javafx.beans.property.ObjectProperty<Path> exported = new javafx.beans.property.SimpleObjectProperty<>();

    public void export(Path out) {
        flush();
        exported.set(null);
        exportProgress.set(0);
        message.set(messages.text("editor.exporting"));
        run(() -> reports.export(visitId, out, messages.french() ? "fr" : "en", null,
                (f, step) -> Platform.runLater(() -> exportProgress.set(f))), bytes -> {
            exportProgress.set(-1);
            message.set("");
            exported.set(out);
        });
    }

    private void replace(ProfileSection fresh) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(fresh.id())) {
                sections.set(i, fresh);
            }
        }
        if (selected.get() != null && selected.get().id().equals(fresh.id())) {
            loading = true;
            selected.set(fresh);
            loading = false;
        }
    }

    private <T> void run(Supplier<T> work, Consumer<T> onFx) {
        run(work, onFx, e -> {
            exportProgress.set(-1);
            message.set(messages.text("error.title") + ": " + e.getMessage());
        });
    }

    private <T> void run(Supplier<T> work, Consumer<T> onFx, Consumer<RuntimeException> onError) {
        try {
            background.execute(() -> {
                try {
                    T result = work.get();
                    Platform.runLater(() -> onFx.accept(result));
                } catch (RuntimeException e) {
                    Platform.runLater(() -> onError.accept(e));
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // the view was closed (its thread stopped): nothing is left to show this to
        }
    }

    List<ProfileSection> sectionsSnapshot() {
        return List.copyOf(sections);
    }
}
