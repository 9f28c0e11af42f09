package org.fieldbook.sync.imports;

import org.fieldbook.sync.SyncException;

/**
 * An import given up for a reason on this computer, not in the bundle: too little free disk space for the
 * pre-import backup, or a backup or database write that failed (a full disk, a folder that cannot be written).
 * Nothing in the workspace was changed; the message says what happened and what to do.
 */
public class ImportNotApplied extends SyncException {
    public ImportNotApplied(String message) {
        super(message);
    }

    public ImportNotApplied(String message, Throwable cause) {
        super(message, cause);
    }
}
