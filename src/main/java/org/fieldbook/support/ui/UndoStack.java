package org.fieldbook.support.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** What "Undo delete" can bring back, most recent first. Used on the FX thread. */
public final class UndoStack {
    private static final int MAX = 50;

    /** One undoable deletion: its description and the background work that reverses it. */
    public record Entry(String description, Runnable undo) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);

    public void push(Entry e) {
        entries.push(e);
        while (entries.size() > MAX) {
            entries.removeLast();
        }
        empty.set(false);
    }

    /** Takes the most recent entry off the stack, or null. */
    public Entry pop() {
        Entry e = entries.poll();
        empty.set(entries.isEmpty());
        return e;
    }

    public boolean remove(Entry e) {
        boolean removed = entries.remove(e);
        empty.set(entries.isEmpty());
        return removed;
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }
}
