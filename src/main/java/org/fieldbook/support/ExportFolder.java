package org.fieldbook.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.BiConsumer;

/**
 * Where exports (Word reports, workbooks, charts, bundles, directories) are offered first: the folder the person last
 * saved an export in, kept with the workspace (it can be changed in Settings); the user's Documents folder before that,
 * or the home folder. A remembered folder that has gone (an unplugged USB stick) is not offered.
 */
public final class ExportFolder {
    static final String KEY = "ui.export.folder";

    private final Function<String, Optional<String>> read;
    private final BiConsumer<String, String> write;
    private final Path home;

    /** Kept in the workspace's {@code meta} table. */
    public ExportFolder(org.fieldbook.store.MetaStore meta) {
        this(meta::get, meta::put, Path.of(System.getProperty("user.home")));
    }

    /** Kept where {@code read}/{@code write} keep it (tests: a map); {@code home} is the user's home folder. */
    public ExportFolder(Function<String, Optional<String>> read, BiConsumer<String, String> write, Path home) {
        this.read = read;
        this.write = write;
        this.home = home;
    }

    /** The folder to offer now. */
    public Path get() {
        Optional<Path> kept = read.apply(KEY).map(Path::of).filter(Files::isDirectory);
        if (kept.isPresent()) {
            return kept.get();
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** Remembers the folder of a file just saved (or a folder chosen in Settings). */
    public void remember(Path fileOrFolder) {
        Path folder = Files.isDirectory(fileOrFolder) ? fileOrFolder : fileOrFolder.toAbsolutePath().getParent();
        if (folder != null) {
            write.accept(KEY, folder.toAbsolutePath().normalize().toString());
        }
    }
}
