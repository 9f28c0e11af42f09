package org.fieldbook.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database of a workspace: WAL mode, foreign keys on, full sync so a committed write survives a
 * power cut. All writes go through one writer connection on one thread; reads use a small set of read
 * connections so they never wait for a write.
 */
public final class Database implements AutoCloseable {
    private static final int READERS = 3;

    private final String url;
    private final Connection writer;
    private final ExecutorService writerThread;
    private final BlockingQueue<Connection> readers;
    private final List<Connection> allReaders = new ArrayList<>();
    private volatile Thread writerThreadRef;

    private Database(Path file) throws SQLException {
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
        this.writer = config(false).createConnection(url);
        Migrations.migrate(writer);
        this.writer.setAutoCommit(false);
        this.writerThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fieldbook-writer");
            t.setDaemon(true);
            writerThreadRef = t;
            return t;
        });
        this.readers = new ArrayBlockingQueue<>(READERS);
        for (int i = 0; i < READERS; i++) {
            Connection reader = config(true).createConnection(url);
            readers.add(reader);
            allReaders.add(reader);
        }
    }

    public static Database open(Path file) {
        try {
            return new Database(file);
        } catch (SQLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("NOTADB") || message.contains("not a database") || message.contains("malformed")) {
                throw new StoreException("The file " + file + " is not a readable Fieldbook database (it may be damaged).", e);
            }
            throw new StoreException("Cannot open the database " + file + ": " + message, e);
        }
    }

    static SQLiteConfig config(boolean readOnly) {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.enforceForeignKeys(true);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        cfg.setBusyTimeout(10_000);
        cfg.setTempStore(SQLiteConfig.TempStore.MEMORY);
        cfg.setCacheSize(-16_000);
        if (readOnly) {
            cfg.setReadOnly(true);
        }
        return cfg;
    }

    /** Runs {@code work} in one transaction on the writer thread and waits for it to commit. */
    public <T> T write(SqlFunction<T> work) {
        if (Thread.currentThread() == writerThreadRef) {
            try {
                return work.apply(writer);
            } catch (SQLException e) {
                throw new StoreException("Database write failed: " + e.getMessage(), e);
            }
        }
        Future<T> f = writerThread.submit(() -> {
            try {
                T result = work.apply(writer);
                writer.commit();
                return result;
            } catch (Throwable t) {
                writer.rollback();
                throw t;
            }
        });
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while saving", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new StoreException("Database write failed: " + cause.getMessage(), cause);
        }
    }

    /** Runs {@code work} on a read connection (a consistent snapshot for its duration). */
    public <T> T read(SqlFunction<T> work) {
        if (Thread.currentThread() == writerThreadRef) {
            try {
                return work.apply(writer);
            } catch (SQLException e) {
                throw new StoreException("Database read failed: " + e.getMessage(), e);
            }
        }
        Connection c;
        try {
            c = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while reading", e);
        }
        try {
            c.setAutoCommit(false);
            try {
                return work.apply(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Database read failed: " + e.getMessage(), e);
        } finally {
            readers.add(c);
        }
    }

    public String url() {
        return url;
    }

    /** Copies the whole database into {@code target} (VACUUM INTO), a consistent backup taken while open. */
    public void backupTo(Path target) {
        write(c -> {
            c.commit();
            c.setAutoCommit(true);
            try (var st = c.createStatement()) {
                st.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            } finally {
                c.setAutoCommit(false);
            }
            return null;
        });
    }

    @Override
    public void close() {
        writerThread.shutdown();
        try {
            writerThread.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Connection c : allReaders) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        try {
            writer.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }
}
