package org.fieldbook.index.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fieldbook.app.Services;
import org.fieldbook.index.sample.SampleReader;
import org.fieldbook.index.sample.SampleStatistics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fieldbook index sample load FILE}: the office's sample statistics (JSON or CSV). */
@Command(name = "sample", description = "Sample statistics supplied by the office.",
        subcommands = {SampleCommand.Load.class, CommandLine.HelpCommand.class})
final class SampleCommand implements Runnable {
    @ParentCommand
    IndexCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand (load)");
    }

    @Command(name = "load", description = "Load sample statistics (JSON or CSV); they replace the current ones.")
    static final class Load implements Callable<Integer> {
        @ParentCommand
        SampleCommand sample;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            SampleStatistics st = SampleReader.read(file);
            try (Services s = sample.parent.open()) {
                s.index().samples().save(st);
            }
            spec.commandLine().getOut().printf("Loaded sample statistics %s (%d groups)%s%n", st.id(), st.groups().size(),
                    st.fictional() ? " — FICTIONAL" : "");
            return 0;
        }
    }
}
