package org.fieldbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fieldbook.TestWorkspace;
import org.fieldbook.profile.ProfileFixture;
import org.fieldbook.profile.ProfileSection;
import org.fieldbook.profile.SectionKind;
import org.fieldbook.profile.report.ReportProgress;
import org.fieldbook.profile.report.ReportService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 60-page profile (about three pages of findings per INDEX area, a chart per area, tables, lists and the
 * annexes) exported whole: load from the workspace, build, write. Page count checked with LibreOffice: see README.
 */
@Tag("bench")
class ReportBenchmark {
    @TempDir
    Path dir;

    @Test
    void sixtyPageProfile() throws Exception {
        TestWorkspace.withVisit(dir.resolve("ws"), ProfileFixture::richVisit, (s, v) -> {
            for (ProfileSection sec : s.profile().structure(v.id())) {
                if (sec.kind() == SectionKind.AREA) {
                    s.profile().saveBody(sec.id(), ReportBenchmarkBodies.areaBody(sec.titleEn()));
                }
            }
            ReportService reports = ProfileFixture.reports(s, ProfileFixture.fakeResults(s));
            Path out = dir.resolve("profile.docx");

            long[] last = {System.nanoTime()};
            String[] lastStep = {"start"};
            ReportProgress trace = (f, step) -> {
                long now = System.nanoTime();
                if (now - last[0] > 300_000_000L) {
                    System.out.printf("BENCH trace: %s took %d ms%n", lastStep[0], (now - last[0]) / 1_000_000);
                }
                last[0] = now;
                lastStep[0] = step;
            };
            long cold = time(() -> reports.export(v.id(), out, "en", null, trace));
            List<Long> warm = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            var threads = ManagementFactory.getThreadMXBean();
            long peak = 0;
            for (int i = 0; i < 3; i++) {
                System.gc();
                List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP).toList();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                long cpu0 = threads.getCurrentThreadCpuTime();
                warm.add(time(() -> reports.export(v.id(), out, "en", null, ReportProgress.NONE)));
                cpu.add((threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
                peak = Math.max(peak, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
            }
            Collections.sort(warm);
            Collections.sort(cpu);
            Files.copy(out, Path.of("target", "bench-profile-60.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (var in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
                assertEquals(s.areas().list().size() + 1, doc.getCharts().size());
                assertTrue(doc.getParagraphs().size() > 500);
            }
            BenchResults.record("report_60_pages_ms", warm.get(1), 3000, true);
            BenchResults.record("report_60_pages_cold_ms", cold, 3000, true);
            // CPU time of the exporting thread: the same work without the wait for a shared, loaded machine
            BenchResults.record("report_60_pages_cpu_ms", cpu.get(1), Double.NaN, true);
            BenchResults.record("report_peak_heap_mb", peak / (1024.0 * 1024.0), 512, true);
        });
    }

    private static long time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
