package org.fieldbook.index.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A workbook written to a stream; {@link #write(Path)} writes it to a file, a failure naming the file. */
public interface WorkbookFile {
    void write(OutputStream out) throws IOException;

    default void write(Path out) {
        try (OutputStream o = Files.newOutputStream(out)) {
            write(o);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
