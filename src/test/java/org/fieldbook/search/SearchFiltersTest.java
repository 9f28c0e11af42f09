package org.fieldbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
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

    @Test
    void accentsFoldBothWaysAndTheLastWordIsAPrefix() {
        try (Services s = TestWorkspace.open(dir)) {
            Visit v = TestWorkspace.visit(s, "Testville");
            Note n = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "Médiation à Saint-Étienne", null, "", List.of()));
            Note plain = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "Mediation in Saint-Etienne", null, "", List.of()));
            assertEquals(2, s.search().search(SearchQuery.of("etienne")).size());
            assertEquals(2, s.search().search(SearchQuery.of("ÉTIENNE médiation")).size());
            assertEquals(2, s.search().search(SearchQuery.of("medi")).size(), "prefix of the last word");
            assertEquals(0, s.search().search(SearchQuery.of("medi etienne")).size(), "only the last word is a prefix");
            assertTrue(ids(s.search().search(SearchQuery.of("in"))).contains(plain.id()));
        }
    }

    @Test
    void filtersByVisitKindAndAreaAndSearchesAllTypes() {
        try (Services s = TestWorkspace.open(dir)) {
            Visit v1 = TestWorkspace.visit(s, "One");
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
            assertEquals(5, all.size());
            assertTrue(ids(all).containsAll(List.of(concern.id(), practice.id(), elsewhere.id(), meeting.id(), port.id())));
            for (int i = 1; i < all.size(); i++) {
                assertTrue(all.get(i - 1).score() >= all.get(i).score(), "best first");
            }
            List<SearchHit> inOne = s.search().search(new SearchQuery("harbour", v1.id(), null, null, 10));
            assertEquals(4, inOne.size());
            assertTrue(inOne.stream().allMatch(h -> v1.id().equals(h.visit())));
            assertEquals(List.of(concern.id()), ids(s.search().search(new SearchQuery("harbour", v1.id(), null, "concern", 10))));
            assertEquals(List.of(concern.id(), elsewhere.id()).size(),
                    s.search().search(new SearchQuery("harbour", null, null, "concern", 10)).size());
            assertEquals(List.of(practice.id()), ids(s.search().search(new SearchQuery("harbour", null, "interaction", null, 10))));
            assertEquals(2, s.search().search(new SearchQuery("harbour", null, null, null, 2)).size(), "limit");
            Note later = s.notes().save(new Note(null, v1.id(), null, NoteKind.OBSERVATION, "Harbour again, later", null, "", List.of()));
            List<String> v1Notes = s.search().search(new SearchQuery("harbour", v1.id(), null, null, 10)).stream()
                    .filter(h -> h.type().equals("note")).map(SearchHit::id).toList();
            assertEquals(java.util.Set.of(concern.id(), practice.id(), later.id()), java.util.Set.copyOf(v1Notes),
                    "the other visit's note lies inside this visit's row range but is not returned");
        }
    }

    @Test
    void deletedRecordsLeaveResultsUntilRestoredAndOperatorsAreLiteral() {
        try (Services s = TestWorkspace.open(dir)) {
            Visit v = TestWorkspace.visit(s, "Testville");
            Note n = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "Tramway NOT working near the mosque", null, "",
                    List.of()));
            s.notes().delete(n.id());
            assertTrue(s.search().search(SearchQuery.of("tramway")).isEmpty());
            s.notes().restore(n.id());
            assertEquals(1, s.search().search(SearchQuery.of("tramway")).size());
            assertEquals(1, s.search().search(SearchQuery.of("tramway NOT mosque")).size(), "NOT is a word, not an operator");
            for (String odd : List.of("\"", "a*", "(", "NEAR(", "-", "***", "title:foo", "'; DROP TABLE note; --")) {
                s.search().search(SearchQuery.of(odd));
            }
            assertTrue(s.search().search(SearchQuery.of("  ")).isEmpty());
            s.notes().save(n.withText("The tram works again"));
            assertTrue(s.search().search(SearchQuery.of("tramway")).isEmpty(), "an edit updates the index");
            assertEquals(1, s.search().search(SearchQuery.of("tram")).size());
        }
    }

    @Test
    void rankingPrefersTheDenserMatch() {
        try (Services s = TestWorkspace.open(dir)) {
            Visit v = TestWorkspace.visit(s, "Testville");
            Note weak = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION,
                    "A long note about many things: housing, schools, the library, buses, the market, and once the word welcome.",
                    null, "", List.of()));
            Note strong = s.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "Welcome office: welcome pack, welcome desk.",
                    null, "", List.of()));
            assertEquals(List.of(strong.id(), weak.id()), ids(s.search().search(SearchQuery.of("welcome"))));
        }
    }
}
