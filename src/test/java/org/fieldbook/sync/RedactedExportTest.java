package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldbook.app.Services;
import org.fieldbook.app.cli.FieldbookCommand;
import org.fieldbook.store.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --redact}: a bundle for third parties holds no name, e-mail or phone of the demo, and still imports. */
class RedactedExportTest {
    @TempDir
    Path dir;

    @Test
    void noPersonalDataSurvivesARedactedExport() throws Exception {
        Path ws = dir.resolve("a");
        String visit;
        List<String> personal = new ArrayList<>();
        try (Services a = SyncFixture.open(ws, "Ana Ruiz")) {
            visit = a.demo().generate();
            a.store().db().read(c -> {
                for (String[] p : Sql.list(c, "SELECT person, email, phone FROM stakeholder",
                        rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})) {
                    for (String v : p) {
                        if (v != null && !v.isBlank()) {
                            personal.add(v);
                        }
                    }
                }
                return null;
            });
            personal.add("Kowalczyk-Barros");
            personal.add("Ana Ruiz");
        }
        assertTrue(personal.size() >= 60, "the demo's people: " + personal.size());
        Path out = dir.resolve("redacted.fbz");
        java.io.StringWriter err = new java.io.StringWriter();
        int code = FieldbookCommand.run(new String[] {"--data", ws.toString(), "export", "--visit", visit, "--plain", "--redact",
                "--out", out.toString()}, new java.io.PrintWriter(new java.io.StringWriter(), true), new java.io.PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        Map<String, byte[]> payload = BundleForge.payload(out);
        assertTrue(payload.containsKey("data/records/note.json"));
        assertFalse(payload.containsKey("data/records/meeting_attendee.json"));
        assertTrue(payload.keySet().stream().noneMatch(p -> p.startsWith("data/attachments/")), payload.keySet().toString());
        StringBuilder all = new StringBuilder();
        payload.values().forEach(b -> all.append(new String(b, StandardCharsets.UTF_8)));
        String text = all.toString();
        for (String p : personal) {
            assertFalse(text.contains(p), "'" + p + "' survived the redaction");
        }
        assertTrue(text.contains("[name removed]"), "names in texts are replaced");
        try (Services third = SyncFixture.open(dir.resolve("third"), "Partner")) {
            assertTrue(SyncFixture.importTrusted(third, out).applied(), "a redacted bundle is still a valid bundle");
            assertEquals(0L, (long) third.store().db().read(c -> Sql.count(c, "SELECT count(*) FROM stakeholder WHERE person <> ''")));
        }
    }
}
