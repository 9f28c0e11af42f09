package org.fieldbook.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fieldbook.app.Services;
import org.fieldbook.sync.crypto.PublicKeyCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fieldbook key}: this workspace's signing key, its public key file, and the office key. */
@Command(name = "key", description = "Show or export this workspace's public key; import the office's key once.",
        subcommands = {KeyCommand.Show.class, KeyCommand.Export.class, KeyCommand.ImportOffice.class})
final class KeyCommand extends CommandGroup {
    /** Without a subcommand: the usage, exit code 0. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "show", description = "Print this workspace's key fingerprint and public key.")
    static final class Show extends WorkspaceCommand {
        @Option(names = "--json", description = "Print {fingerprint, publicKey}")
        boolean json;

        @Override
        protected void run(Services s, PrintWriter out) {
            PublicKeyCard card = s.sync().publicKey();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("fingerprint", card.fingerprint());
                m.put("publicKey", card.signingKey());
                m.put("agreementKey", card.agreementKey());
                s.sync().officeKey().ifPresent(o -> m.put("officeFingerprint", o.fingerprint()));
                Json.print(out, m);
            } else {
                out.println("Fingerprint: " + card.fingerprint());
                out.println("Public key:  " + card.signingKey());
                s.sync().officeKey().ifPresent(o -> out.println("Office key:  " + o.fingerprint()));
            }
        }
    }

    @Command(name = "export", description = "Write this workspace's public key file (give it to the office or to experts).")
    static final class Export extends WorkspaceCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Override
        protected void run(Services s, PrintWriter w) {
            PublicKeyCard card = s.sync().publicKey();
            try {
                Files.writeString(out, card.toJson());
            } catch (IOException e) {
                throw new UserError("cannot write " + out + ": " + e.getMessage());
            }
            w.println("Wrote " + out + " (fingerprint " + card.fingerprint() + ")");
        }
    }

    @Command(name = "import-office", description = "Import the office's public key file; bundles to the office are then encrypted.")
    static final class ImportOffice extends CliCommand {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                throw new UserError("no such file: " + file);
            }
            return inWorkspace((s, out) -> {
                PublicKeyCard card = s.sync().importOfficeKey(file);
                out.println("Office key imported: " + card.fingerprint() + (card.label().isEmpty() ? "" : " (" + card.label() + ")"));
                out.println("Check this fingerprint with the office before sending anything.");
            });
        }
    }
}
