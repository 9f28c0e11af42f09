package org.fieldbook.app.cli;

import java.io.PrintWriter;
import org.fieldbook.app.Services;

/** A subcommand that opens the workspace, does its work and prints (checks needed before opening go in an overridden call()). */
public abstract class WorkspaceCommand extends CliCommand {
    @Override
    public Integer call() throws Exception {
        return inWorkspace(this::run);
    }

    /** The command's work on the open workspace; its exit code is 0 (a user's mistake is thrown as {@link UserError}). */
    protected abstract void run(Services s, PrintWriter out) throws Exception;
}
