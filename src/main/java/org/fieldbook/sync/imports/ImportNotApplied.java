package org.fieldbook.sync.imports;

import org.fieldbook.sync.SyncException;

/**
 * An import given up for a reason on this computer, not in the bundle: too little free disk space for the
 * pre-import backup, or a backup or database write that failed (a full disk, a folder that cannot be written).
 * Nothing in the workspace was changed; the message says what happened and what to do.
 */
public class ImportNotApplied extends SyncException {
    private ImportNotApplied(Throwable cause, String code, String message, Object[] args) {
        super(cause, code, message, args);
    }

    /** A problem the window says in its reader's language ({@code problem.CODE}); {@code message} is the English text. */
    public static ImportNotApplied coded(String code, String message, Object... args) {
        return new ImportNotApplied(null, code, message, args);
    }

    /** As {@link #coded(String, String, Object...)}, keeping the exception that caused the problem. */
    public static ImportNotApplied coded(Throwable cause, String code, String message, Object... args) {
        return new ImportNotApplied(cause, code, message, args);
    }
}
