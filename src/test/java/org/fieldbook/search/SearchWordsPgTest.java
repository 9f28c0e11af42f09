package org.fieldbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fieldbook.TestEngine;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.store.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * On PostgreSQL the last word of a search, a prefix, is asked as the notes' words it stands for (the word list of
 * migration V016): the same notes are found as with the prefix itself, every note's words are in the list whoever
 * wrote it, and after an erasure (Database.compact) a word no note holds any more is gone from the list.
 */
@ExtendWith(TestEngine.OnPostgres.class)
class SearchWordsPgTest {
    @TempDir
    Path dir;

    private static Set<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    private static List<String> words(Services s, String prefix) {
        return s.store().db().read(c -> Sql.list(c, "SELECT word FROM search_word WHERE word LIKE ? ORDER BY word",
                rs -> rs.getString(1), prefix + "%"));
    }

    @Test
    void prefixesFindTheSameNotesAndErasedWordsAreForgotten() {
        TestWorkspace.withVisit(dir, "Testville", (s, v) -> {
            Note mayor = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "The mayor met us", null, "", List.of()));
            Note mayors = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "Two mayors came", null, "", List.of()));
            Note mayoral = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "The Mayoral office", null, "", List.of()));
            Note mayonnaise = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "Mayonnaise at lunch", null, "", List.of()));
            Note desk = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "Hélène Dubois runs the desk", null, "", List.of()));

            assertEquals(Set.of(mayor.id(), mayors.id(), mayoral.id()), ids(s.search().search(SearchQuery.of("mayor"))));
            assertEquals(Set.of(mayor.id(), mayors.id(), mayoral.id(), mayonnaise.id()), ids(s.search().search(SearchQuery.of("mayo"))));
            assertEquals(Set.of(mayoral.id()), ids(s.search().search(SearchQuery.of("office mayo"))));
            assertEquals(Set.of(desk.id()), ids(s.search().search(SearchQuery.of("helene dubo"))), "accents folded in the prefix too");
            assertEquals(Set.of(), ids(s.search().search(SearchQuery.of("zzq"))), "a prefix no word has");
            assertEquals(List.of("dubois"), words(s, "dubo"));

            // the name is erased from the note: after compacting, the word list no longer holds it
            s.notes().save(desk.withText("Someone runs the desk"));
            assertEquals(List.of("dubois"), words(s, "dubo"), "kept until the erasure's compaction");
            s.store().db().compact();
            assertEquals(List.of(), words(s, "dubo"));
            assertEquals(List.of("desk"), words(s, "desk"));
            assertTrue(s.search().search(SearchQuery.of("dubo")).isEmpty());

            // a note in the trash: its words go at compaction and come back with it
            Note zanzibar = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "A trip to Zanzibar", null, "", List.of()));
            s.notes().delete(zanzibar.id());
            s.store().db().compact();
            assertFalse(words(s, "zanz").contains("zanzibar"));
            s.notes().restore(zanzibar.id());
            assertEquals(Set.of(zanzibar.id()), ids(s.search().search(SearchQuery.of("zanz"))));
        });
    }
}
