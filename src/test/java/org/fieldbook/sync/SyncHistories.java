package org.fieldbook.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.fieldbook.TestJson;
import org.fieldbook.app.Services;
import org.fieldbook.index.IndexIds;
import org.fieldbook.index.answer.AnswerCodec;
import org.fieldbook.index.answer.AnswerValue;
import org.fieldbook.index.answer.CityAnswer;
import org.fieldbook.index.verify.Verification;
import org.fieldbook.index.verify.VerificationStatus;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.profile.ProfileSection;
import org.fieldbook.profile.SectionStatus;
import org.fieldbook.store.Role;
import org.fieldbook.store.Sql;
import org.fieldbook.sync.exports.ExportRequest;
import org.fieldbook.sync.imports.ImportReport;
import org.fieldbook.visit.City;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.MeetingFormat;
import org.fieldbook.visit.TeamMember;
import org.fieldbook.visit.Visit;
import org.fieldbook.visit.VisitMode;
import org.fieldbook.visit.VisitStatus;

/**
 * Generated sync histories run against real workspaces: two experts, a representative and the office, each with its
 * own skewed wall clock, edit one shared visit, restart, and exchange bundles in any order (lost, repeated, resent,
 * "since last"). A model remembers which edits each workspace had seen when it made each edit, and the checks at the
 * end state what must hold: equal workspaces after a full exchange, no edit silently gone, concurrent edits shown as
 * conflicts, and no import failing after it started writing.
 */
final class SyncHistories {
    static final String[] NAMES = {"E1", "E2", "Rep", "Office"};
    static final int WORKSPACES = NAMES.length;
    static final int MAX_STEPS = 12;
    static final String QUESTIONNAIRE = "icc-index-revised-sample-1";
    static final String Q_NUMBER = "neighbourhoods.1";
    static final String Q_TEXT = "commitment.5";
    static final String Q_VERIFIED = "commitment.1";
    private static final ObjectMapper JSON = TestJson.MAPPER;

    private SyncHistories() {
    }

    // ---------------------------------------------------------------- the steps of a history

    /** What a generated step edits: a plain field (last writer wins, concurrent writes conflict) or one line of a merged text. */
    enum Field {
        CITY_POPULATION("city", "population", false, "100000", "120000", "95000"),
        MEETING_TITLE("meeting", "title", false, "Mayor", "Mayor and deputy", "Council"),
        NOTE_KIND("note", "kind", false, "observation", "concern", "good_practice"),
        NOTE_SPEAKER("note", "speaker_name", false, "", "Ana", "Deputy mayor"),
        NOTE_AREAS("note", "areas", false, "[]", "[\"education\"]", "[\"commitment\",\"education\"]"),
        SECTION_STATUS("profile_section", "status", false, "draft", "ready_for_review", "approved"),
        ANSWER_VALUE("index_answer", "value", false, "10.0", "20.0", "35.5"),
        VERIFICATION_STATUS("index_verification", "status", false, "confirmed", "corrected", "could_not_verify"),
        CITY_CONTEXT("city", "context", true),
        NOTE_TEXT("note", "text", true),
        SECTION_BODY("profile_section", "body", true),
        ANSWER_EVIDENCE("index_answer", "evidence", true),
        VERIFICATION_RATIONALE("index_verification", "rationale", true);

        final String table;
        final String column;
        final boolean text;
        final List<String> values;

        Field(String table, String column, boolean text, String... values) {
            this.table = table;
            this.column = column;
            this.text = text;
            this.values = List.of(values);
        }
    }

    /** Records that can go to the trash and come back. */
    enum Trashable { NOTE, MEETING, ATTACHMENT }

    /** One step of a history; {@code toString} reads as a line of the history. */
    sealed interface Step permits Edit, Trash, NewNote, Attach, Restart, SetClock, Export, Import, ImportDamaged {
        int ws();
    }

    /** Sets a plain field to one of its values, or replaces one line of a merged text (slot picks the record). */
    record Edit(int ws, Field field, int slot, int choice) implements Step {
        @Override
        public String toString() {
            return NAMES[ws] + " edits " + field + "#" + slot + (field.text ? " line " + (choice % 4) : " = " + field.values.get(choice % field.values.size()));
        }
    }

    record Trash(int ws, Trashable what, int slot, boolean delete) implements Step {
        @Override
        public String toString() {
            return NAMES[ws] + (delete ? " deletes " : " restores ") + what + "#" + slot;
        }
    }

    record NewNote(int ws) implements Step {
        @Override
        public String toString() {
            return NAMES[ws] + " writes a new note";
        }
    }

