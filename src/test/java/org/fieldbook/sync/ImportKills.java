package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.store.Sql;
import org.fieldbook.visit.Visit;

/**
 * Kills a child JVM ({@link ImportKillChild}) at chosen points of a real import into a workspace that already holds
 * data, then checks the workspace as the next start finds it: integrity check ok, and its dump equal to the dump
 * before the import or to the dump after it (both taken from one import run to its end in a copy), with no
 * half-written or unreferenced backup left after reopening.
 */
final class ImportKills {
    /** Where a kill point landed. */
    enum Landed { BEFORE, AFTER }

    /** One kill point: the delay after the start of its step, where it landed and the import step it had reached. */
    record Outcome(long delayMs, Landed landed, String step, boolean partialBackupLeft) {
    }

    private final Path dir;
    private final Path template;
    private final Path bundle;
    private String before;
    private String after;
    private long importMillis;
    private final Map<String, long[]> windows = new java.util.LinkedHashMap<>();
    /** For each window, what a kill waits for before its delay: a line the child prints, or {@link #PARTIAL}. */
    private final Map<String, String> anchors = new java.util.LinkedHashMap<>();
    /** The anchor "the backup's .partial file has appeared". */
    private static final String PARTIAL = "partial backup file";
    private final List<Outcome> outcomes = new ArrayList<>();

    private ImportKills(Path dir, Path template, Path bundle) {
        this.dir = dir;
        this.template = template;
        this.bundle = bundle;
    }

    /**
     * Builds Ana's workspace and the office's (its own visit and notes, Ana's first bundle imported, one of her notes
     * corrected at the office), and Ana's second bundle: many edits, new notes, a deletion, a new 600 KB attachment and
     * an edit of the note the office corrected (a conflict). Then runs the import once to its end in a copy.
     */
    static ImportKills prepare(Path dir) throws Exception {
        Path template = dir.resolve("office");
        Path first = dir.resolve("first.fbz");
        Path second = dir.resolve("second.fbz");
        try (Services a = SyncFixture.open(dir.resolve("ana"), "Ana");
             Services o = SyncFixture.open(template, "Office")) {
            Visit v = SyncRoundTripTest.fill(a);
            for (int i = 0; i < 80; i++) {
                a.notes().save(note(v, "Ana's note " + i));
            }
            SyncFixture.exportVisit(a, v.id(), first);
            Visit own = TestWorkspace.visit(o, "Strasbourg");
            for (int i = 0; i < 150; i++) {
                o.notes().save(note(own, "Office note " + i));
            }
            SyncFixture.importTrusted(o, first);
            List<Note> anas = a.notes().forVisit(v.id());
            String shared = anas.get(0).id();
            o.notes().save(o.notes().find(shared).orElseThrow().withText("corrected at the office"));
            a.notes().save(anas.get(0).withText("corrected by Ana"));
            for (int i = 1; i < 40; i++) {
                a.notes().save(anas.get(i).withText(anas.get(i).text() + " (checked again)"));
            }
            a.notes().delete(anas.get(60).id());
            for (int i = 0; i < 80; i++) {
                a.notes().save(note(v, "Ana's second-round note " + i));
            }
            a.attachments().attach(anas.get(1).id(), "scan.jpg", SyncRoundTripTest.jpeg(600_000));
            SyncFixture.exportVisit(a, v.id(), second);
        }
        ImportKills k = new ImportKills(dir, template, second);
        k.reference();
        return k;
    }

    private static Note note(Visit v, String title) {
        return new Note(null, v.id(), null, NoteKind.OBSERVATION, (title + ": what the welcome office said. ").repeat(20),
                null, "", List.of("education"));
    }

