package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three workspaces edit the same visit from a common start (same and different fields, same and different
 * lines, an edit against a deletion); their bundles are imported in every order, and every result is equal,
 * with each lost-looking edit shown as a conflict.
 */
class SyncConvergenceTest {
    @TempDir
    Path dir;

    private String visitId;
    private String n1;
    private String n2;
    private String n3;
    private String cityId;

    private void edit(Services s, String table, String id, Map<String, ?> fields) {
        s.store().db().write(c -> s.store().tracker().update(c, table, id, fields));
    }

    private Path base() {
        Path b0 = dir.resolve("b0.fbz");
        try (Services o = SyncFixture.open(dir.resolve("office"), "Office")) {
            Visit v = TestWorkspace.visit(o, "Torino");
            visitId = v.id();
            cityId = v.cityId();
            edit(o, "city", cityId, Map.of("context", "C-a\nC-b\nC-c\nC-d"));
            n1 = o.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, "L1\nL2\nL3\nL4\nL5", null, "", List.of())).id();
            n2 = o.notes().save(new Note(null, v.id(), null, NoteKind.CONCERN, "delete me?", null, "", List.of())).id();
            n3 = o.notes().save(new Note(null, v.id(), null, NoteKind.QUOTE, "We are proud", null, "", List.of())).id();
            SyncFixture.exportVisit(o, visitId, b0);
        }
        return b0;
    }

    @Test
    void threeWorkspacesConvergeInEveryOrderAndNoEditVanishes() throws Exception {
        Path b0 = base();
        Path ea = dir.resolve("ea.fbz");
        Path eb = dir.resolve("eb.fbz");
        Path ec = dir.resolve("ec.fbz");
        try (Services a = SyncFixture.open(dir.resolve("A"), "Ana")) {
            SyncFixture.importTrusted(a, b0);
            edit(a, "note", n1, Map.of("text", "A1\nL2\nL3\nL4\nL5", "kind", "good_practice"));
            edit(a, "city", cityId, Map.of("context", "C-a by Ana\nC-b\nC-c\nC-d"));
            edit(a, "note", n3, Map.of("speaker_name", "Mayor"));
            a.notes().delete(n2);
            SyncFixture.exportVisit(a, visitId, ea);
        }
        try (Services b = SyncFixture.open(dir.resolve("B"), "Bo")) {
            SyncFixture.importTrusted(b, b0);
            edit(b, "note", n1, Map.of("text", "L1\nL2\nL3\nL4\nB5"));
            edit(b, "note", n2, Map.of("text", "delete me? no: keep, B added this"));
            edit(b, "note", n3, Map.of("areas", "[\"education\"]"));
            edit(b, "city", cityId, Map.of("context", "C-a\nC-b\nC-c\nC-d by Bo"));
            SyncFixture.exportVisit(b, visitId, eb);
        }
        try (Services c = SyncFixture.open(dir.resolve("C"), "Cy")) {
            SyncFixture.importTrusted(c, b0);
            edit(c, "note", n1, Map.of("text", "C1\nL2\nL3\nL4\nL5", "kind", "concern"));
            edit(c, "note", n3, Map.of("speaker_name", "Deputy mayor"));
            SyncFixture.exportVisit(c, visitId, ec);
        }
        List<Map<String, Map<String, Map<String, Object>>>> finals = new ArrayList<>();
        List<List<Path>> orders = permutations(List.of(ea, eb, ec));
        int k = 0;
        for (List<Path> order : orders) {
            try (Services d = SyncFixture.open(dir.resolve("D" + k++), "Office copy")) {
                SyncFixture.importTrusted(d, b0);
                for (Path p : order) {
                    SyncFixture.importTrusted(d, p);
                }
                finals.add(SyncFixture.state(d, true));
                assertNoEditVanished(d);
            }
        }
        // the editing workspaces themselves, receiving the others' bundles in both orders
        finals.add(finishAt("A", List.of(eb, ec)));
        finals.add(finishAt("B", List.of(ec, ea)));
        copy(dir.resolve("C"), dir.resolve("C2"));
        finals.add(finishAt("C", List.of(ea, eb)));
        finals.add(finishAt("C2", List.of(eb, ea)));
        for (int i = 1; i < finals.size(); i++) {
            assertEquals(finals.get(0), finals.get(i), "result " + i + " differs from result 0: " + diff(finals.get(0), finals.get(i)));
        }
        Map<String, Object> note1 = finals.get(0).get("note").get(n1);
        String text = (String) note1.get("text");
        assertTrue(text.endsWith("\nB5"), "B's edit of another line is merged in: " + text);
        assertTrue(text.startsWith("A1\n") || text.startsWith("C1\n"), text);
        assertEquals(0L, ((Number) finals.get(0).get("note").get(n2).get("deleted")).longValue(), "the unseen edit beats the deletion");
        assertEquals("delete me? no: keep, B added this", finals.get(0).get("note").get(n2).get("text"));
        assertEquals("C-a by Ana\nC-b\nC-c\nC-d by Bo", finals.get(0).get("city").get(cityId).get("context"));
        assertEquals("[\"education\"]", finals.get(0).get("note").get(n3).get("areas"), "different fields combine");
    }

    private Map<String, Map<String, Map<String, Object>>> finishAt(String name, List<Path> bundles) {
        try (Services s = Services.open(dir.resolve(name))) {
            for (Path p : bundles) {
                SyncFixture.importTrusted(s, p);
            }
            assertNoEditVanished(s);
            return SyncFixture.state(s, true);
        }
    }

    private void assertNoEditVanished(Services s) {
        List<ConflictRow> open = s.sync().conflicts().list(true);
        assertTrue(open.stream().anyMatch(c -> c.id().equals(n1) && c.field().equals("text") && c.kind().equals("text")
                && (c.local() + c.remote()).contains("A1") && (c.local() + c.remote()).contains("C1")), "line conflict shown: " + open);
        assertTrue(open.stream().anyMatch(c -> c.id().equals(n1) && c.field().equals("kind") && c.kind().equals("field")),
                "same-field conflict shown: " + open);
        assertTrue(open.stream().anyMatch(c -> c.id().equals(n3) && c.field().equals("speaker_name")), "speaker conflict: " + open);
        assertTrue(open.stream().anyMatch(c -> c.id().equals(n2) && c.kind().equals("delete")), "edit vs delete shown: " + open);
        assertTrue(open.stream().noneMatch(c -> c.field().equals("areas") || c.field().equals("context")),
                "no conflict for different fields or lines: " + open);
    }

    static String diff(Map<String, Map<String, Map<String, Object>>> a, Map<String, Map<String, Map<String, Object>>> b) {
        StringBuilder sb = new StringBuilder();
        for (String t : a.keySet()) {
            for (String id : a.get(t).keySet()) {
                Map<String, Object> ra = a.get(t).get(id);
                Map<String, Object> rb = b.get(t).get(id);
                if (rb == null) {
                    sb.append(t).append(' ').append(id).append(" missing; ");
                    continue;
                }
                for (String col : ra.keySet()) {
                    if (!java.util.Objects.equals(ra.get(col), rb.get(col))) {
                        sb.append(t).append('.').append(col).append(": ").append(ra.get(col)).append(" vs ").append(rb.get(col)).append("; ");
                    }
                }
            }
        }
        return sb.toString();
    }

    static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> p : permutations(rest)) {
                List<T> l = new ArrayList<>();
                l.add(head);
                l.addAll(p);
                out.add(l);
            }
        }
        return out;
    }

    static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("fieldbook.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
