package org.fieldbook.app.cli.index;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.WorkspaceCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fieldbook index export --visit ID --out FILE.xlsx}: the verification table, area summary and chart. */
@Command(name = "export", description = "Export a visit's verification table with an area summary and a bar chart (.xlsx).")
final class ExportCommand extends WorkspaceCommand {
    @Mixin
    VisitOption visit;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx")
    Path out;

    @Override
    protected void run(Services s, PrintWriter w) {
        s.index().assessments().export(visit.require(s), out, parent.language());
        w.printf("Wrote %s%n", out);
    }
}
