package org.fieldbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the version an edit started from is chosen among those a program has seen (see {@link BaseVersions}). */
class BaseVersionsTest {
    @TempDir
    Path dir;

    @Test
    void theBaseIsTheVersionTheEditDiffersFromLeastAndTheLatestOnATie() {
        BaseVersions b = new BaseVersions();
        b.remember("visit", "v", Map.of("status", "planned", "end_date", "2026-03-21"));
        b.remember("visit", "v", Map.of("status", "done", "end_date", "2026-03-21")); // a colleague's change, re-read
        // a form still showing the first version, with the end date changed: it started from the first
        assertEquals("planned", BaseVersions.baseFor(b.versions("visit", "v"),
                Map.of("status", "planned", "end_date", "2026-03-23")).get("status"));
        // one field differs from each: the latest
        assertEquals("done", BaseVersions.baseFor(b.versions("visit", "v"),
                Map.of("status", "under_way", "end_date", "2026-03-21")).get("status"));
        // texts count the lines changed: an edit of one line of the first text started from it
        b.remember("note", "n", Map.of("text", "a\nb\nc\nd"));
        b.remember("note", "n", Map.of("text", "a\nB\nC\nd"));
        assertEquals("a\nb\nc\nd", BaseVersions.baseFor(b.versions("note", "n"), Map.of("text", "x\nb\nc\nd")).get("text"));
    }

    @Test
    void anEditThatSaysItsRevisionStartsFromExactlyTheVersionReadAtIt() {
        BaseVersions b = new BaseVersions();
        b.remember("note", "n", Map.of("text", "x"), 1);
        b.remember("note", "n", Map.of("text", "y"), 2); // a colleague's change, re-read: the form now shows it
        // the person sets the text back to "x": the guess takes the first version (no change at all) ...
        assertEquals("x", BaseVersions.baseFor(b.versions("note", "n"), Map.of("text", "x")).get("text"));
        // ... the revision the form loaded says it started from the second
        assertEquals(List.of(Map.of("text", "y")), b.atRevision("note", "n", 2));
        assertEquals(List.of(Map.of("text", "x")), b.atRevision("note", "n", 1));
        assertEquals(List.of(), b.atRevision("note", "n", 3), "a revision never read is not guessed");
        assertEquals(List.of(), b.atRevision("note", "n", 0), "0: the edit does not know its revision");
        assertEquals(List.of(), b.atRevision("note", "other", 1));
    }

    @Test
    void revisionsFollowTheVersionsThroughWritesAndAreForgottenWithThem() {
        BaseVersions b = new BaseVersions();
        b.remember("profile_section", "s", Map.of("body", "P1", "owner", ""), 4);
        b.remember("profile_section", "s", Map.of("body", "P1", "owner", ""), 5); // re-read unchanged: one version
        assertEquals(1, b.versions("profile_section", "s").size());
        assertEquals(b.atRevision("profile_section", "s", 4), b.atRevision("profile_section", "s", 5));
        // this program writes the owner (revision 6): a body form still holding revision 4 edits P1 with the new owner
        b.wrote("profile_section", "s", Map.of("body", "A1", "owner", "Ben"), List.of("owner"), 6);
        assertEquals(List.of(Map.of("body", "P1", "owner", "Ben")), b.atRevision("profile_section", "s", 4));
        assertEquals(List.of(Map.of("body", "A1", "owner", "Ben")), b.atRevision("profile_section", "s", 6));
        // a write of every field: the versions become one, reached by every revision it had
        b.wrote("profile_section", "s", Map.of("body", "A2", "owner", "Ben"), List.of("body", "owner"), 7);
        assertEquals(List.of(Map.of("body", "A2", "owner", "Ben")), b.atRevision("profile_section", "s", 4));
        assertEquals(List.of(Map.of("body", "A2", "owner", "Ben")), b.atRevision("profile_section", "s", 7));
        // many later versions: the first is kept, the ones after it are forgotten with their revisions
        BaseVersions many = new BaseVersions();
        for (int r = 1; r <= BaseVersions.PER_RECORD + 1; r++) {
            many.remember("note", "n", Map.of("text", "t" + r), r);
        }
        assertEquals(List.of(Map.of("text", "t1")), many.atRevision("note", "n", 1));
        assertEquals(List.of(), many.atRevision("note", "n", 2), "forgotten: the tracker falls back to the guess");
        assertEquals(List.of(Map.of("text", "t9")), many.atRevision("note", "n", BaseVersions.PER_RECORD + 1));
    }

