package org.fieldbook.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.NoteReviewIndex.Facet;
import org.fieldbook.note.NoteReviewIndex.Sort;
import org.fieldbook.note.ui.NotesReviewModel;
import org.fieldbook.profile.ProfileSection;
import org.fieldbook.store.Role;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notes review of a whole visit, on a real workspace: what the one read brings (meeting, day, author, files, whether
 * a profile paragraph comes from the note), the filters on every facet at once, the counts beside each value (with
 * the other filters as they are), the authors' names with accents (one person whichever way the accent was typed,
 * ordered as the language orders them), the sorts, and the view model following filter changes.
 */
class NoteReviewTest {
    @TempDir
    Path dir;

    private static final String HELENE = "Hélène Dubois";
    private static final String HELENE_DECOMPOSED = Normalizer.normalize(HELENE, Normalizer.Form.NFD);

    private record Fixture(Visit visit, Meeting morning, Meeting afternoon, Note schools, Note quote, Note mediators,
                           Note general, Note dropped, Note deleted) {
    }

    private static Fixture fill(Services s) {
        Visit v = TestWorkspace.visit(s, "Reviewville");
        Meeting morning = TestWorkspace.meeting(s, v, "Mayor and deputies");
        Meeting afternoon = s.meetings().create(new Meeting(null, v.id(), v.start().plusDays(1), java.time.LocalTime.of(14, 0),
                java.time.LocalTime.of(15, 0), "Parents' association", "School", org.fieldbook.visit.MeetingFormat.MEETING));
        s.store().setIdentity(HELENE, Role.EXPERT);
        Note schools = s.notes().save(new Note(null, v.id(), morning.id(), NoteKind.OBSERVATION, "Schools mix pupils.", null, "",
                List.of("education", "neighbourhoods")));
        s.store().setIdentity(HELENE_DECOMPOSED, Role.EXPERT);
        Note quote = s.notes().save(new Note(null, v.id(), afternoon.id(), NoteKind.QUOTE, "We feel welcome.", null, "A parent",
                List.of("education")));
        s.store().setIdentity("Zoé Martin", Role.EXPERT);
        Note mediators = s.notes().save(new Note(null, v.id(), afternoon.id(), NoteKind.GOOD_PRACTICE, "Mediators in the north.",
                null, "", List.of("mediation")));
        s.store().setIdentity("Émile Roux", Role.EXPERT);
        Note general = s.notes().save(new Note(null, v.id(), null, NoteKind.CONCERN, "No budget line yet.", null, "", List.of()));
        Note dropped = s.notes().save(new Note(null, v.id(), morning.id(), NoteKind.GOOD_PRACTICE, "Welcome desk at city hall.",
                null, "", List.of("welcoming")));
        Note deleted = s.notes().save(new Note(null, v.id(), morning.id(), NoteKind.OBSERVATION, "Gone.", null, "",
                List.of("education")));
        s.notes().delete(deleted.id());
        s.attachments().attach(schools.id(), "class.txt", "a class photo stand-in".getBytes(StandardCharsets.UTF_8));
        s.attachments().attach(schools.id(), "plan.txt", "the school plan".getBytes(StandardCharsets.UTF_8));
        // the profile: a paragraph drafted from "mediators" stays; one drafted from "dropped" was inserted, then removed
        ProfileSection gp = s.profile().structure(v.id()).stream().filter(x -> x.key().equals("good_practice")).findFirst().orElseThrow();
        String kept = s.evidence().insert(gp, mediators, Locale.ENGLISH);
        String removed = s.evidence().insert(gp, dropped, Locale.ENGLISH);
        s.profile().saveBody(gp.id(), "Intro.\n\n" + kept + "\n\n" + removed);
        s.profile().saveBody(gp.id(), "Intro.\n\n" + kept);
        // another visit's notes never show
        Visit other = TestWorkspace.visit(s, "Elsewhere");
        s.notes().save(new Note(null, other.id(), null, NoteKind.OBSERVATION, "Other visit.", null, "", List.of("education")));
        return new Fixture(v, morning, afternoon, schools, quote, mediators, general, dropped, deleted);
    }

    private static List<String> ids(List<ReviewNote> notes) {
        return notes.stream().map(ReviewNote::id).toList();
    }

