package org.fieldbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fieldbook.PgTestServer;
import org.fieldbook.TestWorkspace;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.store.PgLocation;
import org.fieldbook.store.Role;
import org.fieldbook.sync.ConflictRow;
import org.fieldbook.sync.exports.ExportRequest;
import org.fieldbook.visit.City;
import org.fieldbook.visit.Visit;
import org.fieldbook.visit.VisitMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when": three office staff on three machines, simulated by three processes (three JVMs, each its
 * own program, device and clock) against one PostgreSQL database, edit the same visit, city, note and profile section
 * round after round while one of them imports a bundle. Afterwards every edit is in the database or listed as a
 * conflict (nothing lost, nothing overwritten silently), and every process ended by itself without an error.
 */
class ThreeOfficeStaffPgTest {
    private static final int STAFF = 3;
    private static final int ROUNDS = 8;

    @TempDir
    Path dir;

    @Test
    void threeProcessesEditTheSameRecordsAndImportWithoutLosingAnything() throws Exception {
        PgLocation db = PgTestServer.newDatabase();
        Path bundle = dir.resolve("laptop.fbz");
        String laptopVisit;
        try (Services expert = TestWorkspace.open(dir.resolve("expert-laptop"))) {
            Visit v = TestWorkspace.visit(expert, "Bergen");
            laptopVisit = v.id();
            expert.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "taken on the laptop", null, "", List.of()));
            expert.sync().export(new ExportRequest(v.id(), false, null, bundle), org.fieldbook.sync.Progress.NONE,
                    new org.fieldbook.sync.Cancellation());
        }
        String lines = IntStream.range(0, STAFF * (ROUNDS + 2)).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
        String visitId;
        String noteId;
        String sectionId;
        try (Services setup = Services.open(db, dir.resolve("setup"), System::currentTimeMillis, null)) {
            setup.store().setIdentity("Setup", Role.OFFICE);
            Visit v = TestWorkspace.visit(setup, "Torino");
            visitId = v.id();
            City c = setup.cities().find(v.cityId()).orElseThrow();
            setup.cities().update(new City(c.id(), c.name(), c.country(), c.population(), null, null, null, "", lines));
            noteId = setup.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, lines, null, "", List.of())).id();
            sectionId = setup.profile().structure(v.id()).get(0).id();
            setup.profile().saveBody(sectionId, lines);
        }

        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> staff = new ArrayList<>();
        List<List<String>> out = new ArrayList<>();
        List<Thread> readers = new ArrayList<>();
        long started = System.nanoTime();
        for (int k = 0; k < STAFF; k++) {
            ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    OfficeStaffChild.class.getName(), db.toString(), dir.resolve("staff" + k).toString(), String.valueOf(k),
                    visitId, noteId, sectionId, String.valueOf(ROUNDS), k == 2 ? bundle.toString() : "-");
            pb.redirectErrorStream(true);
            Process p = pb.start();
            staff.add(p);
            List<String> lines0 = Collections.synchronizedList(new ArrayList<>());
            out.add(lines0);
            Thread t = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = in.readLine()) != null;) {
                        lines0.add(l);
                    }
                } catch (Exception ignored) {
                    // the process ended
                }
            });
            t.start();
            readers.add(t);
        }
        for (int k = 0; k < STAFF; k++) {
            Process p = staff.get(k);
            boolean ended = p.waitFor(120, TimeUnit.SECONDS);
            if (!ended) {
                staff.forEach(Process::destroyForcibly);
            }
            assertTrue(ended, "staff " + k + " did not finish (deadlock?): " + out.get(k));
            readers.get(k).join(5_000);
            assertEquals(0, p.exitValue(), "staff " + k + " failed: " + String.join("\n", out.get(k)));
            assertTrue(out.get(k).contains("DONE"), String.join("\n", out.get(k)));
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.println("three staff processes, " + ROUNDS + " rounds each: " + seconds + " s");

        try (Services check = Services.open(db, dir.resolve("check"), System::currentTimeMillis, null)) {
            List<ConflictRow> conflicts = check.sync().conflicts().list(false);
            String noteText = check.notes().find(noteId).orElseThrow().text();
            String body = check.profile().section(sectionId).body();
            Visit v = check.visits().find(visitId).orElseThrow();
            String context = check.cities().find(v.cityId()).orElseThrow().context();
            List<String> lost = new ArrayList<>();
            for (int k = 0; k < STAFF; k++) {
                for (int j = 0; j < ROUNDS; j++) {
                    String mark = "staff " + k + " edit " + j;
                    for (var text : List.of(java.util.Map.entry("note", noteText), java.util.Map.entry("section", body),
                            java.util.Map.entry("city", context))) {
                        if (!lineOf(text.getValue(), mark) && !inConflict(conflicts, mark)) {
                            lost.add(text.getKey() + ": " + mark);
                        }
                    }
                }
            }
            assertTrue(lost.isEmpty(), "edits lost: " + lost + "\nconflicts: " + conflicts);
            // each staff member's own field of the visit holds its last value (or a conflict names it)
            assertEquals("Lead " + (ROUNDS - 1), v.team().get(0).name(), "staff 0's team");
            assertEquals(v.start().plusDays(ROUNDS), v.end(), "staff 1's end date");
            assertEquals((ROUNDS - 1) % 2 == 0 ? VisitMode.ONLINE : VisitMode.IN_PERSON, v.mode(), "staff 2's mode");
            long newNotes = check.notes().forVisit(visitId).stream().filter(n -> n.text().startsWith("new note by ")).count();
            assertEquals(STAFF * ROUNDS, newNotes, "every note added is there");
            assertTrue(check.visits().find(laptopVisit).isPresent(), "the bundle imported while the others edited is there");
            assertEquals(1, check.notes().forVisit(laptopVisit).size());
            assertTrue(conflicts.isEmpty(), "different lines and fields: no conflict expected: " + conflicts);
            assertTrue(seconds < 90, "took " + seconds + " s");
        }
    }

    private static boolean lineOf(String text, String line) {
        return List.of(text.split("\n", -1)).contains(line);
    }

    private static boolean inConflict(List<ConflictRow> conflicts, String mark) {
        return conflicts.stream().anyMatch(k -> String.valueOf(k.local()).contains(mark) || String.valueOf(k.remote()).contains(mark)
                || String.valueOf(k.kept()).contains(mark));
    }
}
