package org.fieldbook.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.fieldbook.app.Services;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the parent that opens the workspace, its spec, and "open, work, close, flush". */
public abstract class CliCommand implements Callable<Integer> {
    @ParentCommand
    protected WorkspaceParent parent;

    @Spec
    protected CommandSpec spec;

    /** Work done on the open workspace, printing to the command's output. */
    @FunctionalInterface
    protected interface Work {
        void run(Services s, PrintWriter out) throws Exception;
    }

    /** The command's standard output. */
    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Opens the workspace, does the work, closes the workspace and flushes the output; exit code 0. */
    protected final Integer inWorkspace(Work work) throws Exception {
        PrintWriter out = out();
        try (Services s = parent.open()) {
            work.run(s, out);
        }
        out.flush();
        return 0;
    }

    /** A user error unless the workspace holds this visit. */
    public static void requireVisit(Services s, String visitId) {
        if (s.visits().find(visitId).isEmpty()) {
            throw new UserError("no visit with id " + visitId + " (see 'fieldbook visits')");
        }
    }
}
