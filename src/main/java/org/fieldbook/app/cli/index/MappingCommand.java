package org.fieldbook.app.cli.index;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fieldbook.app.Services;
import org.fieldbook.index.results.AreaMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fieldbook index mapping [--load FILE]}: which areas of one edition compare with which of another (JSON). */
@Command(name = "mapping", description = "Print the mapping of comparable areas between editions (JSON), or replace it with"
        + " --load FILE: {\"mappings\": [{\"from\": Q1, \"to\": Q2, \"areas\": {\"old_area\": \"new_area\", \"dropped\": null}}]}.")
final class MappingCommand implements Callable<Integer> {
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
                AreaMapping m = AreaMapping.parse(GroupsCommand.read(file), file.getFileName().toString());
                s.index().results().saveMapping(m);
                spec.commandLine().getOut().printf("Loaded %d edition mappings%n", m.mappings().size());
            } else {
                spec.commandLine().getOut().println(s.index().results().mapping().toJson());
            }
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
