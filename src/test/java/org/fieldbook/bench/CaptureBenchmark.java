package org.fieldbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.search.SearchHit;
import org.fieldbook.search.SearchQuery;
import org.fieldbook.store.Role;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 2's capture benchmark: a large workspace (150 cities, 600 visits, 20,000 stakeholders, 200,000 notes,
 * one visit with 1,500 notes), then note saves, searches, opening the big visit, and the heap in use.
 * Run with {@code ./mvnw -B -Pbench verify}; figures go to target/bench/results.json.
 */
@Tag("bench")
class CaptureBenchmark {
    static final LargeWorkspace.Shape SHAPE = new LargeWorkspace.Shape(150, 600, 20_000, 200_000, 1_500, 12);
    private static final int SAVES = 600;
    private static final String[] WARMUP = {"transport", "citizenship", "youth sport", "volunteers", "employment",
        "tramway", "Rathaus", "mosquée", "jeunesse", "kindergarten"};
    private static final String[] QUERIES = {"médiation", "mediation", "welcome office", "guichet d'accueil", "discrimination",
            "Diskriminierung", "budget participatif", "participatory budget", "écoles quartier", "schools harbour", "Hélène",
            "helene dubois", "Müller", "Yılmaz", "library", "médiathèque", "Bibliothek", "biblioteca", "language café",
            "café des langues", "Sprachcafé", "police municipale", "housing office", "logement emploi", "festival minority",
            "artistes minorités", "intercultural competence", "compétence interculturelle", "observatoire indépendant",
            "Tanneries", "Saint-Aubert", "Hafenviertel", "Barrio del Carmen", "youth council", "conseil des jeunes",
            "Frauenverein", "chamber of commerce", "chambre de commerce", "newcomers", "nouveaux arrivants", "integr", "discrim",
            "mayor", "World Café", "press debriefing", "Garibaldi", "García", "Kovačević", "Åström", "Ibáñez"};