    /**
     * The "before" and "after" dumps, and the windows of the import's steps (milliseconds after READY) in a child,
     * from one run to its end. The backup's write is seen from outside: the time its {@code .partial} file exists.
     */
    private void reference() throws Exception {
        Path ws = copy("reference");
        try (Services s = Services.open(ws)) {
            before = SyncFixture.dumpChecksumWithoutImportTimes(s);
        }
        Process child = start(ws, "reference");
        long partialFrom = -1;
        long partialTo = -1;
        try {
            Lines out = new Lines(child);
            awaitReady(out, "reference");
            while (child.isAlive()) {
                boolean partial = names(ws.resolve("backups")).stream().anyMatch(n -> n.contains(".partial"));
                long now = System.nanoTime();
                if (partial) {
                    partialFrom = partialFrom < 0 ? now : partialFrom;
                    partialTo = now;
                }
                Thread.sleep(1);
            }
            List<String> lines = out.all();
            assertTrue(lines.contains("COMMITTED"), "the reference import ended: " + lines + stderr("reference"));
            long ready = out.seen("READY");
            long plan = out.seen("PHASE plan") - ready;
            long apply = out.seen("PHASE apply") - ready;
            long committed = out.seen("COMMITTED") - ready;
            windows.put("validation", new long[] {0, plan});
            windows.put("backup write", partialFrom < 0 ? new long[] {0, plan} : new long[] {partialFrom - ready, partialTo - ready});
            windows.put("plan, wait for backup, attachments", new long[] {plan, apply});
            windows.put("apply and commit", new long[] {apply, committed});
            // around the commit: from 70 % to 150 % of the apply step, where a kill may land on either side
            windows.put("around the commit", new long[] {apply + (committed - apply) * 7 / 10, apply + (committed - apply) * 15 / 10});
            windows.replaceAll((k, w) -> new long[] {TimeUnit.NANOSECONDS.toMillis(w[0]), TimeUnit.NANOSECONDS.toMillis(w[1])});
            anchors.put("validation", "READY");
            anchors.put("backup write", partialFrom < 0 ? "READY" : PARTIAL);
            anchors.put("plan, wait for backup, attachments", "PHASE plan");
            anchors.put("apply and commit", "PHASE apply");
            anchors.put("around the commit", "PHASE apply");
            importMillis = windows.get("apply and commit")[1];
        } finally {
            end(child);
        }
        try (Services s = Services.open(ws)) {
            assertEquals("ok", integrity(s));
            after = SyncFixture.dumpChecksumWithoutImportTimes(s);
            assertEquals(2, backups(s).size(), "the office's two imports kept their backups");
        }
        assertNotEquals(before, after, "the import changes the workspace");
        deleteTree(ws);
    }

    /**
     * {@code count} kill points spread over the steps of the import: the i-th goes to window i modulo the number of
     * windows (validation, the backup's write, planning and storing attachments, apply and commit, and around the
     * commit: 70 % to 150 % of the apply step). It waits in the child for the start of that step (the line the child
     * prints, or the backup's {@code .partial} file appearing), then for a random moment of the window as measured in
     * the reference run. Anchoring on the child's own progress keeps the spread when the machine is slower or faster
     * than during the reference run.
     */
    List<Outcome> run(int count, long seed) throws Exception {
        Random random = new Random(seed);
        List<String> steps = List.copyOf(windows.keySet());
        for (int i = 0; i < count; i++) {
            String window = steps.get(i % steps.size());
            long[] w = windows.get(window);
            long[] anchor = windows.get(anchors.get(window).equals("PHASE apply") ? "apply and commit" : window);
            long delay = w[0] - anchor[0] + Math.round(random.nextDouble() * Math.max(0, w[1] - w[0]));
            outcomes.add(killAfter(anchors.get(window), delay, "kill-" + outcomes.size()));
        }
        return outcomes;
    }

