package org.fieldbook.app.ui;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * On macOS a double-clicked .fbz reaches the running app as an "open file" event rather than as an argument;
 * this forwards such files. Elsewhere (and where the desktop does not offer the event) it does nothing, so the
 * AWT toolkit is not loaded for nothing on Linux and Windows, which pass the file on the command line.
 */
final class DesktopFiles {
    private DesktopFiles() {
    }

    static void onOpen(Consumer<Path> open) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return;
        }
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                Desktop.getDesktop().setOpenFileHandler(e -> {
                    for (File f : e.getFiles()) {
                        if (f.getName().toLowerCase(Locale.ROOT).endsWith(".fbz")) {
                            open.accept(f.toPath());
                        }
                    }
                });
            }
        } catch (RuntimeException | LinkageError ignored) {
            // no desktop integration here: bundles still open from the command line and the File menu
        }
    }
}
