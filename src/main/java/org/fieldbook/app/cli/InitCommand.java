package org.fieldbook.app.cli;

import org.fieldbook.store.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fieldbook init}: creates the workspace and records who works in it. */
@Command(name = "init", description = "Create the workspace (if needed) and set your name and role.")
final class InitCommand extends CliCommand {
    @Option(names = "--name", required = true, description = "Your name, as it should appear on your changes")
    String name;

    @Option(names = "--role", required = true, paramLabel = "expert|representative|office", description = "Your role")
    String role;

    @Override
    public Integer call() throws Exception {
        Role parsed = Role.parse(role);
        return inWorkspace((s, out) -> {
            s.store().setIdentity(name, parsed);
            out.println("Workspace ready at " + s.store().workspace().folder() + " for " + name.trim() + " (" + parsed.id() + ").");
        });
    }
}
