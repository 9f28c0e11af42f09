package org.fieldbook.sync;

/**
 * A sync problem the person can understand (a refused bundle, a missing key): its message names the problem. A problem
 * with a {@link #code()} is also said in the reader's language by the window ({@code problem.CODE} in the sync strings,
 * with {@link #args()}); the English message stays for logs and the command line.
 */
public class SyncException extends RuntimeException implements org.fieldbook.support.Texts.Coded {
    private final String code;
    private final transient Object[] args;

    public SyncException(String message) {
        this(message, (Throwable) null);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
        this.code = null;
        this.args = new Object[0];
    }

    /** A problem with a code the window translates; {@code message} is the English text. */
    protected SyncException(String code, String message, Object[] args) {
        super(message);
        this.code = code;
        this.args = args.clone();
    }

    public static SyncException coded(String code, String message, Object... args) {
        return new SyncException(code, message, args);
    }

    /** The problem's code (a key under {@code problem.} in the sync strings), or null when it has none. */
    @Override
    public String code() {
        return code;
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}
