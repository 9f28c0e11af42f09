package org.fieldbook.sync.imports;

import org.fieldbook.sync.SyncException;

/** The bundle would delete many records: the person must confirm (CLI --yes) before it is applied. */
public final class NeedsConfirmation extends SyncException {
    private final int deletes;

    public NeedsConfirmation(int deletes) {
        super(null, "import.manyDeletes", "this bundle would delete " + deletes + " records; confirm to import it (--yes)", deletes);
        this.deletes = deletes;
    }

    public int deletes() {
        return deletes;
    }
}