    @Test
    void oneReadBringsEveryNoteOfTheVisitWithItsMeetingFilesAndProfileUse() {
        try (Services s = TestWorkspace.open(dir)) {
            Fixture f = fill(s);
            List<ReviewNote> all = s.noteReview().load(f.visit().id());
            assertEquals(List.of(f.schools().id(), f.quote().id(), f.mediators().id(), f.general().id(), f.dropped().id()), ids(all),
                    "the visit's notes in the order taken, none from the trash or another visit");
            Map<String, ReviewNote> byId = new java.util.HashMap<>();
            all.forEach(n -> byId.put(n.id(), n));
            ReviewNote schools = byId.get(f.schools().id());
            assertEquals("Mayor and deputies", schools.meetingTitle());
            assertEquals(f.visit().start(), schools.day());
            assertEquals("09:00", schools.start());
            assertEquals(2, schools.attachments());
            assertEquals(HELENE, schools.author());
            assertEquals(List.of("education", "neighbourhoods"), schools.areas());
            ReviewNote general = byId.get(f.general().id());
            assertNull(general.meetingId());
            assertNull(general.day());
            assertEquals(0, general.attachments());
            assertTrue(byId.get(f.mediators().id()).used(), "a paragraph of the profile comes from it");
            assertFalse(byId.get(f.dropped().id()).used(), "its paragraph was removed again: not used any more");
            assertFalse(schools.used());
        }
    }

    @Test
    void filtersCombineAndEachValueCountsWhatChoosingItWouldShow() {
        try (Services s = TestWorkspace.open(dir)) {
            Fixture f = fill(s);
            NoteReviewIndex index = new NoteReviewIndex(s.noteReview().load(f.visit().id()), Locale.ENGLISH);

            NoteReviewIndex.Result none = index.apply(NoteReviewIndex.Filter.none(), Sort.TAKEN);
            assertEquals(5, none.notes().size());
            assertEquals(2, none.count(Facet.AREA, "education"), "a note with two areas counts under both");
            assertEquals(1, none.count(Facet.AREA, "neighbourhoods"));
            assertEquals(1, none.count(Facet.AREA, NoteReviewIndex.NONE), "the note with no area");
            assertEquals(2, none.count(Facet.KIND, "good_practice"));
            assertEquals(3, none.count(Facet.MEETING, f.morning().id()) + none.count(Facet.MEETING, NoteReviewIndex.NONE));
            assertEquals(2, none.count(Facet.DAY, f.visit().start().plusDays(1).toString()));
            assertEquals(1, none.count(Facet.ATTACHMENT, NoteReviewIndex.YES));
            assertEquals(4, none.count(Facet.USED, NoteReviewIndex.UNUSED));
            assertEquals(5, none.countAny(Facet.AREA));

            NoteReviewIndex.Filter education = NoteReviewIndex.Filter.none().with(Facet.AREA, "education");
            NoteReviewIndex.Result byArea = index.apply(education, Sort.TAKEN);
            assertEquals(List.of(f.schools().id(), f.quote().id()), ids(byArea.notes()));
            assertEquals(1, byArea.count(Facet.KIND, "quote"));
            assertEquals(0, byArea.count(Facet.KIND, "concern"));
            assertEquals(1, byArea.count(Facet.AREA, "mediation"), "other areas count with the other filters only");

            NoteReviewIndex.Result areaAndKind = index.apply(education.with(Facet.KIND, "quote"), Sort.TAKEN);
            assertEquals(List.of(f.quote().id()), ids(areaAndKind.notes()));
            assertEquals(1, areaAndKind.countAny(Facet.AREA), "quotes in any area: the one quote");
            assertEquals(2, areaAndKind.countAny(Facet.KIND), "education notes of any kind");
            assertEquals(1, areaAndKind.count(Facet.KIND, "observation"));
            assertEquals(1, areaAndKind.count(Facet.DAY, f.visit().start().plusDays(1).toString()));

            NoteReviewIndex.Result notYetUsed = index.apply(NoteReviewIndex.Filter.none().with(Facet.USED, NoteReviewIndex.UNUSED)
                    .with(Facet.KIND, "good_practice"), Sort.TAKEN);
            assertEquals(List.of(f.dropped().id()), ids(notYetUsed.notes()), "the good practice the profile does not use yet");
            assertEquals(1, notYetUsed.count(Facet.USED, NoteReviewIndex.USED));

            assertEquals(List.of(f.general().id()), ids(index.apply(NoteReviewIndex.Filter.none()
                    .with(Facet.MEETING, NoteReviewIndex.NONE), Sort.TAKEN).notes()), "notes on the visit itself");
            assertEquals(List.of(f.schools().id()), ids(index.apply(NoteReviewIndex.Filter.none()
                    .with(Facet.ATTACHMENT, NoteReviewIndex.YES), Sort.TAKEN).notes()));
            assertEquals(List.of(), index.apply(education.with(Facet.MEETING, NoteReviewIndex.NONE), Sort.TAKEN).notes());
        }
    }

