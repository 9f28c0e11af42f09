package org.fieldbook.store;

import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * An open workspace: its folder lock, database, settings, clock and tracker. Close it to release the lock.
 */
public final class Store implements AutoCloseable {
    private final Workspace workspace;
    private final Database db;
    private final MetaStore meta;
    private final Tracker tracker;
    private final ContentStore contents;
    /** A clock further behind what the workspace holds than this is reported (see {@link #clockBehindMillis()}). */
    public static final long CLOCK_BEHIND_WARNING_MS = 5 * 60_000L;

    private volatile Identity identity;
    private final long clockBehindMillis;

    private Store(Workspace workspace, Database db, LongSupplier wallClock) {
        this.workspace = workspace;
        this.db = db;
        this.meta = new MetaStore(db);
        this.identity = meta.identity();
        if (db.dialect() != Dialect.SQLITE) {
            // Several programs share an office database: each running program is its own device with its own clock
            // (seeded from the shared high-water mark below), so two of them never issue the same stamp.
            Identity shared = identity;
            this.identity = new Identity(shared.name(), shared.role(), Tracker.newId(), shared.workspaceId());
            announce();
        }
        String node = identity.deviceId().substring(0, 8);
        HybridClock clock = new HybridClock(node, wallClock);
        String highWater = db.read(HighWater::read);
        long behind = 0;
        if (!highWater.isEmpty()) {
            clock.observe(highWater);
            behind = Math.max(0, HybridClock.millisOf(highWater) - wallClock.getAsLong());
        }
        this.clockBehindMillis = behind;
        this.tracker = new Tracker(clock, () -> identity, db.dialect() != Dialect.SQLITE);
        // attached files: in the workspace folder on SQLite, shared in the database by the whole office on PostgreSQL
        this.contents = db.dialect() == Dialect.SQLITE ? new FolderContentStore(workspace.attachments())
                : new DatabaseContentStore(db, workspace.attachments());
    }

    public static Store open(Path folder) {
        return open(folder, System::currentTimeMillis);
    }

    /** Opens a workspace whose clock reads {@code wallClock} (tests inject skewed or frozen clocks). */
    public static Store open(Path folder, LongSupplier wallClock) {
        Workspace ws = Workspace.open(folder);
        try {
            return new Store(ws, Database.open(ws.databaseFile()), wallClock);
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    /**
     * Opens an office workspace on PostgreSQL: the database at {@code location} (created tables on first use), with
     * {@code localFolder} for this program's keys, logs and received files. {@code passwordPrompt} asks a person for
     * the password when the password file has none (null: never ask).
     */
    public static Store open(PgLocation location, Path localFolder, LongSupplier wallClock,
                             java.util.function.Supplier<char[]> passwordPrompt) {
        Workspace ws = Workspace.openBeside(localFolder);
        return new Store(ws, Database.openPostgres(location.toString(), location.connector(passwordPrompt)), wallClock);
    }

    public Workspace workspace() {
        return workspace;
    }

    public Database db() {
        return db;
    }

    /** The content of attached files, named by SHA-256 (the engine's store, chosen when the workspace was opened). */
    public ContentStore contents() {
        return contents;
    }

    public MetaStore meta() {
        return meta;
    }

    public Tracker tracker() {
        return tracker;
    }

    /**
     * How far this computer's clock was behind the newest change the workspace held when it was opened (0 when it
     * was not). Stamps stay ordered anyway (the clock was seeded from the workspace), but a clock far behind is
     * worth a warning: it is probably wrong.
     */
    public long clockBehindMillis() {
        return clockBehindMillis;
    }

    /** True when {@link #clockBehindMillis()} is large enough to tell the person. */
    public boolean clockLooksBehind() {
        return clockBehindMillis > CLOCK_BEHIND_WARNING_MS;
    }

    public Identity identity() {
        return identity;
    }

    public void setIdentity(String name, Role role) {
        meta.setIdentity(name, role);
        Identity stored = meta.identity();
        identity = new Identity(stored.name(), stored.role(), identity.deviceId(), stored.workspaceId());
        announce();
    }

    /** Tells colleagues on a shared database who this program works for. */
    private void announce() {
        if (db.dialect() == Dialect.SQLITE) {
            return;
        }
        String who = identity.name() == null || identity.name().isBlank() ? "a colleague" : identity.name();
        db.write(c -> {
            db.dialect().announce(c, " " + who);
            return null;
        });
    }

    @Override
    public void close() {
        db.close();
        workspace.close();
    }
}
