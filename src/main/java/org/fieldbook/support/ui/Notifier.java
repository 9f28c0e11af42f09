package org.fieldbook.support.ui;

/** Shows short messages at the bottom of the window, optionally with an Undo button. */
public interface Notifier {
    void info(String message);

    void error(String message);

    /** Shows {@code message} with an Undo button that runs {@code entry}'s undo. */
    void undoable(String message, UndoStack.Entry entry);
}
