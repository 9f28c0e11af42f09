package org.fieldbook.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.fieldbook.app.Services;
import org.fieldbook.person.Retention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fieldbook retention [--dry-run] [--set-years N]}: the retention rule for the contact details of the people met. */
@Command(name = "retention", description = "Apply the retention rule (contact details removed once a city's last visit has been"
        + " closed for more than N years), or only show what it would remove (--dry-run); the office sets N with --set-years.")
final class RetentionCommand extends WorkspaceCommand {
    @Option(names = "--dry-run", description = "Only say what would be removed")
    boolean dryRun;

    @Option(names = "--set-years", paramLabel = "N", description = "Set N (1-100) for every workspace that receives this one's bundles")
    Integer years;

    @Override
    protected void run(Services s, PrintWriter out) {
        if (years != null) {
            try {
                if (s.retention().setYears(years) > 0) {
                    out.println("A colleague changed the retention period since this program read it: " + years
                            + " is stored and the two values are listed as a conflict ('fieldbook conflicts').");
                }
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        Retention.Summary r = s.retention().apply(LocalDate.now(), dryRun);
        out.println("Retention: contact details kept for " + r.years() + " years after a city's last visit closed"
                + " (visits closed before " + r.closedBefore() + ").");
        out.println((dryRun ? "Would remove" : "Removed") + " the contact details of " + r.people() + " people"
                + (r.cities().isEmpty() ? "." : " in " + String.join(", ", r.cities()) + "."));
    }
}
