package org.fieldbook.support.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.fieldbook.store.Database;

/**
 * The one change notification the window follows: the writer tells it after each committed write transaction
 * ({@link Database#onCommit}), and it tells its listeners on the JavaFX thread. A burst of commits (an import, a
 * demo, several autosaves) reaches the listeners once (commits within {@value #GATHER_MS} ms of each other), so every view that shows a count reloads it from the store
 * instead of being refreshed by hand after each action.
 */
public final class StoreChanges implements AutoCloseable {
    /** Commits that come within this time of the first are told together. */
    static final long GATHER_MS = 120;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Runnable unregister;
    private volatile boolean closed;

    public StoreChanges(Database db) {
        this.unregister = db.onCommit(this::committed);
    }

    /** On the writer thread: one hand-over to the FX thread per burst. */
    private void committed() {
        if (!closed && pending.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                javafx.animation.PauseTransition gather = new javafx.animation.PauseTransition(javafx.util.Duration.millis(GATHER_MS));
                gather.setOnFinished(e -> fire());
                gather.play();
            });
        }
    }

    private void fire() {
        pending.set(false);
        if (closed) {
            return;
        }
        for (Runnable l : listeners) {
            l.run();
        }
    }

    /** {@code listener} runs on the FX thread after committed writes; returns what unregisters it. */
    public Runnable listen(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        closed = true;
        listeners.clear();
        unregister.run();
    }
}
