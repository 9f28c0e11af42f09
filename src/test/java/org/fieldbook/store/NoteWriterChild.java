package org.fieldbook.store;

import java.nio.file.Path;
import java.util.List;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.visit.Visit;

/**
 * Run in a child JVM by {@link CrashDurabilityTest}: opens the workspace given as argument and saves notes
 * in a loop, printing "SAVED id" only after each save has returned (committed). It never stops by itself.
 */
public final class NoteWriterChild {
    private NoteWriterChild() {
    }

    public static void main(String[] args) {
        Services s = TestWorkspace.open(Path.of(args[0]));
        Visit v = TestWorkspace.visit(s, "Crashville");
        System.out.println("VISIT " + v.id());
        System.out.flush();
        for (int i = 0; ; i++) {
            Note saved = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION,
                    "Note " + i + " taken just before the laptop died, with some accents: é à ü ç.", null, "", List.of("education")));
            System.out.println("SAVED " + saved.id());
            System.out.flush();
        }
    }
}
