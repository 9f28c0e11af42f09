package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.fieldbook.TestEngine;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the office database a record a bundle import changes gets a revision past the stored one, so an edit of the
 * merged version is never taken for an edit of the version before the import: here the office's form shows the
 * merged note and sets its text back to what it was before the import; that is stored (it was silently dropped when
 * both versions had the same revision: the edit then looked like an unchanged copy of the older one).
 */
@ExtendWith(TestEngine.OnPostgres.class)
class MergedRevisionPgTest {
    @TempDir
    Path dir;

    @Test
    void anEditOfTheMergedVersionSettingTextBackIsStored() {
        Path first = dir.resolve("first.fbz");
        Path second = dir.resolve("second.fbz");
        String noteId;
        String visitId;
        try (Services expert = laptop(dir.resolve("expert"))) {
            Visit v = TestWorkspace.visit(expert, "Lisboa");
            visitId = v.id();
            noteId = expert.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "Line one", null, "", List.of())).id();
            SyncFixture.exportVisit(expert, v.id(), first);
        }
        try (Services office = SyncFixture.open(dir.resolve("office"), "Office")) {
            SyncFixture.importTrusted(office, first);
            Note n = office.notes().find(noteId).orElseThrow();
            Note concern = office.notes().save(new Note(n.id(), n.visitId(), null, NoteKind.CONCERN, n.text(), null, "", List.of(),
                    n.revision()));
            try (Services expert = laptop(dir.resolve("expert"))) {
                Note e = expert.notes().find(noteId).orElseThrow();
                expert.notes().save(e.withText("Line one\nLine two"));
                SyncFixture.exportVisit(expert, visitId, second);
            }
            Note before = office.notes().find(noteId).orElseThrow(); // the form shows the office's version
            SyncFixture.importTrusted(office, second);
            Note merged = office.notes().find(noteId).orElseThrow(); // the view follows the import
            assertEquals("Line one\nLine two", merged.text());
            assertEquals(NoteKind.CONCERN, merged.kind());
            assertTrue(merged.revision() > before.revision(), "merged " + merged.revision() + ", before " + before.revision()
                    + " (" + concern.revision() + ")");
            // the person takes the expert's second line out again, on the form showing the merged note
            office.notes().save(merged.withText("Line one"));
            assertEquals("Line one", office.notes().find(noteId).orElseThrow().text(), "the set-back text is stored");
        }
    }

    /** The expert's laptop: a SQLite folder whatever engine the office test runs on. */
    private static Services laptop(Path folder) {
        Services s = Services.open(folder);
        s.store().setIdentity("Ana", org.fieldbook.store.Role.EXPERT);
        return s;
    }
}
