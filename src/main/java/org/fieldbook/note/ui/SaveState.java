package org.fieldbook.note.ui;

/** Where the note being edited stands with respect to the disk. */
public enum SaveState {
    /** Nothing typed yet. */
    EMPTY,
    /** Edited; a save is due within a second. */
    PENDING,
    SAVING,
    SAVED,
    FAILED
}
