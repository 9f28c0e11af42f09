package org.fieldbook.app.cli;

import java.nio.file.Path;
import org.fieldbook.app.Services;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands ({@code index}, {@code key}, …): it hands the workspace down from its parent. */
public abstract class CommandGroup implements WorkspaceParent, Runnable {
    @ParentCommand
    protected WorkspaceParent parent;

    @Spec
    protected CommandSpec spec;

    @Override
    public Services open() {
        return parent.open();
    }

    @Override
    public String language() {
        return parent.language();
    }

    @Override
    public Path workspaceFolder() {
        return parent.workspaceFolder();
    }

    /** Without a subcommand: a usage error naming the subcommands. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand ("
                + String.join(", ", spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList()) + ")");
    }
}
