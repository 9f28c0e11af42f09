package org.fieldbook.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fieldbook.app.Services;
import org.fieldbook.sync.Progress;
import org.fieldbook.sync.imports.ImportOptions;
import org.fieldbook.sync.imports.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fieldbook import FILE}: validates, previews and applies a sync bundle. */
@Command(name = "import", description = {"Import a sync bundle (checked first, backed up, merged in one step).",
        "Everything is checked before anything changes; importing the same bundle twice changes nothing."})
final class ImportCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "FILE.fbz")
    Path file;

    @Option(names = "--dry-run", description = "Only show what would change")
    boolean dryRun;

    @Option(names = "--json", description = "Print the result as JSON")
    boolean json;

    @Option(names = "--trust", description = "Trust the bundle's signer if unknown (check the fingerprint with the sender first)")
    boolean trust;

    @Option(names = {"--yes", "-y"}, description = "Confirm a bundle that deletes many records")
    boolean yes;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new UserError("no such file: " + file);
        }
        PrintWriter out = out();
        Services opened;
        try {
            opened = parent.open();
        } catch (org.fieldbook.store.WorkspaceLockedException locked) {
            // The window holds the workspace: it shows the import preview instead (the person confirms there).
            if (!dryRun && !json && org.fieldbook.support.InstanceChannel.handOver(parent.workspaceFolder(),
                    "open " + file.toAbsolutePath())) {
                out.println("Fieldbook is open on this workspace: the bundle was handed to its window, which shows the import preview.");
                return 0;
            }
            throw locked;
        }
        try (Services s = opened) {
            ImportReport r = s.sync().imports().importBundle(file, new ImportOptions(trust, yes, dryRun), Progress.NONE);
            if (json) {
                Json.print(out, row(r));
            } else if (r.alreadyImported()) {
                out.println("Bundle " + r.bundleId() + " was already imported: nothing changed.");
            } else {
                out.printf("%s bundle %s from %s, signed by %s%n", r.applied() ? "Imported" : "Would import", r.bundleId(), r.author(),
                        r.signerFingerprint());
                out.printf("%d new, %d changed, %d deleted, %d unchanged, %d conflicts%n", r.inserted(), r.updated(), r.deleted(),
                        r.unchanged(), r.conflicts().size());
                r.perTable().forEach((t, c) -> out.printf("  %-20s %5d new %5d changed %5d deleted%n", t, c[0], c[1], c[2]));
                r.conflicts().forEach(c -> out.printf("  conflict: %s %s %s (%s)%n", c.table(), c.id(), c.field(), c.kind()));
                if (r.applied()) {
                    out.println("Backup of the previous state: " + r.backup());
                }
            }
        }
        return 0;
    }

    private static Map<String, Object> row(ImportReport r) {
        Map<String, Object> tables = new LinkedHashMap<>();
        r.perTable().forEach((t, c) -> tables.put(t, Map.of("new", c[0], "changed", c[1], "deleted", c[2])));
        return Json.object("bundleId", r.bundleId(), "alreadyImported", r.alreadyImported(), "applied", r.applied(),
                "signer", r.signerFingerprint(), "author", r.author(), "inserted", r.inserted(), "updated", r.updated(),
                "deleted", r.deleted(), "unchanged", r.unchanged(), "tables", tables,
                "conflicts", r.conflicts().stream().map(c -> Map.of("table", c.table(), "id", c.id(), "field", c.field(),
                        "kind", c.kind())).toList(), "backup", r.backup());
    }
}
