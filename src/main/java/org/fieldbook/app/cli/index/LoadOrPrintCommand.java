package org.fieldbook.app.cli.index;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.WorkspaceCommand;
import picocli.CommandLine.Option;

/** An office setting held as JSON ({@code index groups}, {@code index mapping}): printed, or replaced with {@code --load FILE}. */
abstract class LoadOrPrintCommand extends WorkspaceCommand {
    @Option(names = "--load", paramLabel = "FILE.json")
    Path file;

    /** Parses and saves a file's content; the line to print. */
    abstract String load(Services s, byte[] content, String fileName);

    /** The setting held, as JSON. */
    abstract String current(Services s);

    @Override
    protected void run(Services s, PrintWriter out) {
        out.println(file != null ? load(s, read(file), file.getFileName().toString()) : current(s));
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
