package org.fieldbook.app.cli;

import java.io.PrintWriter;
import org.fieldbook.app.Services;
import org.fieldbook.visit.VisitSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fieldbook visits}: lists the visits in the workspace. */
@Command(name = "visits", description = "List the visits in the workspace.")
final class VisitsCommand extends WorkspaceCommand {
    @Option(names = "--json", description = "Print a JSON array")
    boolean json;

    @Override
    protected void run(Services s, PrintWriter out) {
        Json.printList(out, json, s.visits().summaries(), VisitsCommand::row, "No visits yet. Try 'fieldbook demo' to add a demo visit.",
                v -> out.printf("%s  %-24s %-12s %s..%s  %-9s %4d meetings %5d notes%n", v.id(), v.city(), v.country(), v.start(),
                        v.end(), v.status().id(), v.meetings(), v.notes()));
    }

    private static java.util.Map<String, Object> row(VisitSummary v) {
        return Json.object("id", v.id(), "city", v.city(), "country", v.country(), "start", v.start().toString(),
                "end", v.end().toString(), "status", v.status().id(), "meetings", v.meetings(), "stakeholders", v.stakeholders(),
                "notes", v.notes());
    }
}
