package org.fieldbook.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Copies the write-ahead log back into the database file on its own thread and connection, so a save never
 * pays for a checkpoint (SQLite's automatic checkpoint runs inside the commit that crosses the threshold, which
 * made one save in sixty take tens of milliseconds). PASSIVE checkpoints never block the writer or readers.
 */
final class Checkpointer implements AutoCloseable {
    private static final long PERIOD_MS = 500;

    private final Connection connection;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean dirty = new AtomicBoolean();

    Checkpointer(Connection connection) {
        this.connection = connection;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fieldbook-checkpoint");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::checkpointIfDirty, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** Called after each commit. */
    void written() {
        dirty.set(true);
    }

    private void checkpointIfDirty() {
        if (!dirty.getAndSet(false)) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException e) {
            dirty.set(true);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }
}
