package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed in the middle of saving notes loses none it reported saved, and the database stays sound. */
class CrashDurabilityTest {
    private static final int KILL_AFTER = 60;

    @TempDir
    Path dir;

    @Test
    void killedWriterLosesNothingItReportedCommitted() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                NoteWriterChild.class.getName(), dir.toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process child = pb.start();
        String visitId = null;
        List<String> reported = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            outer:
            while ((line = in.readLine()) != null) {
                if (line.startsWith("VISIT ")) {
                    visitId = line.substring(6);
                } else if (line.startsWith("SAVED ")) {
                    reported.add(line.substring(6));
                    if (reported.size() == KILL_AFTER) {
                        child.destroyForcibly();
                        break outer;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not end");
        }
        assertTrue(reported.size() >= KILL_AFTER, "the child reported only " + reported.size() + " saves");
        assertTrue(child.exitValue() != 0, "the child was killed, not ended normally");

        try (Services s = Services.open(dir)) {
            Set<String> stored = new HashSet<>(s.notes().forVisit(visitId).stream().map(Note::id).toList());
            for (String id : reported) {
                assertTrue(stored.contains(id), "note " + id + " was reported saved but is missing");
            }
            String check = s.store().db().read(c -> Sql.one(c, "PRAGMA integrity_check", rs -> rs.getString(1)).orElseThrow());
            assertEquals("ok", check);
            long indexed = s.store().db().read(c -> Sql.count(c, "SELECT count(*) FROM note_fts WHERE note_fts MATCH 'laptop'"));
            assertEquals(stored.size(), indexed, "the search index matches the notes table");
        }
    }
}
