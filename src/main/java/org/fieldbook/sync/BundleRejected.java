package org.fieldbook.sync;

/** A bundle that failed a check; nothing in the workspace was changed. */
public class BundleRejected extends SyncException {
    private BundleRejected(Throwable cause, String code, String message, Object[] args) {
        super(cause, code, message, args);
    }

    /** A refusal the window says in its reader's language ({@code problem.CODE}); {@code message} is the English text. */
    public static BundleRejected coded(String code, String message, Object... args) {
        return new BundleRejected(null, code, message, args);
    }

    /** As {@link #coded(String, String, Object...)}, keeping the exception that caused the refusal. */
    public static BundleRejected coded(Throwable cause, String code, String message, Object... args) {
        return new BundleRejected(cause, code, message, args);
    }
}
