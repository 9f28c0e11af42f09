package org.fieldbook.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fieldbook.app.Services;
import org.fieldbook.person.AccessDocument;
import org.fieldbook.person.PersonalDataService;
import org.fieldbook.support.JsonMappers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fieldbook person …}: a person's rights over their data (erasure, access). */
@Command(name = "person", description = "Personal data of the people met: erase a person, export what is held about them.",
        subcommands = {PersonCommand.Erase.class, PersonCommand.Export.class, PersonCommand.Erasures.class, CommandLine.HelpCommand.class})
public final class PersonCommand extends CommandGroup {
    static void requireStakeholder(Services s, String id) {
        if (s.stakeholders().find(id).isEmpty()) {
            throw new UserError("no stakeholder with id " + id + " in this workspace");
        }
    }

    /** {@code person erase --stakeholder ID [--reason TEXT] [--remove-quotes] [--dry-run]}. */
    @Command(name = "erase", description = "Erase a person's data here, in every backup, and (through bundles) on every copy.")
    static final class Erase extends WorkspaceCommand {
        @Option(names = "--stakeholder", required = true, paramLabel = "ID")
        String stakeholder;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (e.g. the person's request and its date)")
        String reason;
        @Option(names = "--remove-quotes", description = "Remove their quotes too (otherwise they stay, unattributed)")
        boolean removeQuotes;
        @Option(names = "--dry-run", description = "Only list every place that would change")
        boolean dryRun;

        @Override
        protected void run(Services s, PrintWriter out) {
            requireStakeholder(s, stakeholder);
            List<PersonalDataService.Place> places = s.person().preview(stakeholder);
            out.println((dryRun ? "Would change" : "Erasing") + " " + places.size() + " places:");
            for (PersonalDataService.Place p : places) {
                out.println("  " + p.table() + (p.id().isEmpty() ? "" : " " + p.id()) + " (" + p.field() + "): " + p.what());
            }
            if (dryRun) {
                return;
            }
            PersonalDataService.Result r = s.person().erase(stakeholder, reason, removeQuotes);
            out.println("Erased: " + r.valuesChanged() + " values changed; " + r.backupsRewritten() + " backups rewritten, "
                    + r.backupsRemoved() + " removed. Erasure " + r.erasureId() + " travels in this city's bundles.");
        }
    }

    /** {@code person export --stakeholder ID --out FILE}: JSON and a readable Word document beside it. */
    @Command(name = "export", description = "Everything held about one person: FILE.json and a readable Word document FILE.docx"
            + " beside it (in the --lang language).")
    static final class Export extends WorkspaceCommand {
        @Option(names = "--stakeholder", required = true, paramLabel = "ID")
        String stakeholder;
        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Override
        protected void run(Services s, PrintWriter w) {
            requireStakeholder(s, stakeholder);
            Map<String, Object> data = s.person().export(stakeholder);
            String name = out.getFileName().toString();
            String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            Path json = out.resolveSibling(stem + ".json");
            Path docx = out.resolveSibling(stem + ".docx");
            try {
                Files.writeString(json, JsonMappers.pretty().writeValueAsString(data), StandardCharsets.UTF_8);
                AccessDocument.write(data, docx, parent.language(), java.time.LocalDate.now());
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new UserError("cannot write " + out + ": " + e.getMessage());
            }
            w.println("Wrote " + json + " and " + docx);
        }
    }

    /** {@code person erasures}: every erasure and the workspaces that have applied it. */
    @Command(name = "erasures", description = "Every erasure known here and which workspaces have applied it.")
    static final class Erasures extends WorkspaceCommand {
        @Override
        protected void run(Services s, PrintWriter out) throws IOException {
            out.println(JsonMappers.pretty().writeValueAsString(s.person().erasures()));
        }
    }
}
