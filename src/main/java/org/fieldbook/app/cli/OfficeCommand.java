package org.fieldbook.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.fieldbook.app.Services;
import org.fieldbook.store.PgLocation;
import org.fieldbook.store.Store;
import org.fieldbook.store.StoreCopy;
import org.fieldbook.sync.Cancellation;
import org.fieldbook.sync.Progress;
import org.fieldbook.sync.exports.ExportRequest;
import org.fieldbook.sync.exports.ExportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fieldbook office …}: the office's workspace as a whole (a portable backup, moving between engines). */
@Command(name = "office", description = "The office's workspace as a whole: a portable backup, moving it to PostgreSQL and back.",
        subcommands = {OfficeCommand.Backup.class, OfficeCommand.Migrate.class})
final class OfficeCommand extends CommandGroup {
    /** Without a subcommand: the usage, exit code 0. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "backup", description = {"Writes a bundle of everything (every record and attachment, signed, not encrypted):",
            "a portable copy any Fieldbook can import. On PostgreSQL, back the database up with pg_dump as well."})
    static final class Backup extends WorkspaceCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE.fbz", description = "The bundle to write")
        Path out;

        @Override
        protected void run(Services s, PrintWriter w) {
            ExportResult r = s.sync().export(new ExportRequest(null, false, null, out), Progress.NONE, new Cancellation());
            w.printf("Wrote %s: %d records, %d attachments, bundle %s%n", r.file(), r.totalRecords(), r.attachments(), r.bundleId());
        }
    }

    @Command(name = "migrate", description = {"Moves a workspace into an empty one on the other engine: a folder into a PostgreSQL",
            "database, or back. Every record and attachment is compared afterwards; the source is left as it was."})
    static final class Migrate extends CliCommand {
        @Option(names = "--from", required = true, paramLabel = "DIR|postgresql://…", description = "The workspace to move")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DIR|postgresql://…", description = "An empty folder or database")
        String to;

        @Override
        public Integer call() {
            if (PgLocation.looksLike(from) == PgLocation.looksLike(to)) {
                throw new UserError("--from and --to must be one folder and one postgresql:// database");
            }
            try (Store source = open(from); Store target = open(to)) {
                StoreCopy.Report r = StoreCopy.copy(source, target);
                out().printf("Moved %d rows in %d tables, %d attachment files and %d key files from %s to %s; every record and"
                        + " attachment compared equal.%n", r.totalRows(), r.rows().size(), r.attachments(), r.keys(), from, to);
            }
            return 0;
        }

        private Store open(String where) {
            if (PgLocation.looksLike(where)) {
                // this program's own folder beside the database receives the attachments and keys
                return Store.open(PgLocation.parse(where), parent.workspaceFolder(), System::currentTimeMillis,
                        FieldbookCommand::askPassword);
            }
            return Store.open(Path.of(where).toAbsolutePath().normalize());
        }
    }
}
