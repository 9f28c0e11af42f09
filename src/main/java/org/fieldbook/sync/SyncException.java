package org.fieldbook.sync;

/** A sync problem the person can understand (a refused bundle, a missing key): its message names the problem. */
public class SyncException extends RuntimeException {
    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
