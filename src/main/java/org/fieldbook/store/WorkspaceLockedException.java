package org.fieldbook.store;

import java.nio.file.Path;

/** Thrown when a second process tries to open a workspace that is already in use. */
public class WorkspaceLockedException extends StoreException {
    public WorkspaceLockedException(Path folder) {
        super("The workspace " + folder + " is already open in another Fieldbook window or process. Close it there first.");
    }
}
