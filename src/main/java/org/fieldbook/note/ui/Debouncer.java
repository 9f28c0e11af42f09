package org.fieldbook.note.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.Future;

/**
 * Runs an action once, {@code delayMillis} after the last {@link #trigger()}; the action runs on {@code target}.
 * The delay is kept by the window's timer (see {@code Background.schedule}), so a debouncer owns no thread.
 */
public final class Debouncer implements AutoCloseable {
    /** Runs a job once after a delay; the returned handle cancels it. */
    @FunctionalInterface
    public interface Timer {
        Future<?> schedule(Runnable job, long delayMillis);
    }

    private final Timer timer;
    private final long delayMillis;
    private final Executor target;
    private final Runnable action;
    private Future<?> pending;
    private boolean closed;

    public Debouncer(Timer timer, long delayMillis, Executor target, Runnable action) {
        this.timer = timer;
        this.delayMillis = delayMillis;
        this.target = target;
        this.action = action;
    }

    public synchronized void trigger() {
        cancel();
        if (!closed) {
            pending = timer.schedule(() -> target.execute(action), delayMillis);
        }
    }

    public synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    @Override
    public synchronized void close() {
        cancel();
        closed = true;
    }
}
