package org.fieldbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.fieldbook.TestWorkspace;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {
    @TempDir
    Path dir;

    @Test
    void foldsAccentsRanksAndHighlights() {
        TestWorkspace.withVisit(dir, "Testville", (s, v) -> {
            s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "Rencontre au lycée Hélène-Boucher", null, "", List.of("education")));
            s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "Le lycée, le lycée et encore le lycée", null, "", List.of("education")));
            s.notes().save(new Note(null, v.id(), null, NoteKind.CONCERN, "Nothing about schools", null, "", List.of("media")));
            List<SearchHit> hits = s.search().search(SearchQuery.of("lycee helene"));
            assertEquals(1, hits.size());
            assertTrue(hits.get(0).snippet("[", "]").contains("[Hélène]"), hits.get(0).snippet("[", "]"));
            List<SearchHit> ranked = s.search().search(SearchQuery.of("lycee"));
            assertEquals(2, ranked.size());
            assertTrue(ranked.get(0).snippet().startsWith("Le"), "more occurrences rank first");
            assertEquals(0, s.search().search(new SearchQuery("lycee", v.id(), "media", null, 10)).size());
        });
    }
}
