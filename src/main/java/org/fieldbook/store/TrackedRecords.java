package org.fieldbook.store;

/**
 * What every repository of tracked records starts from: the database it reads and writes through (one writer) and
 * the tracker that stamps, versions and logs each change of a synced record.
 */
public abstract class TrackedRecords {
    protected final Database db;
    protected final Tracker tracker;

    protected TrackedRecords(Database db, Tracker tracker) {
        this.db = db;
        this.tracker = tracker;
    }
}
