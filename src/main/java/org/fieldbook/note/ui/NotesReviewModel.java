package org.fieldbook.note.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.note.NoteReviewIndex;
import org.fieldbook.note.NoteReviewIndex.Facet;
import org.fieldbook.note.NoteReviewIndex.Filter;
import org.fieldbook.note.NoteReviewIndex.Sort;
import org.fieldbook.note.NoteReviewService;
import org.fieldbook.note.ReviewNote;
import org.fieldbook.support.ui.Background;

/**
 * The notes review of a whole visit: a filter property per {@link Facet} (null: any), the sort, the notes that pass
 * (a list the view shows), the count each filter value would give, and the selected note. The notes are read once
 * per load on the window's runner ({@link #reload()}, called again when the store changes); a filter or sort change
 * is applied at once on the JavaFX thread, on the notes held in memory ({@link NoteReviewIndex}).
 */
public final class NotesReviewModel {
    private final NoteReviewService service;
    private final String visitId;
    private final Locale locale;
    private final Background background;
    private final Map<Facet, ObjectProperty<String>> filters = new EnumMap<>(Facet.class);
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(Sort.TAKEN);
    private final ObservableList<ReviewNote> notes = FXCollections.observableArrayList();
    private final ObservableList<ReviewNote> readOnlyNotes = FXCollections.unmodifiableObservableList(notes);
    private final ReadOnlyObjectWrapper<NoteReviewIndex.Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<NoteReviewIndex> index = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<ReviewNote> selected = new SimpleObjectProperty<>();
    private Consumer<Throwable> onError = t -> { };
    private boolean loading;
    private boolean again;
    private boolean closed;

    /** {@code background} may be null when the notes are handed in with {@link #show(List)} (tests, benchmarks). */
    public NotesReviewModel(NoteReviewService service, String visitId, Locale locale, Background background) {
        this.service = service;
        this.visitId = visitId;
        this.locale = locale;
        this.background = background;
        for (Facet f : Facet.values()) {
            SimpleObjectProperty<String> p = new SimpleObjectProperty<>(this, f.name().toLowerCase(Locale.ROOT));
            p.addListener((o, a, b) -> apply());
            filters.put(f, p);
        }
        sort.addListener((o, a, b) -> apply());
    }

    public String visitId() {
        return visitId;
    }

    /** The filter on {@code facet}: one of its values ({@link NoteReviewIndex#values}), or null for any. */
    public ObjectProperty<String> filterProperty(Facet facet) {
        return filters.get(facet);
    }

    public ObjectProperty<Sort> sortProperty() {
        return sort;
    }

    /** The notes that pass the filters, in the chosen order. */
    public ObservableList<ReviewNote> notes() {
        return readOnlyNotes;
    }

    /** The last filtering: its notes and the counts per facet value (null until the first load). */
    public ReadOnlyObjectProperty<NoteReviewIndex.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** All the visit's notes as last loaded (null until then). */
    public ReadOnlyObjectProperty<NoteReviewIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** How many notes pass the filters. */
    public ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** How many notes the visit has. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The note the list has selected; kept across reloads and filter changes while it still passes. */
    public ObjectProperty<ReviewNote> selectedProperty() {
        return selected;
    }

    /** The count of notes {@code value} would give under {@code facet}, with the other filters as they are. */
    public int count(Facet facet, String value) {
        NoteReviewIndex.Result r = result.get();
        return r == null ? 0 : r.count(facet, value);
    }

    /** How many notes "any" would give under {@code facet}, with the other filters as they are. */
    public int countAny(Facet facet) {
        NoteReviewIndex.Result r = result.get();
        return r == null ? 0 : r.countAny(facet);
    }

    /** Sets every filter back to any. */
    public void clearFilters() {
        Filter before = filter();
        if (before.isEmpty()) {
            return;
        }
        holdApply = true;
        try {
            filters.values().forEach(p -> p.set(null));
        } finally {
            holdApply = false;
        }
        apply();
    }

    private boolean holdApply;

    public void setOnError(Consumer<Throwable> onError) {
        this.onError = onError == null ? t -> { } : onError;
    }

    /** The filters in force. */
    public Filter filter() {
        Filter f = Filter.none();
        for (Facet facet : Facet.values()) {
            f = f.with(facet, filters.get(facet).get());
        }
        return f;
    }

    /**
     * Reads the visit's notes again on the window's runner and shows them (filters and selection kept). Calls that
     * come while a read is under way are gathered into one more read after it.
     */
    public void reload() {
        if (closed || background == null) {
            return;
        }
        if (loading) {
            again = true;
            return;
        }
        loading = true;
        background.call(() -> service.load(visitId), list -> {
            loading = false;
            show(list);
            if (again) {
                again = false;
                reload();
            }
        }, err -> {
            loading = false;
            again = false;
            if (!closed) {
                onError.accept(err);
            }
        });
    }

    /** Shows {@code all} (the visit's notes) with the filters as they are. */
    public void show(List<ReviewNote> all) {
        if (closed) {
            return;
        }
        index.set(new NoteReviewIndex(all, locale));
        total.set(all.size());
        apply();
        loaded.set(true);
    }

    /** Applies the filters and the sort to the notes in memory; returns the result (also in {@link #resultProperty()}). */
    public NoteReviewIndex.Result apply() {
        NoteReviewIndex idx = index.get();
        if (idx == null || holdApply) {
            return result.get();
        }
        NoteReviewIndex.Result r = idx.apply(filter(), sort.get());
        String keep = selected.get() == null ? null : selected.get().id();
        notes.setAll(r.notes());
        shown.set(r.notes().size());
        result.set(r);
        ReviewNote again = keep == null ? null : r.notes().stream().filter(n -> n.id().equals(keep)).findFirst().orElse(null);
        selected.set(again);
        return r;
    }

    /** Stops following: later loads are dropped. */
    public void close() {
        closed = true;
    }
}
