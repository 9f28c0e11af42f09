package org.fieldbook.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fieldbook.app.Services;
import org.fieldbook.person.AccessDocument;
import org.fieldbook.person.PersonalDataService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fieldbook person …}: a person's rights over their data (erasure, access). */
@Command(name = "person", description = "Personal data of the people met: erase a person, export what is held about them.",
        subcommands = {PersonCommand.Erase.class, PersonCommand.Export.class, PersonCommand.Erasures.class, CommandLine.HelpCommand.class})
public final class PersonCommand implements Runnable {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    FieldbookCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand (erase, export, erasures)");
    }

    static void requireStakeholder(Services s, String id) {
        if (s.stakeholders().find(id).isEmpty()) {
            throw new UserError("no stakeholder with id " + id + " in this workspace");
        }
    }

    /** {@code person erase --stakeholder ID [--reason TEXT] [--remove-quotes] [--dry-run]}. */
    @Command(name = "erase", description = "Erase a person's data here, in every backup, and (through bundles) on every copy.")
    static final class Erase implements Callable<Integer> {
        @ParentCommand
        PersonCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--stakeholder", required = true, paramLabel = "ID")
        String stakeholder;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (e.g. the person's request and its date)")
        String reason;
        @Option(names = "--remove-quotes", description = "Remove their quotes too (otherwise they stay, unattributed)")
        boolean removeQuotes;
        @Option(names = "--dry-run", description = "Only list every place that would change")
        boolean dryRun;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Services s = parent.root.open()) {
                requireStakeholder(s, stakeholder);
                List<PersonalDataService.Place> places = s.person().preview(stakeholder);
                out.println((dryRun ? "Would change" : "Erasing") + " " + places.size() + " places:");
                for (PersonalDataService.Place p : places) {
                    out.println("  " + p.table() + (p.id().isEmpty() ? "" : " " + p.id()) + " (" + p.field() + "): " + p.what());
                }
                if (dryRun) {
                    return 0;
                }
                PersonalDataService.Result r = s.person().erase(stakeholder, reason, removeQuotes);
                out.println("Erased: " + r.valuesChanged() + " values changed; " + r.backupsRewritten() + " backups rewritten, "
                        + r.backupsRemoved() + " removed. Erasure " + r.erasureId() + " travels in this city's bundles.");
            }
            return 0;
        }
    }

    /** {@code person export --stakeholder ID --out FILE}: JSON and a readable Word document beside it. */
    @Command(name = "export", description = "Everything held about one person: FILE.json and a readable Word document FILE.docx"
            + " beside it (in the --lang language).")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        PersonCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--stakeholder", required = true, paramLabel = "ID")
        String stakeholder;
        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Override
        public Integer call() {
            try (Services s = parent.root.open()) {
                requireStakeholder(s, stakeholder);
                Map<String, Object> data = s.person().export(stakeholder);
                String name = out.getFileName().toString();
                String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                Path json = out.resolveSibling(stem + ".json");
                Path docx = out.resolveSibling(stem + ".docx");
                try {
                    Files.writeString(json, JSON.writeValueAsString(data), StandardCharsets.UTF_8);
                    AccessDocument.write(data, docx, parent.root.language(), java.time.LocalDate.now());
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new UserError("cannot write " + out + ": " + e.getMessage());
                }
                spec.commandLine().getOut().println("Wrote " + json + " and " + docx);
            }
            return 0;
        }
    }

    /** {@code person erasures}: every erasure and the workspaces that have applied it. */
    @Command(name = "erasures", description = "Every erasure known here and which workspaces have applied it.")
    static final class Erasures implements Callable<Integer> {
        @ParentCommand
        PersonCommand parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (Services s = parent.root.open()) {
                spec.commandLine().getOut().println(JSON.writeValueAsString(s.person().erasures()));
            }
            return 0;
        }
    }
}
