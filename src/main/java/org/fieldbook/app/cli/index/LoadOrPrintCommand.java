package org.fieldbook.app.cli.index;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.WorkspaceCommand;
import picocli.CommandLine.Option;

/**
 * An office setting held as JSON ({@code index groups}, {@code index mapping}): printed, or replaced with
 * {@code --load FILE} (parsed, saved, and the line saying what was loaded printed).
 */
abstract class LoadOrPrintCommand<T> extends WorkspaceCommand {
    @Option(names = "--load", paramLabel = "FILE.json")
    Path file;

    private final BiFunction<byte[], String, T> parse;
    private final BiConsumer<Services, T> save;
    private final Function<T, String> loaded;
    private final Function<Services, String> current;

    LoadOrPrintCommand(BiFunction<byte[], String, T> parse, BiConsumer<Services, T> save, Function<T, String> loaded,
            Function<Services, String> current) {
        this.parse = parse;
        this.save = save;
        this.loaded = loaded;
        this.current = current;
    }

    @Override
    protected void run(Services s, PrintWriter out) {
        if (file == null) {
            out.println(current.apply(s));
            return;
        }
        T value = parse.apply(org.fieldbook.support.InputFiles.readAll(file), file.getFileName().toString());
        save.accept(s, value);
        out.println(loaded.apply(value));
    }
}
