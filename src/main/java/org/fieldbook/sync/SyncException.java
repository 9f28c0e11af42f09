package org.fieldbook.sync;

/**
 * A sync problem the person can understand (a refused bundle, a missing key): its message names the problem. Every
 * problem has a {@link #code()}, so the window says it in the reader's language ({@code problem.CODE} in the sync
 * strings, with {@link #args()}, the message's variable parts); the English message stays for logs and the command line.
 * There is no constructor without a code: a new problem cannot be added that only speaks English.
 */
public class SyncException extends org.fieldbook.base.CodedException {
    /** A problem with a code the window translates; {@code message} is the English text, {@code cause} may be null. */
    protected SyncException(Throwable cause, String code, String message, Object... args) {
        super(java.util.Objects.requireNonNull(code, "a sync problem needs a code"), message, cause, args);
    }

    public static SyncException coded(String code, String message, Object... args) {
        return new SyncException(null, code, message, args);
    }

    /** As {@link #coded(String, String, Object...)}, keeping the exception that caused the problem. */
    public static SyncException coded(Throwable cause, String code, String message, Object... args) {
        return new SyncException(cause, code, message, args);
    }
}
