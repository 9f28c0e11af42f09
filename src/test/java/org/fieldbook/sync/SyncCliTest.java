package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldbook.TestJson;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync commands end to end: key, export, verify, import (dry run, trust, JSON), inbox, undo. */
class SyncCliTest {
    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
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
        CliRun show = run("--data", office, "key", "show", "--json");
        assertEquals(0, show.code(), show.err());
        JsonNode key = TestJson.tree(show.out());
        assertTrue(key.get("fingerprint").asText().matches("([0-9A-F]{4} ){15}[0-9A-F]{4}"));
        assertFalse(key.get("publicKey").asText().isEmpty());

        Path keyFile = dir.resolve("office-key.json");
        assertEquals(0, run("--data", office, "key", "export", "--out", keyFile.toString()).code());
        CliRun imported = run("--data", expert, "key", "import-office", keyFile.toString());
        assertTrue(imported.out().contains(key.get("fingerprint").asText()), imported.out());

        Path bundle = dir.resolve("visit.fbz");
        CliRun export = run("--data", expert, "export", "--visit", visitId, "--out", bundle.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("encrypted for " + key.get("fingerprint").asText()), export.out());

        CliRun verify = run("--data", office, "verify", bundle.toString());
        assertEquals(0, verify.code(), verify.err());
        assertTrue(verify.out().contains("Valid bundle"));

        byte[] bytes = Files.readAllBytes(bundle);
        Path broken = dir.resolve("broken.fbz");
        Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length - 40));
        CliRun bad = run("--data", office, "verify", broken.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("fieldbook: ") && bad.err().contains("truncated"), bad.err());
        assertFalse(bad.err().contains("\tat "), "no stack trace");

        CliRun untrusted = run("--data", office, "import", bundle.toString());
        assertEquals(1, untrusted.code());
        assertTrue(untrusted.err().contains("unknown signer"), untrusted.err());

        CliRun dry = run("--data", office, "import", bundle.toString(), "--dry-run", "--trust", "--json");
        assertEquals(0, dry.code(), dry.err());
        JsonNode preview = TestJson.tree(dry.out());
        assertFalse(preview.get("applied").asBoolean());
        assertEquals(2, preview.get("tables").get("note").get("new").asInt());

        CliRun real = run("--data", office, "import", bundle.toString(), "--trust", "--json");
        assertEquals(0, real.code(), real.err());
        assertTrue(TestJson.tree(real.out()).get("applied").asBoolean());
        CliRun again = run("--data", office, "import", bundle.toString());
        assertTrue(again.out().contains("already imported"), again.out());

        CliRun inbox = run("--data", office, "inbox", "--json");
        JsonNode log = TestJson.tree(inbox.out());
        assertEquals(1, log.size());
        assertEquals("Ana", log.get(0).get("author").asText());
        assertEquals(0, run("--data", office, "inbox", "--undo-last").code());
        assertEquals("undone", TestJson.tree(run("--data", office, "inbox", "--json").out()).get(0).get("status").asText());
    }
}
