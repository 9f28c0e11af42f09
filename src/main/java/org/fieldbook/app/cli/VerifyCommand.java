package org.fieldbook.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldbook.sync.BundleVerifier;
import org.fieldbook.sync.SyncService;
import org.fieldbook.sync.VerifyReport;
import org.fieldbook.sync.crypto.WorkspaceKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fieldbook verify FILE}: checks a bundle's structure, hashes, signature and schema version without
 * opening the workspace (its keys are used, read-only, to check encrypted contents meant for it).
 */
@Command(name = "verify", description = "Check a sync bundle without importing it: exit 0 when valid, 1 with the first problem.")
final class VerifyCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "FILE.fbz")
    Path file;

    @Option(names = "--json", description = "Print the result as JSON")
    boolean json;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new UserError("no such file: " + file);
        }
        Path keysFolder = SyncService.keysFolder(parent.workspaceFolder());
        WorkspaceKeys keys = Files.exists(keysFolder.resolve("agreement.key")) && Files.exists(keysFolder.resolve("signing.key"))
                ? new WorkspaceKeys(keysFolder) : null;
        VerifyReport r = BundleVerifier.verify(file, keys, null);
        PrintWriter out = out();
        if (json) {
            Json.print(out, Json.object("valid", true, "bundleId", r.bundleId(), "author", r.author(), "created", r.created(),
                    "schemaVersion", r.schemaVersion(), "sequence", r.sequence(), "scope", r.scope(), "signer", r.signerFingerprint(),
                    "encrypted", r.encrypted(), "contentsChecked", r.contentsChecked(), "records", r.records(),
                    "attachments", r.attachments()));
        } else {
            out.printf("Valid bundle %s from %s (%s), schema %d, sequence %d%n", r.bundleId(), r.author(), r.created(),
                    r.schemaVersion(), r.sequence());
            out.printf("Signed by %s%n", r.signerFingerprint());
            if (r.encrypted() && !r.contentsChecked()) {
                out.println("Encrypted for another workspace: structure, hashes and signature checked; contents not readable here.");
            } else {
                out.printf("%d records, %d attachments%s%n", r.records().values().stream().mapToInt(Integer::intValue).sum(),
                        r.attachments(), r.encrypted() ? " (encrypted for this workspace)" : "");
            }
        }
        return 0;
    }
}