    record Attach(int ws, int noteSlot) implements Step {
        @Override
        public String toString() {
            return NAMES[ws] + " attaches a file to NOTE#" + noteSlot;
        }
    }

    record Restart(int ws) implements Step {
        @Override
        public String toString() {
            return NAMES[ws] + " closes and reopens Fieldbook";
        }
    }

    /** Sets the workspace's wall clock to real time plus {@code skewMinutes} (a clock corrected or gone wrong). */
    record SetClock(int ws, int skewMinutes) implements Step {
        @Override
        public String toString() {
            return NAMES[ws] + "'s clock set to " + (skewMinutes >= 0 ? "+" : "") + skewMinutes + " min";
        }
    }

    record Export(int ws, boolean sinceLast) implements Step {
        @Override
        public String toString() {
            return NAMES[ws] + " exports" + (sinceLast ? " --since-last" : "");
        }
    }

    /** Imports bundle number {@code bundle} (modulo the bundles exported so far; lost bundles are never imported). */
    record Import(int ws, int bundle) implements Step {
        @Override
        public String toString() {
            return NAMES[ws] + " imports bundle #" + bundle;
        }
    }

    /** Imports a copy of bundle number {@code bundle} with one byte changed: it must be refused, the database unchanged. */
    record ImportDamaged(int ws, int bundle, int where) implements Step {
        @Override
        public String toString() {
            return NAMES[ws] + " imports a copy of bundle #" + bundle + " with byte " + where + "/1000 of it changed";
        }
    }

