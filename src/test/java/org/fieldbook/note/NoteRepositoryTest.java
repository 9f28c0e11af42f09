package org.fieldbook.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fieldbook.TestWorkspace;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void countsByAreaFollowTagsDeletesAndRestores() {
        TestWorkspace.withVisit(dir, "Testville", (s, v) -> {
            Visit other = TestWorkspace.visit(s, "Elsewhere");
            Meeting m = TestWorkspace.meeting(s, v, "School");
            Note a = s.notes().save(new Note(null, v.id(), m.id(), NoteKind.OBSERVATION, "a", null, "", List.of("education", "language")));
            s.notes().save(new Note(null, v.id(), null, NoteKind.CONCERN, "b", null, "", List.of("education")));
            s.notes().save(new Note(null, v.id(), null, NoteKind.FOLLOW_UP, "c", null, "", List.of()));
            s.notes().save(new Note(null, other.id(), null, NoteKind.CONCERN, "d", null, "", List.of("education")));
            assertEquals(Map.of("education", 2L, "language", 1L), s.notes().countsByArea(v.id()));
            s.notes().delete(a.id());
            assertEquals(Map.of("education", 1L), s.notes().countsByArea(v.id()));
            s.notes().restore(a.id());
            assertEquals(Map.of("education", 2L, "language", 1L), s.notes().countsByArea(v.id()));
            assertEquals(List.of(a.id()), s.notes().forMeeting(m.id()).stream().map(Note::id).toList());
            assertEquals(3, s.notes().forVisit(v.id()).size());
        });
    }

    @Test
    void saveUpdatesInPlaceAndKeepsTheSpeaker() {
        TestWorkspace.withVisit(dir, "Testville", (s, v) -> {
            Note q = s.notes().save(new Note(null, v.id(), null, NoteKind.QUOTE, "« On vit ensemble »", null, "Mme Dupré", List.of("interaction")));
            Note edited = s.notes().save(q.withText("« On vit vraiment ensemble »"));
            assertEquals(q.id(), edited.id());
            Note read = s.notes().find(q.id()).orElseThrow();
            assertEquals("« On vit vraiment ensemble »", read.text());
            assertEquals("Mme Dupré", read.speakerName());
            assertEquals(NoteKind.QUOTE, read.kind());
            assertEquals(1, s.notes().forVisit(v.id()).size());
            assertTrue(s.search().search(org.fieldbook.search.SearchQuery.of("vraiment")).size() == 1);
            assertFalse(s.search().search(org.fieldbook.search.SearchQuery.of("dupre")).isEmpty(), "speaker is searchable");
        });
    }
}
