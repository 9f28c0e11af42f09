package org.fieldbook.base;

/**
 * A runtime problem that names itself with a code and the values its text names ({@link Coded}); its message stays
 * the English text (logs, the command line). The store's and the sync's problems share this.
 */
public abstract class CodedException extends RuntimeException implements Coded {
    private final String code;
    private final transient Object[] args;

    /** {@code code} may be null for a problem that only has its message; {@code cause} may be null. */
    protected CodedException(String code, String message, Throwable cause, Object... args) {
        super(message, cause);
        this.code = code;
        this.args = args.clone();
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}
