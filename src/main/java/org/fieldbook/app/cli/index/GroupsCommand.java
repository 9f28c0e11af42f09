package org.fieldbook.app.cli.index;

import org.fieldbook.index.results.SampleGroups;
import picocli.CommandLine.Command;

/** {@code fieldbook index groups [--load FILE]}: the office's groups of similar cities (JSON). */
@Command(name = "groups", description = "Print the groups of similar cities the sample is split into (JSON), or replace them"
        + " with --load FILE. A group: {\"id\", \"dimension\": population|foreign_born|country, \"over\", \"upTo\", \"countries\","
        + " \"label\": {\"en\", \"fr\"}}.")
final class GroupsCommand extends LoadOrPrintCommand<SampleGroups> {
    GroupsCommand() {
        super(SampleGroups::parse, (s, g) -> s.index().results().saveGroups(g), g -> "Loaded " + g.groups().size() + " groups",
                s -> s.index().results().groups().toJson());
    }
}
