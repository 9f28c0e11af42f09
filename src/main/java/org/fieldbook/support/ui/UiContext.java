package org.fieldbook.support.ui;

/**
 * What every view needs, handed down by hand from the shell: strings, the background runner, the undo stack, the
 * notification bar, navigation, a way to open files, the store's change notification (views that show counts
 * reload them from it), and how exports are saved (the export folder, Open and Show in folder).
 */
public record UiContext(I18n i18n, Background background, UndoStack undo, Notifier notifier,
                        Navigator navigator, FileOpener files, StoreChanges changes, Exports exports) {
    /** Opens a file with the system's viewer. */
    public interface FileOpener {
        void open(java.nio.file.Path file);
    }

    public String t(String key, Object... args) {
        return i18n.t(key, args);
    }
}
