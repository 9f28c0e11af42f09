package org.fieldbook.store;

import org.fieldbook.base.CodedException;

/**
 * A storage failure, with a message a person can read. A coded one ({@link #said}) names its problem with a code and
 * values as well, so a window in another language says it in its own words ({@code problem.CODE}); the message stays
 * the English text (logs, the command line).
 */
public class StoreException extends CodedException {
    public StoreException(String message) {
        this(message, (Throwable) null);
    }

    public StoreException(String message, Throwable cause) {
        super(null, message, cause);
    }

    protected StoreException(String code, String message, Throwable cause, Object... args) {
        super(code, message, cause, args);
    }

    /** A problem with a code ({@code problem.CODE} in each language) and the values its text names. */
    public static StoreException said(String code, String message, Object... args) {
        return new StoreException(code, message, null, args);
    }

    /** {@link #said(String, String, Object...)} with its cause. */
    public static StoreException saidWithCause(String code, String message, Throwable cause, Object... args) {
        return new StoreException(code, message, cause, args);
    }
}