    /** Reads run on the calling thread, so its CPU time is what a search or a visit open costs without other load. */
    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    /**
     * With {@code -Dfieldbook.bench.workspace=DIR} the generated workspace is kept in DIR and reused by the next
     * run (for profiling); by default it lives in a temporary folder.
     */
    @Test
    void captureFiguresOnALargeWorkspace() {
        String keep = System.getProperty("fieldbook.bench.workspace", "");
        Path dir = keep.isBlank() ? this.dir : Path.of(keep);
        LargeWorkspace.Generated data;
        if (java.nio.file.Files.exists(dir.resolve("fieldbook.db"))) {
            try (Services s = Services.open(dir)) {
                data = LargeWorkspace.find(s);
            }
        } else {
            long t0 = System.nanoTime();
            try (Services s = Services.open(dir)) {
                s.store().setIdentity("Bench Expert", Role.EXPERT);
                data = new LargeWorkspace().generate(s, SHAPE, s.areas().list());
            }
            BenchResults.record("capture_generate_s", (System.nanoTime() - t0) / 1e9, Double.NaN, true);
        }

        long t1 = System.nanoTime();
        double heapMb;
        try (Services s = Services.open(dir)) {
            BenchResults.record("workspace_open_ms", (System.nanoTime() - t1) / 1e6, Double.NaN, true);
            assertTrue(s.visits().summaries().size() >= SHAPE.visits());

            // The first open also pays for loading and compiling the code paths; the figure is the median of the next five.
            double coldOpen = openVisit(s, data.bigVisitId());
            double[] warm = new double[5];
            double[] warmCpu = new double[5];
            for (int i = 0; i < warm.length; i++) {
                long cpu = CPU.getCurrentThreadCpuTime();
                warm[i] = openVisit(s, data.bigVisitId());
                warmCpu[i] = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
            }
            BenchResults.record("visit_open_cpu_ms", percentile(warmCpu, 50), Double.NaN, true);
            BenchResults.record("visit_open_first_ms", coldOpen, Double.NaN, true);
            BenchResults.record("visit_open_ms", percentile(warm, 50), 200, true);

            BenchResults.record("search_p95_ms", searchP95(s, data), 50, true);
            BenchResults.record("note_save_p99_ms", saveP99(s, data.bigVisitId()), 10, true);
            BenchResults.record("load_average_1min", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Double.NaN, true);
            BenchResults.record("notes_total", s.store().db().read(c -> org.fieldbook.store.Sql.count(c,
                    "SELECT count(*) FROM note")), Double.NaN, false);
            // heap in use while the workspace is open and has just served the visits and searches (after a GC, so
            // what is measured is what the open workspace keeps, not garbage); measured before it is closed
            System.gc();
            System.gc();
            heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
        }
        double peakMb = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakMb += pool.getPeakUsage().getUsed() / (1024.0 * 1024.0);
            }
        }
        BenchResults.record("heap_used_mb", heapMb, 256, true);
        BenchResults.record("heap_peak_mb", peakMb, 256, true);
        BenchResults.record("heap_max_mb", Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0), Double.NaN, true);
        try {
            BenchResults.printTable();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the visit screen loads when it opens: summary, city, programme, notes, per-area counts, directory. */
    private static double openVisit(Services s, String visitId) {
        long t = System.nanoTime();
        var summary = s.visits().summary(visitId).orElseThrow();
        Visit visit = s.visits().find(visitId).orElseThrow();
        var city = s.cities().find(visit.cityId()).orElseThrow();
        var meetings = s.meetings().forVisit(visitId);
        List<Note> notes = s.notes().forVisit(visitId);
        var counts = s.notes().countsByArea(visitId);
        var directory = s.stakeholders().forCity(visit.cityId());
        var areas = s.areas().list();
        double ms = (System.nanoTime() - t) / 1e6;
        assertTrue(notes.size() >= SHAPE.bigVisitNotes() && summary.notes() == notes.size());
        assertFalse(meetings.isEmpty() || counts.isEmpty() || directory.isEmpty() || areas.isEmpty() || city.name().isEmpty());
        return ms;
    }

    static double searchP95(Services s, LargeWorkspace.Generated data) {
        Random r = new Random(7);
        List<SearchQuery> queries = new ArrayList<>();
        String[] kinds = Arrays.stream(NoteKind.values()).map(NoteKind::id).toArray(String[]::new);
        var areas = s.areas().list();
        for (int i = 0; i < 200; i++) {
            String text = QUERIES[i % QUERIES.length];
            String visit = i % 4 == 1 ? data.visitIds().get(r.nextInt(data.visitIds().size())) : i % 4 == 3 ? data.bigVisitId() : null;
            String kind = i % 10 == 5 ? kinds[r.nextInt(kinds.length)] : null;
            String area = i % 10 == 7 ? areas.get(r.nextInt(areas.size())).id() : null;
            queries.add(new SearchQuery(text, visit, area, kind, 50));
        }
        // warm-up on other words, so the measured queries do not find their own pages already cached
        for (String w : WARMUP) {
            s.search().search(new SearchQuery(w, null, null, null, 50));
        }
        double[] times = new double[queries.size()];
        double[] cpuTimes = new double[queries.size()];
        int withHits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long cpu = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            List<SearchHit> hits = s.search().search(queries.get(i));
            times[i] = (System.nanoTime() - t) / 1e6;
            cpuTimes[i] = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
            if (!hits.isEmpty()) {
                withHits++;
                assertTrue(hits.get(0).snippet().contains(org.fieldbook.search.SearchService.MARK_START), hits.get(0).snippet());
            }
        }
        if (Boolean.getBoolean("bench.searchDetail")) {
            for (int i = 0; i < queries.size(); i++) {
                System.out.printf("BENCH | search %6.1f ms %s%n", times[i], queries.get(i));
            }
        }
        assertTrue(withHits > queries.size() / 2, "most queries find something: " + withHits);
        BenchResults.record("search_median_ms", percentile(times, 50), Double.NaN, true);
        BenchResults.record("search_p95_cpu_ms", percentile(cpuTimes, 95), Double.NaN, true);
        BenchResults.record("search_max_ms", percentile(times, 100), Double.NaN, true);
        return percentile(times, 95);
    }

    static double saveP99(Services s, String visitId) {
        Random r = new Random(11);
        var meetings = s.meetings().forVisit(visitId);
        double[] times = new double[SAVES];
        for (int i = 0; i < SAVES; i++) {
            Note n = new Note(null, visitId, meetings.get(i % meetings.size()).id(), NoteKind.OBSERVATION,
                    BenchTexts.note(r, i), null, "", List.of("education"));
            long t = System.nanoTime();
            s.notes().save(n);
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        StringBuilder slow = new StringBuilder();
        for (int i = 0; i < times.length; i++) {
            if (times[i] > 5) {
                slow.append(String.format(" #%d=%.1f", i, times[i]));
            }
        }
        System.out.println("BENCH | saves over 5 ms:" + (slow.length() == 0 ? " none" : slow));
        BenchResults.record("note_save_median_ms", percentile(times, 50), Double.NaN, true);
        return percentile(times, 99);
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
