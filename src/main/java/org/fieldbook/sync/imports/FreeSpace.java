package org.fieldbook.sync.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How much space is free for new files in a folder; replaceable so a test can simulate a full disk. */
@FunctionalInterface
public interface FreeSpace {
    /** The file system's own answer: the usable space of the file store holding the folder. */
    FreeSpace SYSTEM = folder -> Files.getFileStore(folder).getUsableSpace();

    /** Bytes this program may still write in {@code folder}. */
    long usableBytes(Path folder) throws IOException;
}
