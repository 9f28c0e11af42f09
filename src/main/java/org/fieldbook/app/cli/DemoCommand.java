package org.fieldbook.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.fieldbook.app.Services;
import org.fieldbook.visit.VisitSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fieldbook demo}: adds the fictional demo city and its visit. */
@Command(name = "demo", description = "Add a fictional demo city with a two-day visit (meetings, stakeholders, notes).")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    FieldbookCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Services s = root.open()) {
            String id = s.demo().generate();
            VisitSummary v = s.visits().summary(id).orElseThrow();
            out.println(id);
            out.printf("Demo visit to %s added: %d meetings, %d stakeholders, %d notes.%n", v.city(), v.meetings(),
                    v.stakeholders(), v.notes());
            out.flush();
        }
        return 0;
    }
}
