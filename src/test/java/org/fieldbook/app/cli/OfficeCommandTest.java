package org.fieldbook.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.fieldbook.TestJson;
import org.fieldbook.PgTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --db}, {@code office migrate} (a folder into PostgreSQL and back) and {@code office backup}, on the embedded server. */
class OfficeCommandTest {
    private static final ObjectMapper JSON = TestJson.MAPPER;

    @TempDir
    Path dir;

    private static long files(Path folder) throws Exception {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aFolderMovesIntoPostgresqlAndBackWithEveryRecordAndAttachment() throws Exception {
        String folder = dir.resolve("office").toString();
        CliRun demo = CliRun.of("--data", folder, "demo");
        assertEquals(0, demo.code(), demo.err());
        String visit = demo.out().lines().findFirst().orElseThrow().trim();
        String db = PgTestServer.newDatabase().toString();
        String local = dir.resolve("local").toString();

        CliRun in = CliRun.of("--data", local, "office", "migrate", "--from", folder, "--to", db);
        assertEquals(0, in.code(), in.err());
        assertTrue(in.out().contains("every record and attachment compared equal"), in.out());
        // the files went into the database (shared by every colleague's program), not into this program's folder
        try (org.fieldbook.store.Store pg = org.fieldbook.store.Store.open(org.fieldbook.store.PgLocation.parse(db),
                dir.resolve("check"), System::currentTimeMillis, null)) {
            assertEquals(files(Path.of(folder, "attachments")), pg.contents().hashes().size(), "attachments moved");
        }
        assertEquals(0, files(Path.of(local, "attachments")));

        // the office now works on the database: same visits, notes and search as the folder
        CliRun visitsPg = CliRun.of("--data", local, "--db", db, "visits", "--json");
        CliRun visitsFolder = CliRun.of("--data", folder, "visits", "--json");
        assertEquals(0, visitsPg.code(), visitsPg.err());
        assertEquals(JSON.readTree(visitsFolder.out()), JSON.readTree(visitsPg.out()));
        CliRun notesPg = CliRun.of("--data", local, "--db", db, "notes", "--visit", visit, "--json");
        assertEquals(JSON.readTree(CliRun.of("--data", folder, "notes", "--visit", visit, "--json").out()), JSON.readTree(notesPg.out()));
        CliRun searchPg = CliRun.of("--data", local, "--db", db, "search", "ecole", "--json");
        assertEquals(0, searchPg.code(), searchPg.err());
        JsonNode hits = JSON.readTree(searchPg.out());
        assertTrue(hits.size() > 0 && hits.get(0).get("snippet").asText().contains("**"), searchPg.out());

        // a second move into the same database is refused: it is not empty
        CliRun again = CliRun.of("--data", local, "office", "migrate", "--from", folder, "--to", db);
        assertEquals(1, again.code());
        assertTrue(again.oneLineError() && again.err().contains("not empty"), again.err());

        // and back into a new folder
        String back = dir.resolve("back").toString();
        CliRun out = CliRun.of("--data", local, "office", "migrate", "--from", db, "--to", back);
        assertEquals(0, out.code(), out.err());
        assertEquals(JSON.readTree(visitsFolder.out()), JSON.readTree(CliRun.of("--data", back, "visits", "--json").out()));
        assertEquals(files(Path.of(folder, "attachments")), files(Path.of(back, "attachments")));
    }

    @Test
    void backupIsABundleOfEverythingThatImportsElsewhere() throws Exception {
        String db = PgTestServer.newDatabase().toString();
        String local = dir.resolve("local").toString();
        assertEquals(0, CliRun.of("--data", local, "--db", db, "init", "--name", "Office", "--role", "office").code());
        CliRun demo = CliRun.of("--data", local, "--db", db, "demo");
        assertEquals(0, demo.code(), demo.err());
        Path file = dir.resolve("office-backup.fbz");
        CliRun backup = CliRun.of("--data", local, "--db", db, "office", "backup", "--out", file.toString());
        assertEquals(0, backup.code(), backup.err());
        assertTrue(Files.size(file) > 0);
        String restored = dir.resolve("restored").toString();
        CliRun imp = CliRun.of("--data", restored, "import", file.toString(), "--trust", "--yes");
        assertEquals(0, imp.code(), imp.err());
        assertEquals(JSON.readTree(CliRun.of("--data", local, "--db", db, "visits", "--json").out()),
                JSON.readTree(CliRun.of("--data", restored, "visits", "--json").out()));
    }

    @Test
    void aPasswordInTheAddressOrAnUnknownOptionIsRefusedInOneLine() {
        for (String bad : new String[] {"postgresql://ana:secret@localhost/office", "postgresql://localhost/office?password=x",
                "postgresql://localhost/office?colour=blue", "postgresql://localhost/"}) {
            CliRun r = CliRun.of("--data", dir.resolve("l").toString(), "--db", bad, "visits");
            assertEquals(1, r.code(), bad);
            assertTrue(r.oneLineError(), r.err());
            assertTrue(!r.err().contains("secret"), "the password is never echoed: " + r.err());
        }
    }
}
