package org.fieldbook.sync;

/** A bundle that failed a check; nothing in the workspace was changed. */
public class BundleRejected extends SyncException {
    public BundleRejected(String message) {
        super(message);
    }

    public BundleRejected(String message, Throwable cause) {
        super(message, cause);
    }

    private BundleRejected(String code, String message, Object[] args) {
        super(code, message, args);
    }

    /** A refusal the window says in its reader's language ({@code problem.CODE}); {@code message} is the English text. */
    public static BundleRejected coded(String code, String message, Object... args) {
        return new BundleRejected(code, message, args);
    }
}
