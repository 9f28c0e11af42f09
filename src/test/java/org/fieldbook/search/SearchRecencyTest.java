package org.fieldbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.fieldbook.TestWorkspace;
import org.fieldbook.store.Tracker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search rule that bounds its work: notes are ranked among the {@value SearchService#RANKED_NOTES} most recent
 * matches (after the filters), whatever their row numbers. The matching notes here are spread over row numbers far
 * apart (so on PostgreSQL they fall in many age groups and every window of the search, see {@code PgSearch}); the
 * best-ranked note that is still among the most recent matches comes first, and a better one just outside them is
 * not found.
 */
class SearchRecencyTest {
    private static final int MATCHES = SearchService.RANKED_NOTES + 200;
    /** Row numbers this far apart spread the matches over some 150 age groups, in every window of a PostgreSQL search. */
    private static final long GAP = 997;

    @TempDir
    Path dir;

    @Test
    void ranksTheMostRecentMatchesOnlyAcrossAllRowNumbers() {
        TestWorkspace.withVisit(dir, "Testville", (s, v) -> {
            int lastRanked = MATCHES - SearchService.RANKED_NOTES; // index of the oldest note still ranked
            List<String> ids = new ArrayList<>();
            String hlc = s.store().tracker().clock().now();
            s.store().db().write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO note(n, id, created_hlc, updated_hlc, author, device,"
                        + " revision, deleted, stamps, visit_id, kind, text, areas) VALUES (?,?,?,?,?,?,1,0,?,?,?,?,?)")) {
                    for (int i = 0; i < MATCHES; i++) {
                        String id = Tracker.newId();
                        ids.add(id);
                        String text = i == lastRanked ? "harbour harbour harbour walk"
                                : i == lastRanked - 1 ? "harbour harbour harbour harbour harbour harbour"
                                : i == 0 ? "the lighthouse at the end of the harbour"
                                : "a long walk along the harbour with the youth council and the library staff";
                        ps.setLong(1, 5_000 + i * GAP);
                        ps.setString(2, id);
                        ps.setString(3, hlc);
                        ps.setString(4, hlc);
                        ps.setString(5, "Test");
                        ps.setString(6, "device");
                        ps.setString(7, "{}");
                        ps.setString(8, v.id());
                        ps.setString(9, "observation");
                        ps.setString(10, text);
                        ps.setString(11, "[]");
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
            for (String query : List.of("harbour", "harb", "harbour@visit")) {
                String visit = query.endsWith("@visit") ? v.id() : null;
                List<SearchHit> hits = s.search().search(new SearchQuery(query.replace("@visit", ""), visit, null, null, 50));
                assertEquals(50, hits.size(), query);
                assertEquals(ids.get(lastRanked), hits.get(0).id(), query + " (first hit: note " + ids.indexOf(hits.get(0).id()) + ")" + ": the best note among the most recent matches comes first");
                assertFalse(hits.stream().anyMatch(h -> h.id().equals(ids.get(lastRanked - 1))),
                        query + ": a note older than the most recent matches is not ranked");
                // then the others of equal rank, newest first
                assertEquals(ids.get(MATCHES - 1), hits.get(1).id(), query);
            }
            // a word only the oldest note holds is found behind all the newer groups
            List<SearchHit> lighthouse = s.search().search(new SearchQuery("lighthouse harb", v.id(), null, null, 50));
            assertEquals(List.of(ids.get(0)), lighthouse.stream().map(SearchHit::id).toList());
        });
    }
}