    @Test
    void anAuthorWithAccentsIsOnePersonHoweverTheAccentWasTypedAndSortsAsTheLanguageDoes() {
        try (Services s = TestWorkspace.open(dir)) {
            Fixture f = fill(s);
            List<ReviewNote> all = s.noteReview().load(f.visit().id());
            assertEquals(HELENE_DECOMPOSED, all.get(1).author(), "stored as typed");
            NoteReviewIndex index = new NoteReviewIndex(all, Locale.FRENCH);
            assertEquals(List.of("Émile Roux", HELENE, "Zoé Martin"), index.values(Facet.AUTHOR),
                    "É before H and Z (plain text order would put it last), Hélène once");
            NoteReviewIndex.Result none = index.apply(NoteReviewIndex.Filter.none(), Sort.TAKEN);
            assertEquals(2, none.count(Facet.AUTHOR, HELENE));
            for (String typed : List.of(HELENE, HELENE_DECOMPOSED)) {
                NoteReviewIndex.Result hers = index.apply(NoteReviewIndex.Filter.none().with(Facet.AUTHOR, typed), Sort.TAKEN);
                assertEquals(List.of(f.schools().id(), f.quote().id()), ids(hers.notes()), "filter typed " + typed.length());
            }
            assertEquals(List.of(f.general().id(), f.dropped().id(), f.schools().id(), f.quote().id(), f.mediators().id()),
                    ids(index.apply(NoteReviewIndex.Filter.none(), Sort.AUTHOR).notes()), "Émile, Hélène, Zoé; as taken within");
        }
    }

    @Test
    void sortsKeepTheFilter() {
        try (Services s = TestWorkspace.open(dir)) {
            Fixture f = fill(s);
            NoteReviewIndex index = new NoteReviewIndex(s.noteReview().load(f.visit().id()), Locale.ENGLISH);
            NoteReviewIndex.Filter none = NoteReviewIndex.Filter.none();
            assertEquals(List.of(f.dropped().id(), f.general().id(), f.mediators().id(), f.quote().id(), f.schools().id()),
                    ids(index.apply(none, Sort.NEWEST).notes()));
            assertEquals(List.of(f.general().id(), f.schools().id(), f.dropped().id(), f.quote().id(), f.mediators().id()),
                    ids(index.apply(none, Sort.MEETING).notes()), "the visit's own notes, then the meetings in programme order");
            assertEquals(List.of(f.schools().id(), f.quote().id(), f.mediators().id(), f.dropped().id(), f.general().id()),
                    ids(index.apply(none, Sort.KIND).notes()));
            assertEquals(List.of(f.dropped().id(), f.mediators().id()),
                    ids(index.apply(none.with(Facet.KIND, "good_practice"), Sort.MEETING).notes()), "first day's meeting first");
        }
    }

    @Test
    void theViewModelAppliesEachFilterChangeAndKeepsTheSelection() {
        try (Services s = TestWorkspace.open(dir)) {
            Fixture f = fill(s);
            NotesReviewModel model = new NotesReviewModel(s.noteReview(), f.visit().id(), Locale.ENGLISH, null);
            assertFalse(model.loadedProperty().get());
            model.show(s.noteReview().load(f.visit().id()));
            assertEquals(5, model.totalProperty().get());
            assertEquals(5, model.notes().size());
            model.selectedProperty().set(model.notes().get(1)); // the quote
            model.filterProperty(Facet.AREA).set("education");
            assertEquals(List.of(f.schools().id(), f.quote().id()), ids(model.notes()));
            assertEquals(2, model.shownProperty().get());
            assertEquals(1, model.count(Facet.KIND, "quote"));
            assertEquals(f.quote().id(), model.selectedProperty().get().id(), "the selection stays while it passes");
            model.filterProperty(Facet.KIND).set("observation");
            assertEquals(List.of(f.schools().id()), ids(model.notes()));
            assertNull(model.selectedProperty().get(), "the quote no longer shows");
            assertEquals(2, model.countAny(Facet.KIND));
            model.sortProperty().set(Sort.NEWEST);
            model.filterProperty(Facet.KIND).set(null);
            assertEquals(List.of(f.quote().id(), f.schools().id()), ids(model.notes()));
            // a reload (the store changed) keeps the filters
            s.notes().save(new Note(null, f.visit().id(), null, NoteKind.OBSERVATION, "Late note.", null, "", List.of("education")));
            model.show(s.noteReview().load(f.visit().id()));
            assertEquals(3, model.notes().size());
            assertEquals(6, model.totalProperty().get());
            model.clearFilters();
            assertEquals(6, model.notes().size());
            assertTrue(model.filter().isEmpty());
        }
    }
}
