package org.fieldbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.store.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdleIndexMergeTest {
    @TempDir
    Path dir;

    @Test
    void automaticMergingIsOffAndIdleMergesKeepTheIndexWholeAndSearchable() throws Exception {
        try (Services s = TestWorkspace.open(dir)) {
            assertEquals("0", s.store().db().read(c -> Sql.one(c, "SELECT v FROM note_fts_config WHERE k='automerge'",
                    rs -> rs.getString(1)).orElseThrow()), "no merging inside saves");
            var v = TestWorkspace.visit(s, "Testville");
            java.util.Set<String> saved = new java.util.HashSet<>();
            for (int i = 0; i < 150; i++) {
                saved.add(s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "Médiation de quartier numéro " + i, null, "",
                        List.of("mediation"))).id());
            }
            long segmentsBefore = segments(s);
            // the merge runs once the writer has been idle a moment: wait for it (bounded), not for a fixed time
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            long segmentsAfter = segments(s);
            while (segmentsAfter >= segmentsBefore && System.nanoTime() < deadline) {
                Thread.sleep(50);
                segmentsAfter = segments(s);
            }
            assertTrue(segmentsAfter < segmentsBefore, "idle merging folded segments: " + segmentsBefore + " -> " + segmentsAfter);
            s.store().db().write(c -> Sql.update(c, "INSERT INTO note_fts(note_fts) VALUES ('integrity-check')"));
            assertEquals(saved, java.util.Set.copyOf(s.search().search(new SearchQuery("mediation quartier", v.id(), null, null, 500))
                    .stream().map(SearchHit::id).toList()), "every saved note is still found after the merge");
        }
    }

    /** Rows in the FTS5 data table: one per index page or segment structure, fewer once segments are merged. */
    private static long segments(Services s) {
        return s.store().db().<Long>read(c -> Sql.count(c, "SELECT count(*) FROM note_fts_data"));
    }
}
