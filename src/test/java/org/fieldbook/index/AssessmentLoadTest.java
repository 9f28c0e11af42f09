package org.fieldbook.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading an assessment takes one read connection at a time (no read inside a read), even under concurrent loads. */
class AssessmentLoadTest {
    @TempDir
    Path dir;

    @Test
    void loadsWithItsSampleComparisonWithoutNestingReadsEvenWhenManyLoadAtOnce() throws Exception {
        try (Services services = TestWorkspace.open(dir)) {
            Visit visit = TestWorkspace.visit(services, "Readville");
            IndexDemo.populate(services.index(), services.notes(), visit.id());
            Assessment one = services.index().assessments().load(visit.id()).orElseThrow();
            assertNotNull(one.comparison(), "the demo sample statistics are loaded, so the comparison is made");
            assertNotNull(one.comparison().rank(), "the city is ranked in the sample");

            // more loads at once than there are read connections: none nests, none waits forever
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Assessment>> loads = new ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    loads.add(pool.submit(() -> services.index().assessments().load(visit.id()).orElseThrow()));
                }
                for (Future<Assessment> f : loads) {
                    assertEquals(one.score().overallVerified(), f.get(30, TimeUnit.SECONDS).score().overallVerified(), 1e-9);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
