package org.fieldbook.app.cli;

import java.io.PrintWriter;
import org.fieldbook.app.Services;
import org.fieldbook.visit.VisitSummary;
import picocli.CommandLine.Command;

/** {@code fieldbook demo}: adds the fictional demo city and its visit. */
@Command(name = "demo", description = "Add a fictional demo city with a two-day visit (meetings, stakeholders, notes).")
final class DemoCommand extends WorkspaceCommand {
    @Override
    protected void run(Services s, PrintWriter out) {
        String id = s.demo().generate();
        VisitSummary v = s.visits().summary(id).orElseThrow();
        out.println(id);
        out.printf("Demo visit to %s added: %d meetings, %d stakeholders, %d notes.%n", v.city(), v.meetings(),
                v.stakeholders(), v.notes());
    }
}
