package org.fieldbook.app.cli;

import java.util.concurrent.Callable;
import org.fieldbook.app.Services;
import org.fieldbook.store.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fieldbook init}: creates the workspace and records who works in it. */
@Command(name = "init", description = "Create the workspace (if needed) and set your name and role.")
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    FieldbookCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--name", required = true, description = "Your name, as it should appear on your changes")
    String name;

    @Option(names = "--role", required = true, paramLabel = "expert|representative|office", description = "Your role")
    String role;

    @Override
    public Integer call() {
        Role parsed = Role.parse(role);
        try (Services s = root.open()) {
            s.store().setIdentity(name, parsed);
            spec.commandLine().getOut().println("Workspace ready at " + s.store().workspace().folder()
                    + " for " + name.trim() + " (" + parsed.id() + ").");
        }
        return 0;
    }
}
