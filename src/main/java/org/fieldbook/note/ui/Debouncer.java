package org.fieldbook.note.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs an action once, {@code delayMillis} after the last {@link #trigger()}; the action runs on {@code target}. */
public final class Debouncer implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fieldbook-debounce");
        t.setDaemon(true);
        return t;
    });
    private final long delayMillis;
    private final Executor target;
    private final Runnable action;
    private ScheduledFuture<?> pending;

    public Debouncer(long delayMillis, Executor target, Runnable action) {
        this.delayMillis = delayMillis;
        this.target = target;
        this.action = action;
    }

    public synchronized void trigger() {
        cancel();
        pending = timer.schedule(() -> target.execute(action), delayMillis, TimeUnit.MILLISECONDS);
    }

    public synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    @Override
    public void close() {
        cancel();
        timer.shutdownNow();
    }
}
