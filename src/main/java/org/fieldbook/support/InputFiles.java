package org.fieldbook.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Files a person names for an import, and data files bundled with the application: read whole. */
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

    /**
     * A data file bundled with the application, next to {@code owner} on the class path; one that is missing or
     * cannot be read is a broken installation: {@link IllegalStateException} with {@code whenMissing}.
     */
    public static byte[] bundled(Class<?> owner, String resource, String whenMissing) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(whenMissing);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(whenMissing, e);
        }
    }
}
