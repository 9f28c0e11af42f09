package org.fieldbook.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.fieldbook.app.Services;
import org.fieldbook.sync.Cancellation;
import org.fieldbook.sync.Progress;
import org.fieldbook.sync.crypto.PublicKeyCard;
import org.fieldbook.sync.exports.ExportRequest;
import org.fieldbook.sync.exports.ExportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fieldbook export}: writes a signed sync bundle, encrypted for the office once its key is imported. */
@Command(name = "export", description = {"Write a sync bundle (.fbz) of a visit or of the changes since the last bundle.",
        "Bundles are encrypted for the office once its key was imported ('fieldbook key import-office'), or for --to."})
final class ExportCommand extends WorkspaceCommand {
    @Option(names = "--visit", paramLabel = "ID", description = "Only this visit (default: every record)")
    String visitId;

    @Option(names = "--since-last", description = "Only what changed since the last bundle to the same recipient")
    boolean sinceLast;

    @Option(names = "--to", paramLabel = "KEYFILE", description = "Encrypt for the workspace whose public key file this is")
    Path to;

    @Option(names = "--plain", description = "Do not encrypt, even for the office")
    boolean plain;

    @Option(names = "--redact", description = "Leave out all personal data (names, contacts, speakers, attendance,"
            + " attachments), for sharing findings outside the office")
    boolean redact;

    @Option(names = "--out", required = true, paramLabel = "FILE.fbz", description = "The bundle to write")
    Path out;

    @Override
    protected void run(Services s, PrintWriter w) {
        PublicKeyCard recipient = null;
        if (to != null) {
            recipient = PublicKeyCard.read(to);
        } else if (!plain) {
            recipient = s.sync().officeKey().orElse(null);
        }
        ExportRequest request = new ExportRequest(visitId, sinceLast, recipient, out);
        ExportResult r = redact ? s.sync().exportRedacted(request, Progress.NONE, new Cancellation(), s.person().namesScrubber())
                : s.sync().export(request, Progress.NONE, new Cancellation());
        w.printf("Wrote %s: %d records, %d attachments, bundle %s (sequence %d)%s%n", r.file(), r.totalRecords(), r.attachments(),
                r.bundleId(), r.sequence(), r.encrypted() ? ", encrypted for " + recipient.fingerprint() : ", not encrypted");
        w.printf("Signed by %s%n", s.sync().keys().fingerprint());
    }
}
