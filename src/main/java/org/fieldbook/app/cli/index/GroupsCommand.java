package org.fieldbook.app.cli.index;

import org.fieldbook.app.Services;
import org.fieldbook.index.results.SampleGroups;
import picocli.CommandLine.Command;

/** {@code fieldbook index groups [--load FILE]}: the office's groups of similar cities (JSON). */
@Command(name = "groups", description = "Print the groups of similar cities the sample is split into (JSON), or replace them"
        + " with --load FILE. A group: {\"id\", \"dimension\": population|foreign_born|country, \"over\", \"upTo\", \"countries\","
        + " \"label\": {\"en\", \"fr\"}}.")
final class GroupsCommand extends LoadOrPrintCommand {
    @Override
    String load(Services s, byte[] content, String fileName) {
        SampleGroups g = SampleGroups.parse(content, fileName);
        s.index().results().saveGroups(g);
        return "Loaded " + g.groups().size() + " groups";
    }

    @Override
    String current(Services s) {
        return s.index().results().groups().toJson();
    }
}
