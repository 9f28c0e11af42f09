package org.fieldbook.app.cli.index;

import org.fieldbook.index.results.AreaMapping;
import picocli.CommandLine.Command;

/** {@code fieldbook index mapping [--load FILE]}: which areas of one edition compare with which of another (JSON). */
@Command(name = "mapping", description = "Print the mapping of comparable areas between editions (JSON), or replace it with"
        + " --load FILE: {\"mappings\": [{\"from\": Q1, \"to\": Q2, \"areas\": {\"old_area\": \"new_area\", \"dropped\": null}}]}.")
final class MappingCommand extends LoadOrPrintCommand<AreaMapping> {
    MappingCommand() {
        super(AreaMapping::parse, (s, m) -> s.index().results().saveMapping(m), m -> "Loaded " + m.mappings().size() + " edition mappings",
                s -> s.index().results().mapping().toJson());
    }
}