    /** A whole history: each workspace's initial clock skew, the steps, and the order of the final full exchange. */
    record History(List<Integer> skewMinutes, List<Step> steps, long finalOrderSeed, int tickSeconds, boolean relay) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("\n  clocks (min): ");
            for (int i = 0; i < WORKSPACES; i++) {
                sb.append(NAMES[i]).append(' ').append(skewMinutes.get(i) >= 0 ? "+" : "").append(skewMinutes.get(i)).append("  ");
            }
            sb.append("(each step advances every clock by ").append(tickSeconds).append(" s)");
            for (int i = 0; i < steps.size(); i++) {
                sb.append("\n  ").append(i + 1).append(". ").append(steps.get(i));
            }
            sb.append(relay ? "\n  then a full exchange through the office (order seed " : "\n  then a full exchange, every bundle to every"
                    + " workspace (order seed ").append(finalOrderSeed).append(")");
            return sb.toString();
        }
    }

    static Arbitrary<History> histories() {
        Arbitrary<Integer> ws = Arbitraries.integers().between(0, WORKSPACES - 1);
        // few records and lines, so that edits meet: concurrent edits of one field are what the properties are about
        Arbitrary<Integer> slot = Arbitraries.integers().between(0, 2);
        Arbitrary<Step> edit = Combinators.combine(ws, Arbitraries.of(Field.class), slot, Arbitraries.integers().between(0, 11))
                .as(Edit::new);
        Arbitrary<Step> trash = Combinators.combine(ws, Arbitraries.of(Trashable.class), slot, Arbitraries.of(true, false))
                .as(Trash::new);
        Arbitrary<Step> newNote = ws.map(NewNote::new);
        Arbitrary<Step> attach = Combinators.combine(ws, Arbitraries.integers().between(0, 3)).as(Attach::new);
        Arbitrary<Step> restart = ws.map(Restart::new);
        Arbitrary<Step> clock = Combinators.combine(ws, Arbitraries.integers().between(-240, 240)).as(SetClock::new);
        Arbitrary<Step> export = Combinators.combine(ws, Arbitraries.of(false, true)).as(Export::new);
        Arbitrary<Step> imp = Combinators.combine(ws, Arbitraries.integers().between(0, 9)).as(Import::new);
        Arbitrary<Step> damaged = Combinators.combine(ws, Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 999))
                .as(ImportDamaged::new);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, edit), net.jqwik.api.Tuple.of(3, trash), net.jqwik.api.Tuple.of(1, newNote),
                net.jqwik.api.Tuple.of(1, attach), net.jqwik.api.Tuple.of(2, restart), net.jqwik.api.Tuple.of(1, clock),
                net.jqwik.api.Tuple.of(4, export), net.jqwik.api.Tuple.of(5, imp), net.jqwik.api.Tuple.of(1, damaged));
        return Combinators.combine(
                Arbitraries.integers().between(-240, 240).list().ofSize(WORKSPACES),
                step.list().ofMaxSize(MAX_STEPS),
                Arbitraries.longs().between(0, 1000),
                Arbitraries.of(0, 1, 30, 600),
                Arbitraries.of(false, true))
                .as(History::new);
    }

    // ---------------------------------------------------------------- the shared start

    /** Ids of the records every workspace holds at the start. */
    record Ids(String visit, String city, List<String> meetings, List<String> notes, List<String> attachments,
               List<String> sections, String answer, String answerText, String verification) {
    }

    /** Four workspaces that all hold the office's visit, made once and copied for each history. */
    static final class Template {
        final Path dir;
        final Ids ids;

        private Template(Path dir, Ids ids) {
            this.dir = dir;
            this.ids = ids;
        }

        static Template build() throws IOException {
            Path dir = tempDir("fieldbook-histories-");
            Path office = dir.resolve(NAMES[3]);
            Path b0 = dir.resolve("b0.fbz");
            Ids ids;
            try (Services o = Services.open(office)) {
                o.store().setIdentity("Office", Role.OFFICE);
                ids = fill(o);
                SyncFixture.exportVisit(o, ids.visit(), b0);
            }
            Role[] roles = {Role.EXPERT, Role.EXPERT, Role.REPRESENTATIVE};
            for (int i = 0; i < 3; i++) {
                try (Services s = Services.open(dir.resolve(NAMES[i]))) {
                    s.store().setIdentity(NAMES[i], roles[i]);
                    SyncFixture.importTrusted(s, b0);
                }
            }
            for (String n : NAMES) {
                clear(dir.resolve(n).resolve("backups"));
            }
            Files.delete(b0);
            return new Template(dir, ids);
        }

        private static Ids fill(Services o) {
            City city = o.cities().create(City.named("Torino", "Italy"));
            Visit v = o.visits().create(new Visit(null, city.id(), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21),
                    VisitMode.IN_PERSON, VisitStatus.UNDER_WAY, List.of(new TeamMember("Ana", TeamMember.EXPERT))));
            o.store().db().write(c -> o.store().tracker().update(c, "city", city.id(),
                    Map.of("population", 100000, "context", lines("city"))));
            List<String> meetings = new ArrayList<>();
            for (String title : List.of("Mayor", "Schools")) {
                meetings.add(o.meetings().create(new Meeting(null, v.id(), v.start(), LocalTime.of(9, 0), LocalTime.of(10, 0),
                        title, "City hall", MeetingFormat.MEETING)).id());
            }
            List<String> notes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                notes.add(o.notes().save(new Note(null, v.id(), i == 0 ? meetings.get(0) : null, NoteKind.OBSERVATION,
                        lines("note" + i), null, "", List.of())).id());
            }
            List<String> attachments = List.of(o.attachments().attach(notes.get(0), "minutes.txt",
                    "minutes of the meeting\n".getBytes(StandardCharsets.UTF_8)).id());
            List<ProfileSection> all = o.profile().structure(v.id());
            List<String> sections = new ArrayList<>();
            for (ProfileSection s : all.subList(0, 2)) {
                o.profile().saveBody(s.id(), lines("section"));
                o.profile().setStatus(s.id(), SectionStatus.DRAFT);
                sections.add(s.id());
            }
            var answers = o.index().answers();
            answers.setQuestionnaire(v.id(), QUESTIONNAIRE, "test");
            answers.save(v.id(), QUESTIONNAIRE, new CityAnswer(Q_NUMBER, AnswerValue.number(10), lines("evidence")));
            answers.save(v.id(), QUESTIONNAIRE, new CityAnswer(Q_TEXT, AnswerValue.text("A welcome office"), ""));
            o.index().verifications().save(v.id(), QUESTIONNAIRE, new Verification(Q_VERIFIED, VerificationStatus.CONFIRMED, null,
                    lines("rationale"), List.of()));
            return new Ids(v.id(), city.id(), meetings, notes, attachments, sections,
                    IndexIds.answer(v.id(), QUESTIONNAIRE, Q_NUMBER), IndexIds.answer(v.id(), QUESTIONNAIRE, Q_TEXT),
                    IndexIds.verification(v.id(), QUESTIONNAIRE, Q_VERIFIED));
        }

        /** Copies the four workspaces into {@code to} (without lock files and backups). */
        void copyTo(Path to) throws IOException {
            for (String n : NAMES) {
                copyTree(dir.resolve(n), to.resolve(n));
            }
        }
    }

    static String lines(String what) {
        return "0:" + what + "\n1:" + what + "\n2:" + what + "\n3:" + what;
    }

    /**
     * A new temporary folder, in memory (/dev/shm) where the system has one: a history commits a few hundred small
     * transactions, and on a busy disk their fsyncs would be most of its time.
     */
    static Path tempDir(String prefix) throws IOException {
        Path shm = Path.of("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            return Files.createTempDirectory(shm, prefix);
        }
        return Files.createTempDirectory(prefix);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                String name = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!name.equals("fieldbook.lock") && !p.getParent().getFileName().toString().equals("backups")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }

    static void deleteTree(Path dir) {
        try {
            clear(dir);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // temporary files; the next run uses a new folder
        }
    }

    // ---------------------------------------------------------------- running a history against the model

    /** An edit as the model remembers it: who made it, on which field (and line), the value, and what its author had seen. */
    record ModelEdit(int n, int ws, int step, String record, String key, String value, Set<Integer> seen) {
        String table() {
            return record.substring(0, record.indexOf('/'));
        }

        String id() {
            return record.substring(record.indexOf('/') + 1);
        }

        String column() {
            String c = key.substring(record.length() + 1);
            int hash = c.indexOf('#');
            return hash < 0 ? c : c.substring(0, hash);
        }

        @Override
        public String toString() {
            return "edit " + n + " by " + NAMES[ws] + " at step " + (step + 1) + ": " + key + " = " + value;
        }
    }

    /** A bundle as the model remembers it: its file, sender, and what the sender had seen of each record it carries. */
    record ModelBundle(int n, int from, Path file, boolean sinceLast, Map<String, Set<Integer>> knowledge) {
    }

    /** Runs one history in {@code dir} (a fresh folder) and checks every property; throws AssertionError naming the problem. */
    static void run(Template template, History h, Path dir) throws IOException {
        new Run(template, h, dir).go();
    }

    /** Nanoseconds spent per phase (printed by the tests, to find what is slow). */
    static final Map<String, java.util.concurrent.atomic.LongAdder> TIME = new java.util.concurrent.ConcurrentHashMap<>();

    static <T> T timed(String phase, java.util.function.Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            TIME.computeIfAbsent(phase, k -> new java.util.concurrent.atomic.LongAdder()).add(System.nanoTime() - t0);
        }
    }

    /** What the histories exercised (printed by the tests): imports, refusals, conflicts, concurrent edits checked. */
    static final Map<String, java.util.concurrent.atomic.LongAdder> COUNTS = new java.util.concurrent.ConcurrentHashMap<>();

    static void count(String what, long n) {
        COUNTS.computeIfAbsent(what, k -> new java.util.concurrent.atomic.LongAdder()).add(n);
    }

    static String counts() {
        return new java.util.TreeMap<>(COUNTS).entrySet().stream().map(e -> e.getKey() + " " + e.getValue().sum())
                .collect(Collectors.joining(", "));
    }

    static String times() {
        return new java.util.TreeMap<>(TIME).entrySet().stream().map(e -> e.getKey() + " " + e.getValue().sum() / 1_000_000 + " ms")
                .collect(Collectors.joining(", "));
    }

    private static final class Run {
        private final Template template;
        private final History h;
        private final Path dir;
        private final Ids ids;
        private final long start = System.currentTimeMillis();
        private final AtomicLong[] clocks = new AtomicLong[WORKSPACES];
        private final Services[] ws = new Services[WORKSPACES];
        private final List<Map<String, Set<Integer>>> knowledge = new ArrayList<>();
        private final List<ModelEdit> edits = new ArrayList<>();
        private final List<ModelBundle> bundles = new ArrayList<>();
        private final List<String> notes;
        private final List<String> attachments;
        private final StringBuilder log = new StringBuilder();
        private final List<Integer> participants = new ArrayList<>();
        private int step;
        private int imports;

        Run(Template template, History h, Path dir) {
            this.template = template;
            this.h = h;
            this.dir = dir;
            this.ids = template.ids;
            this.notes = new ArrayList<>(ids.notes());
            this.attachments = new ArrayList<>(ids.attachments());
        }

        void go() throws IOException {
            timed("copy", () -> {
                try {
                    template.copyTo(dir);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            });
            try {
                // only the workspaces the history uses take part (and the office, which always does): shorter histories
                // are cheaper, and a shrunk history names only the workspaces it needs
                java.util.TreeSet<Integer> used = new java.util.TreeSet<>();
                h.steps().forEach(st -> used.add(st.ws()));
                used.add(WORKSPACES - 1);
                participants.addAll(used);
                for (int i = 0; i < WORKSPACES; i++) {
                    clocks[i] = new AtomicLong(start + h.skewMinutes().get(i) * 60_000L);
                    knowledge.add(new HashMap<>());
                }
                for (int i : participants) {
                    open(i);
                }
                for (step = 0; step < h.steps().size(); step++) {
                    for (AtomicLong c : clocks) {
                        c.addAndGet(h.tickSeconds() * 1000L);
                    }
                    apply(h.steps().get(step));
                }
                step = h.steps().size();
                finalExchange();
                timed("check", () -> {
                    check();
                    return null;
                });
            } finally {
                timed("close", () -> {
                    for (Services s : ws) {
                        if (s != null) {
                            s.close();
                        }
                    }
                    return null;
                });
            }
        }

        private void open(int i) {
            AtomicLong clock = clocks[i];
            ws[i] = timed("open", () -> Services.open(dir.resolve(NAMES[i]), clock::get));
        }

        private void apply(Step s) throws IOException {
            if (s instanceof Edit e) {
                edit(e);
            } else if (s instanceof Trash t) {
                trash(t);
            } else if (s instanceof NewNote n) {
                Services w = ws[n.ws()];
                String id = w.notes().save(new Note(null, ids.visit(), null, NoteKind.QUOTE, lines("new"), null, "", List.of())).id();
                notes.add(id);
                knowledge.get(n.ws()).put("note/" + id, new HashSet<>());
                log.append("\n  ").append(s).append(" -> note ").append(id);
            } else if (s instanceof Attach a) {
                String note = notes.get(a.noteSlot() % notes.size());
                Services w = ws[a.ws()];
                if (!live(w, "note", note)) {
                    log.append("\n  (skipped: ").append(s).append(")");
                    return;
                }
                byte[] bytes = ("file " + a + " at step " + step + " of " + start).getBytes(StandardCharsets.UTF_8);
                String id = w.attachments().attach(note, "photo" + step + ".txt", bytes).id();
                attachments.add(id);
                log.append("\n  ").append(s).append(" -> attachment ").append(id);
            } else if (s instanceof Restart r) {
                ws[r.ws()].close();
                ws[r.ws()] = null;
                open(r.ws());
            } else if (s instanceof SetClock c) {
                clocks[c.ws()].set(start + (long) c.skewMinutes() * 60_000L + (long) step * h.tickSeconds() * 1000L);
            } else if (s instanceof Export e) {
                export(e.ws(), e.sinceLast());
            } else if (s instanceof ImportDamaged d) {
                if (!bundles.isEmpty()) {
                    importDamaged(d.ws(), bundles.get(d.bundle() % bundles.size()), d.where());
                }
            } else if (s instanceof Import i) {
                if (bundles.isEmpty()) {
                    return;
                }
                ModelBundle b = bundles.get(i.bundle() % bundles.size());
                if (b.from() == i.ws()) {
                    return;
                }
                importInto(i.ws(), b, false);
            }
        }

        private boolean live(Services w, String table, String id) {
            return w.store().db().read(c -> Sql.count(c, "SELECT COUNT(*) FROM " + table + " WHERE id=? AND deleted=0", id)) > 0;
        }

        private String recordOf(Field f, int slot) {
            return switch (f.table) {
                case "city" -> ids.city();
                case "meeting" -> ids.meetings().get(slot % ids.meetings().size());
                case "note" -> notes.get(slot % notes.size());
                case "profile_section" -> ids.sections().get(slot % ids.sections().size());
                case "index_answer" -> ids.answer();
                case "index_verification" -> ids.verification();
                default -> throw new IllegalStateException(f.table);
            };
        }

        private void edit(Edit e) {
            Field f = e.field();
            String id = recordOf(f, e.slot());
            Services w = ws[e.ws()];
            if (!live(w, f.table, id)) {
                log.append("\n  (skipped: ").append(e).append(")");
                return;
            }
            String current = w.store().db().read(c -> Sql.one(c, "SELECT " + f.column + " FROM " + f.table + " WHERE id=?",
                    rs -> rs.getString(1), id)).orElse(null);
            String record = f.table + "/" + id;
            if (f.text) {
                int line = e.choice() % 4;
                String token = line + ":" + NAMES[e.ws()] + "s" + (step + 1);
                String text = replaceLine(current == null ? "" : current, line, token);
                if (f == Field.SECTION_BODY) {
                    w.profile().saveBody(id, text);
                } else {
                    w.store().db().write(c -> w.store().tracker().update(c, f.table, id, Map.of(f.column, text)));
                }
                remember(e.ws(), record, record + "/" + f.column + "#" + line, token);
            } else {
                String raw = f.values.get(e.choice() % f.values.size());
                String value = f == Field.ANSWER_VALUE ? AnswerCodec.encode(AnswerValue.number(Double.parseDouble(raw))) : raw;
                if (Objects.equals(value, current)) {
                    log.append("\n  (no change: ").append(e).append(")");
                    return;
                }
                Object typed = f == Field.CITY_POPULATION ? (Object) Long.parseLong(value) : value;
                w.store().db().write(c -> w.store().tracker().update(c, f.table, id, Map.of(f.column, typed)));
                remember(e.ws(), record, record + "/" + f.column, value);
            }
        }

        private void trash(Trash t) {
            String table = switch (t.what()) {
                case NOTE -> "note";
                case MEETING -> "meeting";
                case ATTACHMENT -> "attachment";
            };
            List<String> pool = switch (t.what()) {
                case NOTE -> notes;
                case MEETING -> ids.meetings();
                case ATTACHMENT -> attachments;
            };
            String id = pool.get(t.slot() % pool.size());
            Services w = ws[t.ws()];
            Long deleted = w.store().db().read(c -> Sql.one(c, "SELECT deleted FROM " + table + " WHERE id=?", rs -> rs.getLong(1), id))
                    .orElse(null);
            if (deleted == null || (deleted == 1) == t.delete()) {
                log.append("\n  (skipped: ").append(t).append(")");
                return;
            }
            w.store().db().write(c -> t.delete() ? w.store().tracker().delete(c, table, id) : w.store().tracker().restore(c, table, id));
            remember(t.ws(), table + "/" + id, table + "/" + id + "/deleted", t.delete() ? "1" : "0");
        }

        private void remember(int w, String record, String key, String value) {
            Set<Integer> seen = knowledge.get(w).computeIfAbsent(record, k -> new HashSet<>());
            ModelEdit e = new ModelEdit(edits.size(), w, step, record, key, value, Set.copyOf(seen));
            edits.add(e);
            seen.add(e.n());
        }

        private ModelBundle export(int w, boolean sinceLast) throws IOException {
            Path file = dir.resolve("bundle-" + bundles.size() + "-" + NAMES[w] + ".fbz");
            timed("export", () -> ws[w].sync().export(new ExportRequest(ids.visit(), sinceLast, null, file), Progress.NONE, new Cancellation()));
            Map<String, Set<Integer>> carried = new HashMap<>();
            for (String record : recordsIn(file)) {
                carried.put(record, Set.copyOf(knowledge.get(w).getOrDefault(record, Set.of())));
            }
            ModelBundle b = new ModelBundle(bundles.size(), w, file, sinceLast, carried);
            bundles.add(b);
            log.append("\n  ").append(NAMES[w]).append(" exports bundle #").append(b.n()).append(sinceLast ? " (since last)" : "")
                    .append(" with ").append(carried.size()).append(" records");
            return b;
        }

        /** Imports and checks property 4: it succeeds, or it is refused cleanly with the database exactly as before. */
        private void importInto(int w, ModelBundle b, boolean mustSucceed) {
            Services s = ws[w];
            // Only a "since last" bundle can be refused here (it may name a record the receiver lacks); a full bundle
            // must be accepted, so the dump is taken where a refusal is possible.
            String before = b.sinceLast() ? timed("checksum", () -> SyncFixture.dumpChecksum(s)) : null;
            imports++;
            ImportReport r;
            try {
                r = timed("import", () -> SyncFixture.importTrusted(s, b.file()));
            } catch (BundleRejected refused) {
                count("imports refused cleanly", 1);
                log.append("\n  ").append(NAMES[w]).append(" imports bundle #").append(b.n()).append(": refused (").append(refused.getMessage()).append(")");
                if (before == null || mustSucceed) {
                    throw fail("the full bundle #" + b.n() + " was refused by " + NAMES[w] + ": " + refused.getMessage());
                }
                if (!before.equals(SyncFixture.dumpChecksum(s))) {
                    throw fail("a refused import changed " + NAMES[w] + "'s database: " + refused.getMessage());
                }
                return;
            } catch (RuntimeException other) {
                AssertionError e = fail("importing bundle #" + b.n() + " into " + NAMES[w] + " failed with " + other
                        + (before == null ? "" : before.equals(SyncFixture.dumpChecksum(s)) ? " (database unchanged)"
                        : " AFTER CHANGING THE DATABASE"));
                e.initCause(other);
                throw e;
            }
            log.append("\n  ").append(NAMES[w]).append(" imports bundle #").append(b.n()).append(": ")
                    .append(r.alreadyImported() ? "already imported" : r.inserted() + " new, " + r.updated() + " changed, "
                            + r.conflicts().size() + " conflicts");
            count("imports", 1);
            Map<String, Set<Integer>> mine = knowledge.get(w);
            b.knowledge().forEach((record, seen) -> mine.computeIfAbsent(record, k -> new HashSet<>()).addAll(seen));
        }

        /** Property 4 against real data at any point of a history: a damaged copy is refused and changes nothing. */
        private void importDamaged(int w, ModelBundle b, int where) throws IOException {
            byte[] bytes = Files.readAllBytes(b.file());
            int at = (int) ((long) bytes.length * where / 1000);
            bytes[at] ^= 0x5A;
            Path copy = dir.resolve("damaged-" + step + ".fbz");
            Files.write(copy, bytes);
            Services s = ws[w];
            String before = timed("checksum", () -> SyncFixture.dumpChecksum(s));
            try {
                ImportReport r = SyncFixture.importTrusted(s, copy);
                // a changed byte the bundle does not depend on (the ZIP's own comment or time fields) may leave it valid
                log.append("\n  ").append(NAMES[w]).append(" imports a damaged copy of bundle #").append(b.n()).append(" (byte ")
                        .append(at).append("): accepted, ").append(r.alreadyImported() ? "already imported" : "applied");
                if (!r.alreadyImported()) {
                    Map<String, Set<Integer>> mine = knowledge.get(w);
                    b.knowledge().forEach((record, seen) -> mine.computeIfAbsent(record, k -> new HashSet<>()).addAll(seen));
                }
                count("damaged copies accepted (byte outside the content)", 1);
                return;
            } catch (BundleRejected refused) {
                count("damaged copies refused", 1);
                log.append("\n  ").append(NAMES[w]).append(" imports a damaged copy of bundle #").append(b.n()).append(" (byte ")
                        .append(at).append("): refused (").append(refused.getMessage()).append(")");
            } catch (RuntimeException other) {
                AssertionError e = fail("a damaged copy of bundle #" + b.n() + " (byte " + at + ") made the import into " + NAMES[w]
                        + " fail with " + other + " instead of a refusal");
                e.initCause(other);
                throw e;
            }
            if (!before.equals(SyncFixture.dumpChecksum(s))) {
                throw fail("a refused damaged bundle changed " + NAMES[w] + "'s database");
            }
        }

        private void finalExchange() throws IOException {
            log.append("\n  -- full exchange --");
            java.util.Random order = new java.util.Random(h.finalOrderSeed());
            if (h.relay()) {
                // every workspace sends its full bundle to the office, which sends everything back in one bundle
                int office = WORKSPACES - 1;
                List<ModelBundle> in = new ArrayList<>();
                for (int i : participants) {
                    if (i != office) {
                        in.add(export(i, false));
                    }
                }
                java.util.Collections.shuffle(in, order);
                for (ModelBundle b : in) {
                    importInto(office, b, true);
                }
                ModelBundle back = export(office, false);
                for (int i : participants) {
                    if (i != office) {
                        importInto(i, back, true);
                    }
                }
                return;
            }
            List<ModelBundle> full = new ArrayList<>();
            for (int i : participants) {
                full.add(export(i, false));
            }
            for (int k = 0; k < participants.size(); k++) {
                int i = participants.get(k);
                List<ModelBundle> others = new ArrayList<>(full);
                others.remove(k);
                java.util.Collections.shuffle(others, order);
                for (ModelBundle b : others) {
                    importInto(i, b, true);
                }
            }
        }

        // ------------------------------------------------------------ the properties

        private void check() {
            List<Map<String, Map<String, Map<String, Object>>>> states = new ArrayList<>();
            List<ConflictRow> conflicts = new ArrayList<>();
            for (int i : participants) {
                states.add(SyncFixture.state(ws[i], true));
                conflicts.addAll(ws[i].sync().conflicts().list(true));
            }
            // (1) every bundle reached every workspace: all are equal
            for (int k = 1; k < participants.size(); k++) {
                int i = participants.get(k);
                if (!states.get(0).equals(states.get(k))) {
                    throw fail("after the full exchange " + NAMES[i] + " differs from " + NAMES[participants.get(0)] + ": "
                            + SyncConvergenceTest.diff(states.get(0), states.get(k)) + " / " + SyncConvergenceTest.diff(states.get(k), states.get(0)));
                }
            }
            var end = states.get(0);
            count("histories", 1);
            count("edits", edits.size());
            count("open conflicts at the end", conflicts.size());
            // every record written during the history is still there, and every attachment's file reached everyone
            for (String id : notes) {
                if (!end.get("note").containsKey(id)) {
                    throw fail("note " + id + " written during the history is gone");
                }
            }
            for (String id : attachments) {
                Map<String, Object> a = end.get("attachment").get(id);
                if (a == null) {
                    throw fail("attachment " + id + " is gone");
                }
                for (int i : participants) {
                    if (!ws[i].attachments().files().has((String) a.get("sha256"))) {
                        throw fail("the file of attachment " + id + " did not reach " + NAMES[i]);
                    }
                }
            }
            Map<String, List<ModelEdit>> byKey = edits.stream().collect(Collectors.groupingBy(ModelEdit::key, LinkedHashMap::new, Collectors.toList()));
            for (var e : byKey.entrySet()) {
                List<ModelEdit> alive = e.getValue().stream()
                        .filter(x -> e.getValue().stream().noneMatch(y -> y != x && y.seen().contains(x.n()))).toList();
                for (ModelEdit x : alive) {
                    // (2) an edit nobody overwrote knowingly is in the end state, or shown as an open conflict
                    if (!present(end, x) && !inConflict(conflicts, x, false)) {
                        throw fail("silently lost: " + x + " (end value " + endValue(end, x) + ", open conflicts on it: "
                                + conflictsOn(conflicts, x) + ")");
                    }
                }
                // (3) two edits neither of which saw the other (and different) are a conflict, not a coin toss
                for (ModelEdit x : alive) {
                    for (ModelEdit y : alive) {
                        if (x.n() < y.n() && !x.value().equals(y.value())) {
                            count("concurrent edit pairs", 1);
                        }
                        if (x.n() < y.n() && !x.value().equals(y.value()) && conflictsOn(conflicts, x).isEmpty()) {
                            throw fail("concurrent edits settled without a conflict: " + x + " and " + y + " (end value "
                                    + endValue(end, x) + ")");
                        }
                    }
                }
            }
            // an edit that the deletion which won had not seen keeps the record, or the deletion is an open conflict
            for (ModelEdit x : edits) {
                if (x.key().endsWith("/deleted")) {
                    continue;
                }
                Map<String, Object> row = end.get(x.table()).get(x.id());
                boolean deleted = row != null && ((Number) row.get("deleted")).longValue() == 1;
                if (deleted && edits.stream().noneMatch(d -> d.record().equals(x.record()) && d.key().endsWith("/deleted")
                        && d.value().equals("1") && d.seen().contains(x.n()))
                        && conflicts.stream().noneMatch(k -> k.table().equals(x.table()) && k.id().equals(x.id()) && k.kind().equals("delete"))) {
                    throw fail("deleted by someone who had not seen it, without a conflict: " + x);
                }
            }
        }

        private static String endValue(Map<String, Map<String, Map<String, Object>>> end, ModelEdit x) {
            Map<String, Object> row = end.get(x.table()).get(x.id());
            return row == null ? "(no record)" : String.valueOf(row.get(x.column()));
        }

        private static boolean present(Map<String, Map<String, Map<String, Object>>> end, ModelEdit x) {
            String v = endValue(end, x);
            if (x.key().contains("#")) {
                return List.of(v.split("\n", -1)).contains(x.value());
            }
            return v.equals(x.value());
        }

        private static List<ConflictRow> conflictsOn(List<ConflictRow> conflicts, ModelEdit x) {
            return conflicts.stream().filter(k -> k.table().equals(x.table()) && k.id().equals(x.id()) && k.field().equals(x.column()))
                    .toList();
        }

        private static boolean inConflict(List<ConflictRow> conflicts, ModelEdit x, boolean any) {
            for (ConflictRow k : conflictsOn(conflicts, x)) {
                if (x.key().contains("#")) {
                    if (List.of(String.valueOf(k.local()).split("\n", -1)).contains(x.value())
                            || List.of(String.valueOf(k.remote()).split("\n", -1)).contains(x.value())) {
                        return true;
                    }
                } else if (x.value().equals(k.local()) || x.value().equals(k.remote())) {
                    return true;
                }
            }
            return false;
        }

        private AssertionError fail(String what) {
            return new AssertionError(what + "\nhistory:" + h + "\nwhat happened:" + log);
        }
    }

    static String replaceLine(String text, int line, String token) {
        String[] parts = text.split("\n", -1);
        String prefix = line + ":";
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith(prefix)) {
                parts[i] = token;
                return String.join("\n", parts);
            }
        }
        return text.isEmpty() ? token : text + "\n" + token;
    }

    /** table/id of every record a bundle carries. */
    static List<String> recordsIn(Path bundle) throws IOException {
        List<String> out = new ArrayList<>();
        for (var e : BundleForge.payload(bundle).entrySet()) {
            String path = e.getKey();
            if (path.startsWith("data/records/") && path.endsWith(".json")) {
                String table = path.substring("data/records/".length(), path.length() - ".json".length());
                JsonNode arr = JSON.readTree(e.getValue());
                for (JsonNode r : arr) {
                    out.add(table + "/" + r.path("id").asText());
                }
            }
        }
        return out;
    }
}
