package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes reach the database file by a checkpoint once the writer is idle, without closing and without another write. */
class IdleCheckpointTest {
    @TempDir
    Path dir;

    @Test
    void anIdleWriterCheckpointsTheLog() throws Exception {
        Path file = dir.resolve("t.db");
        try (Database db = Database.open(file)) {
            db.write(c -> Sql.update(c, "CREATE TABLE blob_test(b BLOB)"));
            byte[] payload = new byte[2 << 20];
            new java.util.Random(3).nextBytes(payload);
            db.write(c -> Sql.update(c, "INSERT INTO blob_test(b) VALUES (?)", (Object) payload));
            // The 2 MB row (512 pages) is below even SQLite's default bound of 1,000 pages, so only the idle checkpoint can copy it.
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (Files.size(file) < payload.length && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(Files.size(file) >= payload.length, "database file size " + Files.size(file));
            assertEquals(1L, (long) db.<Long>read(c -> Sql.count(c, "SELECT count(*) FROM blob_test")));
        }
    }
}
