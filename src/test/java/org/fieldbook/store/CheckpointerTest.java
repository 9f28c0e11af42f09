package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointerTest {
    @TempDir
    Path dir;

    @Test
    void committedPagesReachTheDatabaseFileInTheBackground() throws Exception {
        try (Services s = TestWorkspace.open(dir)) {
            var v = TestWorkspace.visit(s, "Testville");
            Path db = dir.resolve("fieldbook.db");
            Thread.sleep(1200);
            long before = Files.size(db);
            String text = "Une note assez longue pour remplir des pages, avec des accents : é è à ç. ".repeat(20);
            for (int i = 0; i < 200; i++) {
                s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, text + i, null, "", List.of("education")));
            }
            long deadline = System.currentTimeMillis() + 10_000;
            while (Files.size(db) <= before && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(Files.size(db) > before + 100_000, "the writer does not checkpoint, so only the background thread grows the file");
            assertTrue(Files.size(dir.resolve("fieldbook.db-wal")) > 0, "still in WAL mode");
        }
    }
}
