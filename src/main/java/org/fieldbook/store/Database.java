package org.fieldbook.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database of a workspace: WAL mode, foreign keys on, full sync so a committed write survives a
 * power cut. All writes go through one writer connection on one thread; reads use a small set of read
 * connections so they never wait for a write.
 *
 * <p>Checkpoints (copying the write-ahead log into the database file, with its own fsync) run on the writer
 * thread once it has been idle for {@value #IDLE_CHECKPOINT_MS} ms, not in the middle of a save: SQLite's automatic
 * checkpoint is raised to {@value #AUTO_CHECKPOINT_PAGES} pages and stays only as a bound for a writer that never
 * pauses. Durability is unchanged: every commit is fsynced to the log (synchronous=FULL) before {@link #write}
 * returns, whenever the checkpoint happens.
 */
public final class Database implements AutoCloseable {
    static final int READERS = 3;
    /** How long a read waits for a free read connection before it fails. */
    static final long READER_WAIT_MS = 30_000;
    /** Idle time after the last write before the log is checkpointed. */
    static final long IDLE_CHECKPOINT_MS = 300;
    /** Log size (pages of 4 KB) at which SQLite checkpoints inside a commit; reached only by a writer that never pauses. */
    static final int AUTO_CHECKPOINT_PAGES = 16_384;
    /** The log file is cut back to this size after a checkpoint has emptied it. */
    private static final long LOG_SIZE_LIMIT = 16L << 20;

    private final String url;
    private final Connection writer;
    private final ScheduledThreadPoolExecutor writerThread;
    private volatile long lastWriteNanos;
    private ScheduledFuture<?> checkpoint;
    private final List<SqlFunction<?>> idleTasks = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final BlockingQueue<Connection> readers;
    /** Every read connection opened so far (guarded by itself): one at opening, more as reads overlap, up to READERS. */
    private final List<Connection> allReaders = new ArrayList<>();
    private final Connector connector;
    private volatile Thread writerThreadRef;
    /** The read connection the current thread holds, to refuse a read started inside another read. */
    private final ThreadLocal<Connection> heldReader = new ThreadLocal<>();
    private volatile long readerWaitMillis = READER_WAIT_MS;
    /** Told after each committed write transaction (the one change notification views follow). */
    private final List<Runnable> commitListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Opens connections to one database: the writer, or a reader (read-only, one consistent snapshot per read). */
    @FunctionalInterface
    interface Connector {
        Connection connect(boolean reader) throws SQLException;
    }

    private final Dialect dialect;
    /** PostgreSQL: this program's mark on the change notices it sends, so it does not take its own for a colleague's. */
    private final String noticeToken = java.util.UUID.randomUUID().toString();
    /** PostgreSQL: listens for the change notices other programs send on the shared database; null on SQLite. */
    private Thread colleagues;
    private volatile Connection listener;
    private volatile boolean closing;

    /** The channel on which every program working on one PostgreSQL database announces its committed writes. */
    static final String CHANGES_CHANNEL = "fieldbook_changes";

    private Database(String url, Dialect dialect, Connector connector) throws SQLException {
        this.url = url;
        this.dialect = dialect;
        this.writer = connector.connect(false);
        Migrations.migrate(writer);
        if (dialect == Dialect.SQLITE) {
            try (var st = writer.createStatement()) {
                st.execute("PRAGMA wal_autocheckpoint=" + AUTO_CHECKPOINT_PAGES);
                st.execute("PRAGMA journal_size_limit=" + LOG_SIZE_LIMIT);
            }
        }
        this.writer.setAutoCommit(false);
        this.writerThread = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "fieldbook-writer");
            t.setDaemon(true);
            writerThreadRef = t;
            return t;
        });
        writerThread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.readers = new ArrayBlockingQueue<>(READERS);
        this.connector = connector;
        // One read connection now, the others when reads overlap: a one-shot command never needs a second one
        Connection reader = connector.connect(true);
        readers.add(reader);
        allReaders.add(reader);
        if (dialect == Dialect.POSTGRESQL) {
            followColleagues(connector.connect(false));
        }
    }

    /**
     * PostgreSQL, several programs on one database: each committed write sends a notice (NOTIFY, delivered on commit);
     * this thread listens and tells the commit listeners when a notice comes from another program, so views follow
     * colleagues' changes within about a second, as they follow this program's own.
     */
    private void followColleagues(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (var st = c.createStatement()) {
            st.execute("LISTEN " + CHANGES_CHANNEL);
        }
        listener = c;
        org.postgresql.PGConnection pg = c.unwrap(org.postgresql.PGConnection.class);
        colleagues = new Thread(() -> {
            while (!closing) {
                try {
                    org.postgresql.PGNotification[] notices = pg.getNotifications(500);
                    boolean fromOthers = false;
                    if (notices != null) {
                        for (org.postgresql.PGNotification n : notices) {
                            fromOthers |= !noticeToken.equals(n.getParameter());
                        }
                    }
                    if (fromOthers) {
                        committed();
                    }
                } catch (SQLException e) {
                    if (!closing) {
                        java.util.logging.Logger.getLogger(Database.class.getName()).log(java.util.logging.Level.WARNING,
                                "Stopped following colleagues' changes: " + e.getMessage());
                    }
                    return;
                }
            }
        }, "fieldbook-colleagues");
        colleagues.setDaemon(true);
        colleagues.start();
    }

    public static Database open(Path file) {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        SqliteNative.prepare();
        try {
            return new Database(url, Dialect.SQLITE, reader -> config(reader).createConnection(url));
        } catch (SQLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("NOTADB") || message.contains("not a database") || message.contains("malformed")) {
                throw StoreException.saidWithCause("store.open.damaged",
                        "The file " + file + " is not a readable Fieldbook database (it may be damaged).", e, file.toString());
            }
            throw StoreException.saidWithCause("store.open.failed", "Cannot open the database " + file + ": " + message, e,
                    file.toString(), message);
        }
    }

    /** Opens (and migrates) a PostgreSQL database; {@code connector} makes each connection (see {@link PgLocation}). */
    static Database openPostgres(String displayUrl, Connector connector) {
        try {
            return new Database(displayUrl, Dialect.POSTGRESQL, reader -> {
                Connection c = connector.connect(reader);
                if (reader) {
                    c.setReadOnly(true);
                    // one consistent snapshot for the whole read, as a SQLite read transaction gives
                    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                }
                return c;
            });
        } catch (SQLException e) {
            throw openFailure(displayUrl, e);
        }
    }

    /**
     * Why an office database did not open, named by the server's SQL state: the server does not answer (08…, or an
     * unknown host), it refused the user or the password (28…), there is no such database (3D000); else its own words.
     */
    static StoreException openFailure(String displayUrl, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String english = "Cannot open the database " + displayUrl + ": " + e.getMessage();
        boolean unknownHost = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            unknownHost |= t instanceof java.net.UnknownHostException || t instanceof java.net.ConnectException;
        }
        if (state.startsWith("08") || unknownHost) {
            return StoreException.saidWithCause("store.open.unreachable", english, e, displayUrl);
        }
        if (state.startsWith("28")) {
            return StoreException.saidWithCause("store.open.login", english, e, displayUrl);
        }
        if (state.equals("3D000")) {
            return StoreException.saidWithCause("store.open.noDatabase", english, e, displayUrl);
        }
        return StoreException.saidWithCause("store.open.failed", english, e, displayUrl, String.valueOf(e.getMessage()));
    }

    /** The engine's SQL differences. */
    public Dialect dialect() {
        return dialect;
    }

    static SQLiteConfig config(boolean readOnly) {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.enforceForeignKeys(true);
        // Deleted and overwritten content is zeroed in the file (personal data erased must not stay in free pages).
        cfg.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "on");
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
                if (dialect == Dialect.POSTGRESQL) {
                    HighWater.flush(writer); // the one row every program writes: locked last (see HighWater)
                    // delivered to the other programs only if this transaction commits
                    try (var notice = writer.prepareStatement("SELECT pg_notify(?, ?)")) {
                        notice.setString(1, CHANGES_CHANNEL);
                        notice.setString(2, noticeToken);
                        notice.execute();
                    }
                }
                writer.commit();
                wrote();
                committed();
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

    /**
     * Registers {@code listener} to be told, on the writer thread, after each write transaction that committed (never
     * after a rolled-back one, nor after idle upkeep); on PostgreSQL also, on the listening thread, after another
     * program's write on the same database committed. It must be quick and must not write: a view hands the news to
     * its own thread and reads what it shows from there. Returns what unregisters it.
     */
    public Runnable onCommit(Runnable listener) {
        commitListeners.add(listener);
        return () -> commitListeners.remove(listener);
    }

    private void committed() {
        for (Runnable l : commitListeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                // the write has committed; a listener that fails must not turn it into a failure
                java.util.logging.Logger.getLogger(Database.class.getName())
                        .log(java.util.logging.Level.WARNING, "A commit listener failed", e);
            }
        }
    }

    /** Called on the writer thread after each commit: (re)arms the idle checkpoint. */
    private void wrote() {
        if (dialect != Dialect.SQLITE) {
            return; // PostgreSQL has no log to checkpoint from here, nor FTS5 segments to merge
        }
        lastWriteNanos = System.nanoTime();
        if (checkpoint == null || checkpoint.isDone()) {
            checkpoint = writerThread.schedule(this::checkpointIfIdle, IDLE_CHECKPOINT_MS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Registers upkeep (e.g. full-text index merging) that runs on the writer thread, in its own transaction,
     * when no write has come for the idle time, so that it never lengthens a save.
     */
    public void whenIdle(SqlFunction<?> task) {
        idleTasks.add(task);
    }

    /** On the writer thread: checkpoints the log once no write came for the idle time, else waits the rest of it. */
    private void checkpointIfIdle() {
        long idleMs = (System.nanoTime() - lastWriteNanos) / 1_000_000;
        if (idleMs < IDLE_CHECKPOINT_MS) {
            checkpoint = writerThread.schedule(this::checkpointIfIdle, IDLE_CHECKPOINT_MS - idleMs, TimeUnit.MILLISECONDS);
            return;
        }
        for (SqlFunction<?> task : idleTasks) {
            try {
                task.apply(writer);
                writer.commit();
            } catch (SQLException e) {
                try {
                    writer.rollback();
                } catch (SQLException ignored) {
                    // the next idle pause tries again
                }
            }
        }
        try {
            writer.commit();
            writer.setAutoCommit(true);
            try (var st = writer.createStatement()) {
                // PASSIVE: copies what no reader still needs and never waits for a reader; the next idle pause finishes it.
                st.execute("PRAGMA wal_checkpoint(PASSIVE)");
            } finally {
                writer.setAutoCommit(false);
            }
        } catch (SQLException e) {
            // A checkpoint that cannot run now is retried after the next write; SQLite's own bound still applies.
        }
    }

    /**
     * Runs {@code work} on a read connection (a consistent snapshot for its duration). A read never starts another
     * read on the same thread (it could wait forever for a connection its own caller holds): that is refused at once.
     * When every read connection stays busy for {@value #READER_WAIT_MS} ms, the read fails instead of waiting on.
     */
    public <T> T read(SqlFunction<T> work) {
        if (Thread.currentThread() == writerThreadRef) {
            try {
                return work.apply(writer);
            } catch (SQLException e) {
                throw new StoreException("Database read failed: " + e.getMessage(), e);
            }
        }
        if (heldReader.get() != null) {
            throw new StoreException("A database read was started inside another read on thread '"
                    + Thread.currentThread().getName() + "'; read everything in one read (or pass its connection on),"
                    + " since nested reads can wait forever for a free connection.");
        }
        Connection c = readers.poll();
        if (c == null) {
            c = anotherReader();
        }
        try {
            if (c == null) {
                c = readers.poll(readerWaitMillis, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while reading", e);
        }
        if (c == null) {
            throw new StoreException("The database is busy: no read connection became free within "
                    + readerWaitMillis + " ms (all " + READERS + " in use). Try again; if it keeps happening, restart Fieldbook.");
        }
        heldReader.set(c);
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
            heldReader.remove();
            readers.add(c);
        }
    }

    /** A new read connection while fewer than READERS are open, else null (the read waits for one to come back). */
    private Connection anotherReader() {
        synchronized (allReaders) {
            if (closing || allReaders.size() >= READERS) {
                return null;
            }
            try {
                Connection c = connector.connect(true);
                allReaders.add(c);
                return c;
            } catch (SQLException e) {
                throw new StoreException("Cannot open a read connection to the database: " + e.getMessage(), e);
            }
        }
    }

    /** How many read connections are open (one after opening, at most READERS). */
    int openReaders() {
        synchronized (allReaders) {
            return allReaders.size();
        }
    }

    /** Sets how long a read waits for a free read connection (tests use a short wait). */
    void setReaderWait(long millis) {
        this.readerWaitMillis = millis;
    }

    public String url() {
        return url;
    }

    /** Copies the whole database into {@code target} (VACUUM INTO), a consistent backup taken while open. */
    public void backupTo(Path target) {
        if (!dialect.fileBackups()) {
            throw new StoreException("A PostgreSQL database is backed up with the server's own tools (pg_dump), or with"
                    + " 'fieldbook office backup'; it cannot be copied into a file from here.");
        }
        write(c -> {
            c.commit();
            c.setAutoCommit(true);
            try (var st = c.createStatement()) {
                // The log is copied into the database first: a backup is taken before big writes (an import), whose
                // commit would otherwise have to checkpoint what is left in the log on top of its own pages.
                st.execute("PRAGMA wal_checkpoint(PASSIVE)");
                st.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            } finally {
                c.setAutoCommit(false);
            }
            return null;
        });
    }

    /**
     * Rewrites the database file without free pages and empties the write-ahead log, so content that was overwritten
     * (an erased person's data) is no longer anywhere in the workspace's files.
     */
    public void compact() {
        if (dialect != Dialect.SQLITE) {
            write(c -> {
                c.commit();
                c.setAutoCommit(true);
                try (var st = c.createStatement()) {
                    // the search's word list forgets words no note holds any more (an erased name)
                    st.execute("SELECT fb_forget_unused_search_words()");
                    // old row versions become free space at once rather than at the next autovacuum
                    st.execute("VACUUM");
                } finally {
                    c.setAutoCommit(false);
                }
                return null;
            });
            return;
        }
        write(c -> {
            c.commit();
            c.setAutoCommit(true);
            try (var st = c.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                st.execute("VACUUM");
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } finally {
                c.setAutoCommit(false);
            }
            return null;
        });
    }

    @Override
    public void close() {
        closing = true;
        if (colleagues != null) {
            try {
                colleagues.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                listener.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        writerThread.shutdown();
        try {
            writerThread.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (allReaders) {
            for (Connection c : allReaders) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closing anyway
                }
            }
        }
        try {
            writer.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }
}