    @Test
    void afterAMergedWriteTheFormsRevisionHoldsWhatTheFormWroteAndTheNewOneWhatWasStored() {
        BaseVersions b = new BaseVersions();
        b.remember("note", "n", Map.of("text", "L1\nL4", "kind", "observation"), 3);
        // the form (revision 3) wrote "L1\nB4"; a colleague's "A1" line and kind were merged in
        b.wrote("note", "n", Map.of("text", "A1\nB4", "kind", "concern"), Map.of("text", "L1\nB4", "kind", "observation"), 5, 3);
        assertEquals(List.of(Map.of("text", "L1\nB4", "kind", "observation")), b.atRevision("note", "n", 3));
        assertEquals(List.of(Map.of("text", "A1\nB4", "kind", "concern")), b.atRevision("note", "n", 5));
        // an edit from a revision no longer remembered: the form's version is remembered again at it
        b.wrote("note", "n", Map.of("text", "t", "kind", "concern"), Map.of("text", "x", "kind", "concern"), 9, 7);
        assertEquals(List.of(Map.of("text", "x", "kind", "concern")), b.atRevision("note", "n", 7));
        assertEquals(List.of(Map.of("text", "t", "kind", "concern")), b.atRevision("note", "n", 9));
    }

    @Test
    void aWriteBringsTheFieldsItWroteUpToDateInEveryVersion() {
        BaseVersions b = new BaseVersions();
        b.remember("profile_section", "s", Map.of("body", "P1", "owner", ""));
        b.wrote("profile_section", "s", Map.of("body", "A1", "owner", "Ben"), List.of("owner"));
        List<Map<String, Object>> v = b.versions("profile_section", "s");
        assertEquals(2, v.size(), v.toString());
        assertEquals(Map.of("body", "P1", "owner", "Ben"), v.get(0), "the body a form may still hold stays a candidate");
        assertEquals(Map.of("body", "A1", "owner", "Ben"), v.get(1), "the stored version is the latest");
        b.wrote("profile_section", "s", Map.of("body", "A2", "owner", "Ben"), List.of("body", "owner"));
        assertEquals(List.of(Map.of("body", "A2", "owner", "Ben")), b.versions("profile_section", "s"),
                "a write of every field leaves one version: going back to an earlier value is then an edit");
    }

    @Test
    void enumsAndBooleansAreRememberedAsStoredAndTheTombstoneIsNot() {
        BaseVersions b = new BaseVersions();
        b.remember("stakeholder", "x", Map.of("category", java.time.DayOfWeek.MONDAY, "named_consent", true, "deleted", 0));
        assertEquals(List.of(Map.of("category", "monday", "named_consent", 1)), b.versions("stakeholder", "x"));
    }

    @Test
    void aSingleUserWorkspaceRemembersNothing() {
        try (Store s = Store.open(dir)) {
            assertFalse(s.tracker().shared(), "SQLite: one program writes; updates are as before");
            s.tracker().seen("visit", "v", Map.of("status", "planned"));
            assertFalse(s.tracker().hasSeen("visit", "v"));
        }
        Tracker shared = new Tracker(new HybridClock("node0001", System::currentTimeMillis),
                () -> new Identity("Ana", Role.OFFICE, "dev", "ws"), true);
        shared.seen("visit", "v", Map.of("status", "planned"));
        assertTrue(shared.hasSeen("visit", "v"));
    }
}
