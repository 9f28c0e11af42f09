package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.FieldbookCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync commands end to end: key, export, verify, import (dry run, trust, JSON), inbox, undo. */
class SyncCliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = FieldbookCommand.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void exportVerifyImportAndUndoFromTheCommandLine() throws Exception {
        String expert = dir.resolve("expert").toString();
        String office = dir.resolve("office").toString();
        String visitId;
        try (Services s = SyncFixture.open(Path.of(expert), "Ana")) {
            visitId = SyncRoundTripTest.fill(s).id();
        }
        try (Services s = SyncFixture.open(Path.of(office), "Office")) {
            s.visits();
        }
        Run show = run("--data", office, "key", "show", "--json");
        assertEquals(0, show.code(), show.err());
        JsonNode key = new ObjectMapper().readTree(show.out());
        assertTrue(key.get("fingerprint").asText().matches("([0-9A-F]{4} ){15}[0-9A-F]{4}"));
        assertFalse(key.get("publicKey").asText().isEmpty());

        Path keyFile = dir.resolve("office-key.json");
        assertEquals(0, run("--data", office, "key", "export", "--out", keyFile.toString()).code());
        Run imported = run("--data", expert, "key", "import-office", keyFile.toString());
        assertTrue(imported.out().contains(key.get("fingerprint").asText()), imported.out());

        Path bundle = dir.resolve("visit.fbz");
        Run export = run("--data", expert, "export", "--visit", visitId, "--out", bundle.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("encrypted for " + key.get("fingerprint").asText()), export.out());

        Run verify = run("--data", office, "verify", bundle.toString());
        assertEquals(0, verify.code(), verify.err());
        assertTrue(verify.out().contains("Valid bundle"));

        byte[] bytes = Files.readAllBytes(bundle);
        Path broken = dir.resolve("broken.fbz");
        Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length - 40));
        Run bad = run("--data", office, "verify", broken.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("fieldbook: ") && bad.err().contains("truncated"), bad.err());
        assertFalse(bad.err().contains("\tat "), "no stack trace");

        Run untrusted = run("--data", office, "import", bundle.toString());
        assertEquals(1, untrusted.code());
        assertTrue(untrusted.err().contains("unknown signer"), untrusted.err());

        Run dry = run("--data", office, "import", bundle.toString(), "--dry-run", "--trust", "--json");
        assertEquals(0, dry.code(), dry.err());
        JsonNode preview = new ObjectMapper().readTree(dry.out());
        assertFalse(preview.get("applied").asBoolean());
        assertEquals(2, preview.get("tables").get("note").get("new").asInt());

        Run real = run("--data", office, "import", bundle.toString(), "--trust", "--json");
        assertEquals(0, real.code(), real.err());
        assertTrue(new ObjectMapper().readTree(real.out()).get("applied").asBoolean());
        Run again = run("--data", office, "import", bundle.toString());
        assertTrue(again.out().contains("already imported"), again.out());

        Run inbox = run("--data", office, "inbox", "--json");
        JsonNode log = new ObjectMapper().readTree(inbox.out());
        assertEquals(1, log.size());
        assertEquals("Ana", log.get(0).get("author").asText());
        assertEquals(0, run("--data", office, "inbox", "--undo-last").code());
        assertEquals("undone", new ObjectMapper().readTree(run("--data", office, "inbox", "--json").out()).get(0).get("status").asText());
    }
}
