package org.fieldbook.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Files a person names for an import: read whole, with a message that says what went wrong. */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * The file's bytes; a missing file is "no such file: …", any other failure "cannot read …: reason"
     * (both as {@link IllegalArgumentException}, so callers report them as bad input).
     */
    public static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
