package org.fieldbook.app.cli.index;

import org.fieldbook.app.Services;
import org.fieldbook.app.cli.CliCommand;
import picocli.CommandLine.Option;

/** The required {@code --visit ID} of the index commands (a picocli mixin). */
final class VisitOption {
    @Option(names = "--visit", required = true, paramLabel = "ID")
    String id;

    /** The visit's id, once it is known to be in the workspace (else a user error). */
    String require(Services s) {
        CliCommand.requireVisit(s, id);
        return id;
    }
}