    /**
     * Starts the import in a fresh copy, kills it {@code delayMs} after {@code anchor} (a line the child prints, or
     * {@link #PARTIAL}), and checks what the next open finds.
     */
    Outcome killAfter(String anchor, long delayMs, String name) throws Exception {
        Path ws = copy(name);
        Process child = start(ws, name);
        List<String> lines;
        try {
            Lines out = new Lines(child);
            awaitReady(out, name);
            if (anchor.equals(PARTIAL)) {
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                while (names(ws.resolve("backups")).stream().noneMatch(n -> n.contains(".partial")) && !out.has("PHASE plan")
                        && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
            } else if (!out.await(anchor)) {
                fail(name + ": the child never printed " + anchor + stderr(name));
            }
            Thread.sleep(delayMs);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not end");
            lines = out.all();
        } finally {
            end(child);
        }
        String step = lines.contains("COMMITTED") ? "returned" : lines.stream().filter(l -> l.startsWith("PHASE "))
                .reduce((x, y) -> y).map(l -> l.substring(6)).orElse("validate");
        boolean partialLeft = names(ws.resolve("backups")).stream().anyMatch(n -> n.contains(".partial"));
        Landed landed;
        try (Services s = Services.open(ws)) {
            assertEquals("ok", integrity(s),
                    name + ": integrity check after a kill " + delayMs + " ms after " + anchor + " (" + step + ")");
            String dump = SyncFixture.dumpChecksumWithoutImportTimes(s);
            if (dump.equals(before)) {
                landed = Landed.BEFORE;
            } else if (dump.equals(after)) {
                landed = Landed.AFTER;
            } else {
                throw new AssertionError(name + ": killed " + delayMs + " ms after " + anchor + " (" + step + "), the workspace "
                        + "is neither as before nor as after the import");
            }
            Set<String> left = names(s.store().workspace().backups());
            assertFalse(left.stream().anyMatch(n -> n.contains(".partial")), name + ": a half-written backup was left: " + left);
            assertEquals(new TreeSet<>(backups(s)), left, name + ": the backups left are exactly those of applied imports");
            assertFalse(names(s.store().workspace().attachments()).stream().anyMatch(n -> n.startsWith("incoming-")),
                    name + ": attachment staging left behind");
        }
        if (step.equals("returned")) {
            assertEquals(Landed.AFTER, landed, name + ": the import had returned, so it had committed");
        }
        deleteTree(ws);
        deleteTree(dir.resolve(name + ".err"));
        return new Outcome(delayMs, landed, step, partialLeft);
    }

    /** "n kill points: b before, a after; by step: …; k left a half-written backup (gone after reopening)". */
    String summary() {
        long b = outcomes.stream().filter(o -> o.landed() == Landed.BEFORE).count();
        Map<String, String> bySteps = new TreeMap<>();
        outcomes.stream().collect(Collectors.groupingBy(Outcome::step, TreeMap::new, Collectors.toList()))
                .forEach((step, os) -> bySteps.put(step, os.size() + " (" + os.stream().filter(o -> o.landed() == Landed.BEFORE)
                        .count() + " before)"));
        long partial = outcomes.stream().filter(Outcome::partialBackupLeft).count();
        String steps = windows.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "-" + e.getValue()[1] + " ms")
                .collect(Collectors.joining(", "));
        return outcomes.size() + " kill points over an import of " + importMillis + " ms (" + steps + "): " + b + " landed before, "
                + (outcomes.size() - b) + " after; by step reached: " + bySteps + "; " + partial
                + " left a half-written backup (removed at reopening)";
    }

    private static String integrity(Services s) {
        return s.store().db().read(c -> Sql.one(c, "PRAGMA integrity_check", rs -> rs.getString(1)).orElseThrow());
    }

    private static List<String> backups(Services s) {
        return s.store().db().read(c -> Sql.list(c, "SELECT backup FROM sync_import WHERE status='applied' AND backup <> ''",
                rs -> rs.getString(1)));
    }

    private Process start(Path ws, String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a quick-starting child (C1 only, serial GC): most of each kill point's time is the child's start
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), ImportKillChild.class.getName(), ws.toString(), bundle.toString());
        pb.redirectError(dir.resolve(name + ".err").toFile());
        return pb.start();
    }

    /** The child's output lines, read on a thread of their own until the child ends. */
    private static final class Lines {
        private final List<String> lines = new ArrayList<>();
        private final Map<String, Long> seen = new java.util.HashMap<>();
        private final Thread reader;

        Lines(Process child) {
            reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        synchronized (lines) {
                            lines.add(line);
                            seen.putIfAbsent(line, System.nanoTime());
                            lines.notifyAll();
                        }
                    }
                } catch (IOException ignored) {
                    // the child was killed: what was read is what it said
                }
            }, "import-kill-child-output");
            reader.setDaemon(true);
            reader.start();
        }

        /** Waits until {@code line} was printed; false when the child ended (or 2 minutes passed) without it. */
        boolean await(String line) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            synchronized (lines) {
                while (!lines.contains(line)) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || (!reader.isAlive() && !lines.contains(line))) {
                        return lines.contains(line);
                    }
                    lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 100)));
                }
                return true;
            }
        }

        /** Whether {@code line} was printed already. */
        boolean has(String line) {
            synchronized (lines) {
                return lines.contains(line);
            }
        }

        /** When {@code line} was first read (System.nanoTime), or fails when it never was. */
        long seen(String line) {
            synchronized (lines) {
                Long t = seen.get(line);
                if (t == null) {
                    throw new AssertionError("the child never printed " + line + ": " + lines);
                }
                return t;
            }
        }

        /** Everything printed, once the output has ended. */
        List<String> all() throws InterruptedException {
            reader.join(TimeUnit.SECONDS.toMillis(30));
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }
    }

    private void awaitReady(Lines out, String name) throws InterruptedException {
        if (!out.await("READY")) {
            fail("the child never opened the workspace" + stderr(name));
        }
    }

    private static void end(Process child) throws InterruptedException {
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
    }

    private String stderr(String name) {
        try {
            return "\n" + Files.readString(dir.resolve(name + ".err"));
        } catch (IOException e) {
            return "";
        }
    }

    private Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        try (Stream<Path> walk = Files.walk(template)) {
            for (Path p : walk.toList()) {
                Path t = target.resolve(template.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
