package org.fieldbook.support.ui;

/**
 * What every view needs, handed down by hand from the shell: strings, the background runner, the undo stack, the
 * notification bar, navigation, a way to open files, and the store's change notification (views that show counts reload
 * them from it). The services a view uses come through its own constructor, wired in {@code app}.
 */
public record UiContext(I18n i18n, Background background, UndoStack undo, Notifier notifier,
                        Navigator navigator, FileOpener files, StoreChanges changes) {
    /** Opens a file with the system's viewer. */
    public interface FileOpener {
        void open(java.nio.file.Path file);
    }

    public String t(String key, Object... args) {
        return i18n.t(key, args);
    }
}
