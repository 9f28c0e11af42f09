package org.fieldbook.note;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Saves notes one after another on a single background thread, so saves reach the database in the order
 * they were asked for and never block typing.
 */
public final class NoteSaver implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fieldbook-note-saver");
        t.setDaemon(true);
        return t;
    });

    public Future<?> submit(Runnable work) {
        return thread.submit(work);
    }

    /** Waits until every save asked for so far has finished (used on close and by tests). */
    public void flush() {
        try {
            thread.submit(() -> { }).get();
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        flush();
        thread.shutdown();
    }
}
