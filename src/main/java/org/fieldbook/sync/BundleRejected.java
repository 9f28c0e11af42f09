package org.fieldbook.sync;

/** A bundle that failed a check; nothing in the workspace was changed. */
public class BundleRejected extends SyncException {
    public BundleRejected(String message) {
        super(message);
    }

    public BundleRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
