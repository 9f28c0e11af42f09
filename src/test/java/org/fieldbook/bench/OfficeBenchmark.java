package org.fieldbook.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fieldbook.PgTestServer;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.store.PgLocation;
import org.fieldbook.store.Role;
import org.fieldbook.sync.Cancellation;
import org.fieldbook.sync.Progress;
import org.fieldbook.sync.exports.ExportRequest;
import org.fieldbook.sync.imports.ImportOptions;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office on PostgreSQL beside the same figures on SQLite, in one run: a generated office workspace (200,000 notes by
 * default; {@code -Doffice.bench.notes=N} scales every count), single note saves, searches, and a bundle import while
 * five simulated colleagues keep saving notes (on PostgreSQL five programs with their own connections, on SQLite five
 * threads of the one program a folder allows). Targets (issue 14): {@code pg_note_save_p99_ms} ≤ 15,
 * {@code pg_search_p95_ms} ≤ 50, {@code pg_import_ms} ≤ 5000 and the colleagues' save p99 during it ≤ 100.
 */
@Tag("bench")
class OfficeBenchmark {
    private static final int NOTES = Integer.getInteger("office.bench.notes", 200_000);
    private static final int COLLEAGUES = 5;
    private static final int BUNDLE_NOTES = 300;

    @TempDir
    Path dir;

    private static LargeWorkspace.Shape shape() {
        double f = NOTES / 200_000.0;
        return new LargeWorkspace.Shape(Math.max(3, (int) (150 * f)), Math.max(6, (int) (600 * f)), Math.max(50, (int) (20_000 * f)),
                NOTES, Math.min(1_500, Math.max(50, NOTES / 10)), 12);
    }

    @Test
    void officeFiguresOnPostgresqlAndSqlite() throws Exception {
        Path bundle = expertBundle();
        PgLocation db = PgTestServer.newDatabase();
        run("sqlite_", bundle, () -> Services.open(dir.resolve("office-sqlite")), null);
        run("pg_", bundle, () -> Services.open(db, dir.resolve("pg-local-0"), System::currentTimeMillis, null), db);
        BenchResults.record("office_load_average_1min", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Double.NaN, true);
    }

    private Path expertBundle() {
        Path bundle = dir.resolve("expert.fbz");
        try (Services expert = TestWorkspace.open(dir.resolve("expert"))) {
            Visit v = TestWorkspace.visit(expert, "Bench city");
            java.util.Random r = new java.util.Random(3);
            for (int i = 0; i < BUNDLE_NOTES; i++) {
                expert.notes().save(new Note(null, v.id(), null, NoteKind.OBSERVATION, BenchTexts.note(r, i), null, "", List.of("education")));
            }
            expert.sync().export(new ExportRequest(v.id(), false, null, bundle), Progress.NONE, new Cancellation());
        }
        return bundle;
    }

    private void run(String prefix, Path bundle, java.util.function.Supplier<Services> open, PgLocation db) throws Exception {
        long t0 = System.nanoTime();
        LargeWorkspace.Generated data;
        try (Services s = open.get()) {
            s.store().setIdentity("Bench Office", Role.OFFICE);
            data = new LargeWorkspace().generate(s, shape(), s.areas().list());
        }
        BenchResults.record(prefix + "generate_s", (System.nanoTime() - t0) / 1e9, Double.NaN, true);
        try (Services s = open.get()) {
            BenchResults.record(prefix + "search_p95_ms", CaptureBenchmark.searchP95(s, data), 50, true);
            BenchResults.record(prefix + "note_save_p99_ms", CaptureBenchmark.saveP99(s, data.bigVisitId()), prefix.equals("pg_") ? 15 : 10, true);

            List<Services> colleagues = new ArrayList<>();
            for (int i = 0; i < COLLEAGUES; i++) {
                colleagues.add(db == null ? s : Services.open(db, dir.resolve("pg-local-" + (i + 1)), System::currentTimeMillis, null));
            }
            List<Double> during = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean importing = new AtomicBoolean(false);
            AtomicBoolean stop = new AtomicBoolean(false);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < COLLEAGUES; i++) {
                Services c = colleagues.get(i);
                int k = i;
                Thread t = new Thread(() -> {
                    java.util.Random r = new java.util.Random(k);
                    int j = 0;
                    while (!stop.get()) {
                        long st = System.nanoTime();
                        c.notes().save(new Note(null, data.bigVisitId(), null, NoteKind.OBSERVATION, BenchTexts.note(r, j++), null, "",
                                List.of("education")));
                        double ms = (System.nanoTime() - st) / 1e6;
                        if (importing.get()) {
                            during.add(ms);
                        }
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "colleague-" + i);
                t.start();
                threads.add(t);
            }
            Thread.sleep(500);
            importing.set(true);
            long ti = System.nanoTime();
            var report = s.sync().imports().importBundle(bundle, new ImportOptions(true, true, false), Progress.NONE);
            double importMs = (System.nanoTime() - ti) / 1e6;
            importing.set(false);
            stop.set(true);
            for (Thread t : threads) {
                t.join(60_000);
            }
            if (db != null) {
                colleagues.forEach(Services::close);
            }
            assertTrue(report.applied());
            double[] saves = during.stream().mapToDouble(Double::doubleValue).toArray();
            BenchResults.record(prefix + "import_ms", importMs, 5000, true);
            BenchResults.record(prefix + "import_colleague_saves", saves.length, Double.NaN, false);
            BenchResults.record(prefix + "import_colleague_save_p99_ms", saves.length == 0 ? Double.NaN : CaptureBenchmark.percentile(saves, 99),
                    100, true);
        }
    }
}
