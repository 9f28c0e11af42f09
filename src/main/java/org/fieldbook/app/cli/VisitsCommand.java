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
        var visits = s.visits().summaries();
        if (json) {
            Json.print(out, visits.stream().map(VisitsCommand::row).toList());
        } else if (visits.isEmpty()) {
            out.println("No visits yet. Try 'fieldbook demo' to add a demo visit.");
        } else {
            for (VisitSummary v : visits) {
                out.printf("%s  %-24s %-12s %s..%s  %-9s %4d meetings %5d notes%n", v.id(), v.city(), v.country(), v.start(),
                        v.end(), v.status().id(), v.meetings(), v.notes());
            }
        }
    }

    private static java.util.Map<String, Object> row(VisitSummary v) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("id", v.id());
        m.put("city", v.city());
        m.put("country", v.country());
        m.put("start", v.start().toString());
        m.put("end", v.end().toString());
        m.put("status", v.status().id());
        m.put("meetings", v.meetings());
        m.put("stakeholders", v.stakeholders());
        m.put("notes", v.notes());
        return m;
    }
}
