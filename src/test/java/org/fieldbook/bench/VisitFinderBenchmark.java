package org.fieldbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.fieldbook.ManyVisits;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.visit.VisitFinder;
import org.fieldbook.visit.VisitFinder.Query;
import org.fieldbook.visit.VisitStatus;
import org.fieldbook.visit.VisitSummary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sidebar's finder on 1,000 visits read from a workspace: {@code visit_finder_filter_ms} is the p95 of one filter
 * change as the sidebar applies it (the summaries filtered and sorted in memory, {@link VisitFinder#apply}; not JavaFX
 * drawing the list), over 2,000 random changes (a city typed letter by letter, with or without accents, a year, a
 * status, a sort) after 500 to warm up; {@code visit_finder_build_ms} the median of building the finder (folding every
 * city and country), done once per reload of the list.
 */
@Tag("bench")
class VisitFinderBenchmark {
    private static final int VISITS = 1000;
    private static final int CHANGES = 2000;
    private static final int WARM_UP = 500;

    @TempDir
    Path dir;

    @Test
    void filterChangesOnAThousandVisits() {
        try (Services s = TestWorkspace.open(dir)) {
            ManyVisits.seed(s, VISITS);
            List<VisitSummary> visits = s.visits().summaries();
            assertEquals(VISITS, visits.size());
            double[] builds = new double[11];
            VisitFinder finder = null;
            for (int i = 0; i < builds.length; i++) {
                long t0 = System.nanoTime();
                finder = new VisitFinder(visits);
                builds[i] = (System.nanoTime() - t0) / 1e6;
            }
            BenchResults.record("visit_finder_build_ms", CaptureBenchmark.percentile(java.util.Arrays.copyOfRange(builds, 1, builds.length), 50),
                    Double.NaN, true);
            List<String> typed = List.of("g", "ge", "gen", "genè", "genève", "gene", "town 1", "town 12", "t", "polska", "gdansk",
                    "GDAŃSK", "suisse", "nor", "exampleland", "");
            List<Integer> years = finder.years();
            Random r = new Random(11);
            String text = "";
            Integer year = null;
            VisitStatus status = null;
            VisitFinder.Sort sort = VisitFinder.Sort.NEWEST;
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            double[] times = new double[CHANGES];
            double[] cpuTimes = new double[CHANGES];
            long shownSum = 0;
            for (int i = 0; i < WARM_UP + CHANGES; i++) {
                switch (r.nextInt(6)) {
                    case 0, 1, 2 -> text = typed.get(r.nextInt(typed.size()));
                    case 3 -> year = r.nextInt(3) == 0 ? null : years.get(r.nextInt(years.size()));
                    case 4 -> status = r.nextInt(3) == 0 ? null : VisitStatus.values()[r.nextInt(3)];
                    default -> sort = VisitFinder.Sort.values()[r.nextInt(3)];
                }
                Query q = new Query(text, year, status, sort);
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                List<VisitSummary> shown = finder.apply(q);
                long t1 = System.nanoTime();
                long c1 = cpu.getCurrentThreadCpuTime();
                shownSum += shown.size();
                if (i >= WARM_UP) {
                    times[i - WARM_UP] = (t1 - t0) / 1e6;
                    cpuTimes[i - WARM_UP] = (c1 - c0) / 1e6;
                }
            }
            assertTrue(shownSum > 0);
            assertEquals(3, finder.apply(new Query("geneve", null, null, null)).size());
            BenchResults.record("visit_finder_filter_median_ms", CaptureBenchmark.percentile(times, 50), Double.NaN, true);
            BenchResults.record("visit_finder_filter_cpu_p95_ms", CaptureBenchmark.percentile(cpuTimes, 95), Double.NaN, true);
            BenchResults.record("visit_finder_filter_max_ms", CaptureBenchmark.percentile(times, 100), Double.NaN, true);
            BenchResults.record("load_average_1min", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Double.NaN, true);
            double p95 = CaptureBenchmark.percentile(times, 95);
            BenchResults.record("visit_finder_filter_ms", p95, 16, true);
            assertTrue(p95 <= 16, "visit_finder_filter_ms p95 " + p95 + " > 16 (one frame)");
        }
    }
}
