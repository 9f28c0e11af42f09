package org.fieldbook.note;

import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * Saves notes one after another on an ordered queue (the window's runner gives one), so saves reach the database
 * in the order they were asked for and never block typing.
 */
public final class NoteSaver implements AutoCloseable {
    private final Executor queue;

    /** {@code queue} must run its jobs one at a time, in order. */
    public NoteSaver(Executor queue) {
        this.queue = queue;
    }

    public Future<?> submit(Runnable work) {
        FutureTask<Void> task = new FutureTask<>(work, null);
        queue.execute(task);
        return task;
    }

    /** Waits until every save asked for so far has finished (used on close and by tests). */
    public void flush() {
        try {
            submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception closedOrStuck) {
            // the queue is closed (nothing can be waiting in it) or a save hangs: closing must not hang with it
        }
    }

    @Override
    public void close() {
        flush();
    }
}
