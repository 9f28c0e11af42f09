package org.fieldbook.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.fieldbook.app.Services;
import org.fieldbook.sync.imports.ImportLogEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fieldbook inbox}: every bundle received; {@code --undo-last} undoes the last import. */
@Command(name = "inbox", description = "List the bundles received (who, when, what changed); --undo-last undoes the last import.")
final class SyncLogCommand extends WorkspaceCommand {
    @Option(names = "--json", description = "Print a JSON array")
    boolean json;

    @Option(names = "--undo-last", description = "Undo the last import (refused if its records were edited since)")
    boolean undo;

    @Override
    protected void run(Services s, PrintWriter out) {
        if (undo) {
            out.println("Undid the import of bundle " + s.sync().imports().undoLast());
            return;
        }
        Json.printList(out, json, s.sync().imports().log(), SyncLogCommand::row, "No bundles received yet.",
                e -> out.printf("%-24s %-8s %-20s seq %-4d %4d new %4d changed %4d deleted %3d conflicts  %s%n", e.importedAt(),
                        e.status(), e.author(), e.sequence(), e.inserted(), e.updated(), e.deleted(), e.conflicts(), e.fileName()));
        long open = s.sync().conflicts().openCount();
        if (!json && open > 0) {
            out.println(open + " open conflicts: see 'fieldbook conflicts'");
        }
    }

    private static Map<String, Object> row(ImportLogEntry e) {
        return Json.object("bundleId", e.bundleId(), "status", e.status(), "author", e.author(), "signer", e.signer(),
                "sourceWorkspace", e.sourceWorkspace(), "sequence", e.sequence(), "scope", e.scope(), "created", e.created(),
                "importedAt", e.importedAt(), "file", e.fileName(), "inserted", e.inserted(), "updated", e.updated(),
                "deleted", e.deleted(), "conflicts", e.conflicts());
    }
}
