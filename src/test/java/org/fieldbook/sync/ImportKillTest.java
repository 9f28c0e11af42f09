package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM importing a real bundle into a workspace that holds data, killed at a handful of random points spread
 * over the import, leaves the workspace exactly as before or exactly as after it (see {@link ImportKills}; the long
 * run with at least 50 kill points is {@link ImportKillBenchmark}).
 */
class ImportKillTest {
    private static final int KILL_POINTS = 6;

    @TempDir
    Path dir;

    @Test
    void anImportKilledAnywhereLeavesTheWorkspaceBeforeOrAfter() throws Exception {
        long seed = System.nanoTime();
        ImportKills kills = ImportKills.prepare(dir);
        List<ImportKills.Outcome> outcomes = kills.run(KILL_POINTS, seed);
        System.out.println("ImportKillTest (seed " + seed + "): " + kills.summary());
        assertTrue(outcomes.stream().anyMatch(o -> o.landed() == ImportKills.Landed.BEFORE),
                "a kill during validation lands before the commit: " + kills.summary());
    }
}
