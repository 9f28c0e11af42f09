package org.fieldbook.sync;

import java.util.concurrent.atomic.AtomicBoolean;

/** A flag another thread sets to stop a running export; the work checks it between files. */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@link Cancelled} when cancel was asked for. */
    public void check() {
        if (cancelled.get()) {
            throw new Cancelled();
        }
    }

    /** The work stopped because it was cancelled; partial output has been removed. */
    public static final class Cancelled extends SyncException {
        public Cancelled() {
            super(null, "cancelled", "cancelled");
        }
    }
}
