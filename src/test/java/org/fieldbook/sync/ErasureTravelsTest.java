package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fieldbook.app.Services;
import org.fieldbook.person.PersonalDataService;
import org.fieldbook.store.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person erased on one laptop is erased everywhere the erasure travels, and stays erased whatever arrives later:
 * the laptop's own old bundle, another laptop's bundle that never heard of the erasure, an undone import; and the
 * erased words are in no file of the workspace (database, log, backups).
 */
class ErasureTravelsTest {
    private static final String NAME = "Ilyes Bouzid";
    private static final String[] TRACES = {"Ilyes Bouzid", "Bouzid", "ilyes.bouzid@example.org", "+00 555 01 84"};

    @TempDir
    Path dir;

    private static String stakeholder(Services s) {
        return s.store().db().read(c -> Sql.one(c, "SELECT id FROM stakeholder WHERE person=?", rs -> rs.getString(1), NAME)).orElseThrow();
    }

    /** Every file of the workspace (database, its log, backups) searched for the person's words, byte by byte. */
    private static void noTraceInFiles(Path workspace) throws IOException {
        if (org.fieldbook.TestEngine.postgres()) {
            return; // the database is on the server, not in the folder: nothing of it to search here
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(workspace)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(workspace.resolve("attachments"))
                    && !p.startsWith(workspace.resolve("keys"))).toList();
        }
        assertTrue(files.stream().anyMatch(p -> p.getFileName().toString().equals("fieldbook.db")));
        for (Path f : files) {
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String t : TRACES) {
                String utf8 = new String(t.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(utf8), "'" + t + "' still in " + workspace.relativize(f));
            }
        }
    }

    private static long mentions(Services s) {
        return s.store().db().read(c -> Sql.count(c, "SELECT (SELECT count(*) FROM stakeholder WHERE person=? OR email LIKE 'ilyes%')"
                + " + (SELECT count(*) FROM note WHERE text LIKE '%Bouzid%' OR speaker_name LIKE '%Bouzid%')"
                + " + (SELECT count(*) FROM profile_section WHERE body LIKE '%Bouzid%')"
                + " + (SELECT count(*) FROM profile_revision WHERE body LIKE '%Bouzid%')"
                + " + (SELECT count(*) FROM sync_version WHERE text LIKE '%Bouzid%')"
                + " + (SELECT count(*) FROM sync_undo WHERE before LIKE '%Bouzid%')", NAME));
    }

    /** Set by {@link #demoOnAShared()}: the demo visit, the person, and A's bundle of the visit before the erasure. */
    private String visit;
    private String person;
    private Path old;

    /** The demo visit made on laptop A and its bundle {@link #old} imported by laptop B and the office (the person is there). */
    private void demoOnAShared() throws Exception {
        old = dir.resolve("old.fbz");
        try (Services a = SyncFixture.open(dir.resolve("a"), "Ana")) {
            visit = a.demo().generate();
            person = stakeholder(a);
            SyncFixture.exportVisit(a, visit, old);
        }
        for (String ws : new String[] {"b", "office"}) {
            try (Services o = SyncFixture.open(dir.resolve(ws), ws)) {
                assertTrue(SyncFixture.importTrusted(o, old).applied());
                assertTrue(mentions(o) > 0, "the person is there before the erasure");
            }
        }
    }

    @Test
    void erasedOnceGoneEverywhereAndStaysGone() throws Exception {
        demoOnAShared();
        Path erased = dir.resolve("erased.fbz");
        try (Services a = SyncFixture.open(dir.resolve("a"), "Ana")) {
            List<PersonalDataService.Place> places = a.person().preview(person);
            assertTrue(places.stream().anyMatch(p -> p.table().equals("note") && p.field().equals("speaker")), places.toString());
            assertTrue(places.stream().anyMatch(p -> p.table().equals("profile_section")), places.toString());
            assertTrue(places.stream().anyMatch(p -> p.table().equals("profile_revision")), places.toString());
            assertEquals(0, a.person().rewriteBackups()[1]);
            PersonalDataService.Result r = a.person().erase(person, "request of 2026-11-20", false);
            // every place changes a value, except files attached to their quotes (listed for a check by eye)
            long changing = places.stream().filter(p -> !(p.table().equals("attachment") && p.field().equals("file"))).count();
            assertTrue(r.valuesChanged() >= changing - 1, r.toString());
            assertEquals(0, mentions(a));
            assertTrue(a.store().db().read(c -> Sql.count(c, "SELECT count(*) FROM note WHERE speaker_id IS NULL AND kind='quote'"
                    + " AND deleted=0")) >= 3, "the quotes stay, unattributed");
            assertEquals(0, a.search().search(org.fieldbook.search.SearchQuery.of("Bouzid")).size());
            SyncFixture.exportVisit(a, visit, erased);
        }
        noTraceInFiles(dir.resolve("a"));
        // Laptop B has not heard of the erasure: it keeps working and sends its bundle to the office afterwards.
        Path fromB = dir.resolve("from-b.fbz");
        try (Services b = SyncFixture.open(dir.resolve("b"), "Bo")) {
            b.store().db().write(c -> Sql.update(c, "UPDATE city SET languages='French, Arabic'"));
            SyncFixture.exportVisit(b, visit, fromB);
        }
        try (Services o = SyncFixture.open(dir.resolve("office"), "Office")) {
            assertTrue(SyncFixture.importTrusted(o, erased).applied());
            assertEquals(0, mentions(o), "the erasure applied at the office");
            assertTrue(SyncFixture.importTrusted(o, fromB).applied());
            assertEquals(0, mentions(o), "B's bundle did not bring the person back");
            o.sync().imports().undoLast();
            assertEquals(0, mentions(o), "undoing an import did not bring the person back");
            SyncFixture.importTrusted(o, old);
            assertEquals(0, mentions(o), "the resent old bundle did not bring the person back");
            List<PersonalDataService.Status> st = o.person().erasures();
            assertEquals(1, st.size());
            assertEquals(2, st.get(0).appliedBy().size(), "A and the office have applied it: " + st);
        }
        noTraceInFiles(dir.resolve("office"));
        try (Services b = SyncFixture.open(dir.resolve("b"), "Bo")) {
            SyncFixture.importTrusted(b, erased);
            assertEquals(0, mentions(b));
        }
        noTraceInFiles(dir.resolve("b"));
    }

    @Test
    void accessExportListsEveryPlaceThePersonAppears() {
        try (Services a = SyncFixture.open(dir.resolve("a"), "Ana")) {
            a.demo().generate();
            String person = stakeholder(a);
            Map<String, Object> data = a.person().export(person);
            assertEquals(NAME, ((Map<?, ?>) data.get("stakeholder")).get("person"));
            assertEquals(3, ((List<?>) data.get("quotes")).size());
            List<?> mentions = (List<?>) data.get("mentions");
            assertTrue(mentions.stream().anyMatch(m -> ((Map<?, ?>) m).get("table").equals("profile_section")), mentions.toString());
            String md = PersonalDataService.readable(data);
            assertTrue(md.startsWith("# Personal data held about " + NAME), md);
            assertTrue(md.contains("## Quotes attributed to them"), md);
        }
    }

    /**
     * A laptop that has not heard of the erasure keeps working on the person after it: it corrects their phone, types
     * their name into a new note and into a profile section (all stamped after the erasure). Whichever order the
     * bundles meet in, the merge keeps the erasure: the office erases what B's bundle brings, B erases its own edits
     * when the erasure reaches it, and B's next bundle tells the office it has applied it.
     */
    @Test
    void newerEditsFromALaptopThatHadNotHeardCannotBringThePersonBack() throws Exception {
        demoOnAShared();
        Path erased = dir.resolve("erased.fbz");
        try (Services a = SyncFixture.open(dir.resolve("a"), "Ana")) {
            a.person().erase(person, "request", false);
            SyncFixture.exportVisit(a, visit, erased);
        }
        try (Services o = SyncFixture.open(dir.resolve("office"), "Office")) {
            assertTrue(SyncFixture.importTrusted(o, erased).applied());
            assertEquals(0, mentions(o));
        }
        Path fromB = dir.resolve("from-b.fbz");
        try (Services b = SyncFixture.open(dir.resolve("b"), "Bo")) {
            var s = b.stakeholders().find(person).orElseThrow();
            b.stakeholders().update(new org.fieldbook.stakeholder.Stakeholder(s.id(), s.cityId(), s.person(), s.organisation(),
                    "Youth worker, now council member", s.category(), "ilyes.bouzid@example.org", "+00 555 01 84", true));
            b.notes().save(new org.fieldbook.note.Note(null, visit, null, org.fieldbook.note.NoteKind.FOLLOW_UP,
                    "Call Ilyes Bouzid again about the youth council (+00 555 01 84).", null, "", List.of()));
            b.store().db().write(c -> {
                String id = Sql.one(c, "SELECT id FROM profile_section WHERE visit_id=? AND body LIKE '%Bouzid%' LIMIT 1",
                        rs -> rs.getString(1), visit).orElseThrow();
                String body = Sql.one(c, "SELECT body FROM profile_section WHERE id=?", rs -> rs.getString(1), id).orElseThrow();
                return b.store().tracker().update(c, "profile_section", id, Map.of("body", body + "\n\nThanks to Ilyes Bouzid."));
            });
            assertTrue(mentions(b) > 0);
            SyncFixture.exportVisit(b, visit, fromB);
        }
        try (Services o = SyncFixture.open(dir.resolve("office"), "Office")) {
            assertTrue(SyncFixture.importTrusted(o, fromB).applied());
            assertEquals(0, mentions(o), "B's newer edits did not bring the person back at the office");
            assertEquals(0L, (long) o.store().db().read(c -> Sql.count(c, "SELECT count(*) FROM note WHERE text LIKE '%555 01 84%'")));
            SyncFixture.importTrusted(o, old);
            assertEquals(0, mentions(o));
        }
        noTraceInFiles(dir.resolve("office"));
        Path later = dir.resolve("later-b.fbz");
        try (Services b = SyncFixture.open(dir.resolve("b"), "Bo")) {
            assertTrue(SyncFixture.importTrusted(b, erased).applied());
            assertEquals(0, mentions(b), "the erasure won over B's own newer edits");
            SyncFixture.exportVisit(b, visit, later);
        }
        noTraceInFiles(dir.resolve("b"));
        try (Services o = SyncFixture.open(dir.resolve("office"), "Office")) {
            SyncFixture.importTrusted(o, later);
            assertEquals(0, mentions(o));
            List<PersonalDataService.Status> st = o.person().erasures();
            assertEquals(3, st.get(0).appliedBy().size(), "A, the office and B (from B's later bundle): " + st);
        }
    }
}
