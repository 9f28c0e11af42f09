package org.fieldbook.store;

import java.nio.file.Path;

/**
 * An open workspace: its folder lock, database, settings, clock and tracker. Close it to release the lock.
 */
public final class Store implements AutoCloseable {
    private final Workspace workspace;
    private final Database db;
    private final MetaStore meta;
    private final Tracker tracker;
    private volatile Identity identity;

    private Store(Workspace workspace, Database db) {
        this.workspace = workspace;
        this.db = db;
        this.meta = new MetaStore(db);
        this.identity = meta.identity();
        String node = identity.deviceId().substring(0, 8);
        this.tracker = new Tracker(new HybridClock(node), () -> identity);
    }

    public static Store open(Path folder) {
        Workspace ws = Workspace.open(folder);
        try {
            return new Store(ws, Database.open(ws.databaseFile()));
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    public Workspace workspace() {
        return workspace;
    }

    public Database db() {
        return db;
    }

    public MetaStore meta() {
        return meta;
    }

    public Tracker tracker() {
        return tracker;
    }

    public Identity identity() {
        return identity;
    }

    public void setIdentity(String name, Role role) {
        meta.setIdentity(name, role);
        identity = meta.identity();
    }

    @Override
    public void close() {
        db.close();
        workspace.close();
    }
}
