package org.fieldbook.app.cli.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fieldbook.app.Services;
import org.fieldbook.index.results.SampleGroups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fieldbook index groups [--load FILE]}: the office's groups of similar cities (JSON). */
@Command(name = "groups", description = "Print the groups of similar cities the sample is split into (JSON), or replace them"
        + " with --load FILE. A group: {\"id\", \"dimension\": population|foreign_born|country, \"over\", \"upTo\", \"countries\","
        + " \"label\": {\"en\", \"fr\"}}.")
final class GroupsCommand implements Callable<Integer> {
    @ParentCommand
    IndexCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--load", paramLabel = "FILE.json")
    Path file;

    @Override
    public Integer call() {
        try (Services s = parent.open()) {
            if (file != null) {
                SampleGroups g = SampleGroups.parse(read(file), file.getFileName().toString());
                s.index().results().saveGroups(g);
                spec.commandLine().getOut().printf("Loaded %d groups%n", g.groups().size());
            } else {
                spec.commandLine().getOut().println(s.index().results().groups().toJson());
            }
        }
        spec.commandLine().getOut().flush();
        return 0;
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
