package org.fieldbook.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fieldbook.app.Services;
import org.fieldbook.sync.crypto.PublicKeyCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fieldbook key}: this workspace's signing key, its public key file, and the office key. */
@Command(name = "key", description = "Show or export this workspace's public key; import the office's key once.",
        subcommands = {KeyCommand.Show.class, KeyCommand.Export.class, KeyCommand.ImportOffice.class})
final class KeyCommand implements Callable<Integer> {
    @ParentCommand
    FieldbookCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "show", description = "Print this workspace's key fingerprint and public key.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        KeyCommand key;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print {fingerprint, publicKey}")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Services s = key.root.open()) {
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
            return 0;
        }
    }

    @Command(name = "export", description = "Write this workspace's public key file (give it to the office or to experts).")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        KeyCommand key;

        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Override
        public Integer call() {
            try (Services s = key.root.open()) {
                PublicKeyCard card = s.sync().publicKey();
                Files.writeString(out, card.toJson());
                spec.commandLine().getOut().println("Wrote " + out + " (fingerprint " + card.fingerprint() + ")");
            } catch (IOException e) {
                throw new UserError("cannot write " + out + ": " + e.getMessage());
            }
            return 0;
        }
    }

    @Command(name = "import-office", description = "Import the office's public key file; bundles to the office are then encrypted.")
    static final class ImportOffice implements Callable<Integer> {
        @ParentCommand
        KeyCommand key;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new UserError("no such file: " + file);
            }
            try (Services s = key.root.open()) {
                PublicKeyCard card = s.sync().importOfficeKey(file);
                spec.commandLine().getOut().println("Office key imported: " + card.fingerprint()
                        + (card.label().isEmpty() ? "" : " (" + card.label() + ")"));
                spec.commandLine().getOut().println("Check this fingerprint with the office before sending anything.");
            }
            return 0;
        }
    }
}
