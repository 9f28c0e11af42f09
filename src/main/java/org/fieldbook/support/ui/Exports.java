package org.fieldbook.support.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.fieldbook.support.ExportFolder;

/**
 * How every view saves an export: the save dialog opens in the export folder (the last one used, see
 * {@link ExportFolder}), the chosen name gets its extension, the folder is remembered, and when the file is written
 * {@link SavedFileNotice} says where it is with Open and Show in folder.
 */
public final class Exports {
    private final ExportFolder folder;
    private final UiContext.FileOpener opener;
    /** Shows the save dialog: the system's file chooser unless a test sets another (see {@link #setChooser}). */
    private volatile SaveChooser chooser = Exports::systemChooser;

    /** Asks where to save, starting in {@code start}; null when the person cancels. */
    public interface SaveChooser {
        Path choose(Window owner, String title, Path start, String initialName, String filterLabel, String extension);
    }

    public Exports(ExportFolder folder, UiContext.FileOpener opener) {
        this.folder = folder;
        this.opener = opener;
    }

    /** Replaces the system's save dialog (tests drive the window without a native dialog). */
    public void setChooser(SaveChooser chooser) {
        this.chooser = chooser;
    }

    /** Exports for a view used on its own (tests, a view without a window): the folder kept in memory, files not opened. */
    public static Exports inMemory(Path home) {
        java.util.Map<String, String> kept = new java.util.HashMap<>();
        return new Exports(new ExportFolder(k -> java.util.Optional.ofNullable(kept.get(k)), kept::put, home), file -> { });
    }

    /** The same export folder, files opened by {@code opener}. */
    public Exports withOpener(UiContext.FileOpener opener) {
        Exports e = new Exports(folder, opener);
        e.chooser = chooser;
        return e;
    }

    /** {@link #inMemory(Path)} from the user's home folder. */
    public static Exports inMemory() {
        return inMemory(Path.of(System.getProperty("user.home")));
    }

    public ExportFolder folder() {
        return folder;
    }

    /**
     * Asks where to save; {@code extension} (".docx") is added when the name lacks it. Null when the person cancels.
     */
    public Path chooseSave(Window owner, String title, String initialName, String filterLabel, String extension) {
        Path p = chooser.choose(owner, title, folder.get(), initialName, filterLabel, extension);
        if (p == null) {
            return null;
        }
        if (!p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension.toLowerCase(Locale.ROOT))) {
            p = p.resolveSibling(p.getFileName() + extension);
        }
        folder.remember(p);
        return p;
    }

    private static Path systemChooser(Window owner, String title, Path startFolder, String initialName, String filterLabel,
                                      String extension) {
        FileChooser chooser = new FileChooser();
        if (title != null) {
            chooser.setTitle(title);
        }
        File start = startFolder.toFile();
        if (start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        if (initialName != null) {
            chooser.setInitialFileName(initialName);
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, "*" + extension));
        File f = chooser.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }

    /** Opens the file with the system's viewer. */
    public void open(Path file) {
        opener.open(file);
    }

    /** Shows the folder holding the file in the system's file manager. */
    public void showInFolder(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        opener.open(parent == null ? file : parent);
    }
}
