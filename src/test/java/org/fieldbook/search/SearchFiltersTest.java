package org.fieldbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.fieldbook.TestWorkspace;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderCategory;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchFiltersTest {
    @TempDir
    Path dir;

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }

    private static Set<String> idSet(List<SearchHit> hits) {
        return Set.copyOf(ids(hits));
    }

    @Test
    void accentsFoldBothWaysAndTheLastWordIsAPrefix() {
        TestWorkspace.withVisit(dir, "Testville", (s, v) -> {
            Note n = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "Médiation à Saint-Étienne", null, "", List.of()));
            Note plain = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "Mediation in Saint-Etienne", null, "", List.of()));
            Note other = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "Mediterranean food in Lyon", null, "", List.of()));
            Set<String> both = Set.of(n.id(), plain.id());
            assertEquals(both, idSet(s.search().search(SearchQuery.of("etienne"))));
            assertEquals(both, idSet(s.search().search(SearchQuery.of("ÉTIENNE médiation"))));
            assertEquals(Set.of(n.id(), plain.id(), other.id()), idSet(s.search().search(SearchQuery.of("medi"))), "prefix of the last word");
            assertEquals(Set.of(), idSet(s.search().search(SearchQuery.of("medi etienne"))), "only the last word is a prefix");
            assertEquals(Set.of(plain.id(), other.id()), idSet(s.search().search(SearchQuery.of("in"))));
        });
    }

    @Test
    void filtersByVisitKindAndAreaAndSearchesAllTypes() {
        TestWorkspace.withVisit(dir, "One", (s, v1) -> {
            Visit v2 = TestWorkspace.visit(s, "Two");
            Note concern = s.notes().save(new Note(null, v1.id(), null, NoteKind.CONCERN, "Harbour housing is segregated", null, "",
                    List.of("neighbourhoods")));
            Note practice = s.notes().save(new Note(null, v1.id(), null, NoteKind.GOOD_PRACTICE, "Harbour festival mixes everyone", null,
                    "", List.of("cultural_social_life", "interaction")));
            Note elsewhere = s.notes().save(new Note(null, v2.id(), null, NoteKind.CONCERN, "Harbour closed", null, "", List.of()));
            var meeting = TestWorkspace.meeting(s, v1, "Harbour walk");
            Stakeholder port = s.stakeholders().create(new Stakeholder(null, v1.cityId(), "", "Harbour authority", "Port",
                    StakeholderCategory.BUSINESS, "", "", true));

            List<SearchHit> all = s.search().search(SearchQuery.of("harbour"));
            assertEquals(Set.of(concern.id(), practice.id(), elsewhere.id(), meeting.id(), port.id()), idSet(all));
            assertEquals(5, all.size(), "each record once");
            for (int i = 1; i < all.size(); i++) {
                assertTrue(all.get(i - 1).score() >= all.get(i).score(), "best first");
            }
            List<SearchHit> inOne = s.search().search(new SearchQuery("harbour", v1.id(), null, null, 10));
            assertEquals(Set.of(concern.id(), practice.id(), meeting.id(), port.id()), idSet(inOne));
            assertTrue(inOne.stream().allMatch(h -> v1.id().equals(h.visit())));
            assertEquals(List.of(concern.id()), ids(s.search().search(new SearchQuery("harbour", v1.id(), null, "concern", 10))));
            assertEquals(Set.of(concern.id(), elsewhere.id()),
                    idSet(s.search().search(new SearchQuery("harbour", null, null, "concern", 10))));
            assertEquals(List.of(practice.id()), ids(s.search().search(new SearchQuery("harbour", null, "interaction", null, 10))));
            assertEquals(ids(all).subList(0, 2), ids(s.search().search(new SearchQuery("harbour", null, null, null, 2))),
                    "the limit keeps the best two");
            Note later = s.notes().save(new Note(null, v1.id(), null, NoteKind.OBSERVATION, "Harbour again, later", null, "", List.of()));
            List<String> v1Notes = s.search().search(new SearchQuery("harbour", v1.id(), null, null, 10)).stream()
                    .filter(h -> h.type().equals("note")).map(SearchHit::id).toList();
            assertEquals(java.util.Set.of(concern.id(), practice.id(), later.id()), java.util.Set.copyOf(v1Notes),
                    "the other visit's note lies inside this visit's row range but is not returned");
        });
    }

    @Test
    void deletedRecordsLeaveResultsUntilRestoredAndOperatorsAreLiteral() {
        TestWorkspace.withVisit(dir, "Testville", (s, v) -> {
            Note n = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "Tramway NOT working near the mosque", null, "",
                    List.of()));
            s.notes().delete(n.id());
            assertTrue(s.search().search(SearchQuery.of("tramway")).isEmpty());
            s.notes().restore(n.id());
            assertEquals(List.of(n.id()), ids(s.search().search(SearchQuery.of("tramway"))));
            assertEquals(List.of(n.id()), ids(s.search().search(SearchQuery.of("tramway NOT mosque"))), "NOT is a word, not an operator");
            assertEquals(List.of(), ids(s.search().search(SearchQuery.of("tramway NOT church"))), "NOT church is not a negation");
            // query syntax is read as plain words: punctuation alone finds nothing, words find the notes that have them
            Note odd = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION,
                    "Sign said: title: foo; near the door, drop table for a chat", null, "", List.of()));
            for (String nothing : List.of("\"", "(", "-", "***", "  ")) {
                assertEquals(List.of(), ids(s.search().search(SearchQuery.of(nothing))), "'" + nothing + "'");
            }
            assertEquals(List.of(odd.id()), ids(s.search().search(SearchQuery.of("title:foo"))));
            assertEquals(Set.of(n.id(), odd.id()), idSet(s.search().search(SearchQuery.of("NEAR("))),
                    "NEAR is a word (prefix: both notes say 'near'), not an operator");
            assertEquals(List.of(odd.id()), ids(s.search().search(SearchQuery.of("'; DROP TABLE"))));
            s.search().search(SearchQuery.of("'; DROP TABLE note; --"));
            assertEquals(2, s.notes().forVisit(v.id()).size(), "the note table is still there");
            s.notes().save(n.withText("The tram works again"));
            assertTrue(s.search().search(SearchQuery.of("tramway")).isEmpty(), "an edit updates the index");
            assertEquals(List.of(n.id()), ids(s.search().search(SearchQuery.of("tram"))));
        });
    }

    @Test
    void rankingPrefersTheDenserMatch() {
        TestWorkspace.withVisit(dir, "Testville", (s, v) -> {
            Note weak = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION,
                    "A long note about many things: housing, schools, the library, buses, the market, and once the word welcome.",
                    null, "", List.of()));
            Note strong = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "Welcome office: welcome pack, welcome desk.",
                    null, "", List.of()));
            assertEquals(List.of(strong.id(), weak.id()), ids(s.search().search(SearchQuery.of("welcome"))));
        });
    }
}
