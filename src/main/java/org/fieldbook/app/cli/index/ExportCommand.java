package org.fieldbook.app.cli.index;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fieldbook.app.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fieldbook index export --visit ID --out FILE.xlsx}: the verification table, area summary and chart. */
@Command(name = "export", description = "Export a visit's verification table with an area summary and a bar chart (.xlsx).")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    IndexCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--visit", required = true, paramLabel = "ID")
    String visitId;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx")
    Path out;

    @Override
    public Integer call() {
        try (Services s = parent.open()) {
            IndexCommand.requireVisit(s, visitId);
            s.index().assessments().export(visitId, out, parent.language());
            spec.commandLine().getOut().printf("Wrote %s%n", out);
        }
        return 0;
    }
}
