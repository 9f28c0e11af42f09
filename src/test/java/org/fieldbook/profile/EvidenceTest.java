package org.fieldbook.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceTest {
    @TempDir
    Path dir;

    private static ProfileSection section(Services s, Visit v, String key) {
        return s.profile().structure(v.id()).stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void sectionsSeeTheNotesOfTheirAreaOrKind() {
        TestWorkspace.withVisit(dir, ProfileFixture::richVisit, (s, v) -> {
            List<Note> education = s.evidence().notesFor(section(s, v, "area.education"));
            assertEquals(2, education.size());
            assertTrue(education.stream().allMatch(n -> n.areas().contains("education")));
            assertEquals(List.of(NoteKind.GOOD_PRACTICE), s.evidence().notesFor(section(s, v, "good_practice")).stream().map(Note::kind).toList());
            assertEquals(List.of(NoteKind.RECOMMENDATION_IDEA),
                    s.evidence().notesFor(section(s, v, "recommendations")).stream().map(Note::kind).toList());
        });
    }

    @Test
    void quotesNameTheSpeakerOnlyWithConsent() {
        TestWorkspace.withVisit(dir, ProfileFixture::richVisit, (s, v) -> {
            List<Note> quotes = s.evidence().notesFor(section(s, v, "area.education"));
            Note consenting = quotes.stream().filter(n -> n.text().startsWith("We want")).findFirst().orElseThrow();
            Note private_ = quotes.stream().filter(n -> n.text().startsWith("Nobody")).findFirst().orElseThrow();
            String named = s.evidence().draftText(consenting, Locale.ENGLISH);
            assertTrue(named.startsWith("> We want every child to feel at home."), named);
            assertTrue(named.endsWith("— Ada Mayor (City of Testville)"), named);
            String anonymous = s.evidence().draftText(private_, Locale.ENGLISH);
            assertTrue(anonymous.endsWith("— a participant"), anonymous);
            assertFalse(anonymous.contains("Bo Private"));
            assertTrue(s.evidence().draftText(private_, Locale.FRENCH).endsWith("— un participant"));
            // a typed speaker name has no recorded consent: not named either
            Note typed = s.notes().save(new Note(null, v.id(), null, NoteKind.QUOTE, "Typed.", null, "Carl Typed", List.of()));
            assertTrue(s.evidence().draftText(typed, Locale.ENGLISH).endsWith("— a participant"));
        });
    }

    @Test
    void anInsertedNoteKeepsALinkFromItsParagraphToTheNote() {
        TestWorkspace.withVisit(dir, ProfileFixture::richVisit, (s, v) -> {
            ProfileSection gp = section(s, v, "good_practice");
            Note note = s.evidence().notesFor(gp).get(0);
            String paragraph = s.evidence().insert(gp, note, Locale.ENGLISH);
            assertTrue(EvidenceService.MARKER.matcher(paragraph).find());
            s.profile().saveBody(gp.id(), "Intro.\n\n" + paragraph + "\n\nMore of our own words.");
            List<EvidenceService.ParagraphSource> sources = s.evidence().sources(s.profile().section(gp.id()));
            assertEquals(1, sources.size());
            assertEquals("Neighbourhood mediators in the North district.", sources.get(0).paragraph());
            assertEquals(note.id(), sources.get(0).note().orElseThrow().id());
        });
    }
}
