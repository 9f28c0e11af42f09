package org.fieldbook.app.cli;

import java.io.PrintWriter;
import org.fieldbook.app.Services;
import org.fieldbook.sync.ConflictRow;
import org.fieldbook.sync.ConflictService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fieldbook conflicts}: lists open sync conflicts, or resolves one. */
@Command(name = "conflicts", description = "List open sync conflicts; --resolve N --use local|remote|both|delete or --value TEXT.")
final class ConflictsCommand extends WorkspaceCommand {
    @Option(names = "--json", description = "Print a JSON array")
    boolean json;

    @Option(names = "--resolve", paramLabel = "N", description = "The conflict to resolve")
    Long resolve;

    @Option(names = "--use", paramLabel = "local|remote|both|keep|delete", description = "Which version to keep")
    String use;

    @Option(names = "--value", paramLabel = "TEXT", description = "A new value written by hand")
    String value;

    @Override
    protected void run(Services s, PrintWriter out) {
        if (resolve != null) {
            ConflictRow k = s.sync().conflicts().list(false).stream().filter(c -> c.n() == resolve).findFirst()
                    .orElseThrow(() -> new UserError("no conflict " + resolve));
            String chosen = value != null ? value : switch (use == null ? "" : use) {
                case "local" -> k.local();
                case "remote" -> k.remote();
                case "both" -> ConflictService.bothVersions(k);
                case "keep" -> "keep";
                case "delete" -> "delete";
                default -> throw new UserError("say which version to keep: --use local|remote|both|keep|delete, or --value TEXT");
            };
            s.sync().conflicts().resolve(resolve, chosen);
            out.println("Conflict " + resolve + " resolved.");
            return;
        }
        Json.printList(out, json, s.sync().conflicts().list(true), c -> c, "No open conflicts.",
                c -> out.printf("%d  %s %s %s (%s)%n    local:  %s%n    remote: %s%n", c.n(), c.table(), c.id(), c.field(), c.kind(),
                        oneLine(c.local()), oneLine(c.remote())));
    }

    private static String oneLine(String s) {
        String t = s == null ? "" : s.replace('\n', '⏎');
        return t.length() > 100 ? t.substring(0, 100) + "…" : t;
    }
}
