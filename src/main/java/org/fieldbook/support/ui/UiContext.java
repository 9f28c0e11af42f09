package org.fieldbook.support.ui;

import org.fieldbook.app.Services;

/**
 * What every view needs, handed down by hand from the shell: the workspace's services, strings, the
 * background runner, the undo stack, the notification bar, navigation, and a way to open files.
 */
public record UiContext(Services services, I18n i18n, Background background, UndoStack undo, Notifier notifier,
                        Navigator navigator, FileOpener files) {
    /** Opens a file with the system's viewer. */
    public interface FileOpener {
        void open(java.nio.file.Path file);
    }

    public String t(String key, Object... args) {
        return i18n.t(key, args);
    }
}
