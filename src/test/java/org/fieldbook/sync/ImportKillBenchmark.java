package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long run of {@link ImportKillTest}: {@value #KILL_POINTS} kill points spread over the steps of a real import
 * (validation, the backup's write, planning, apply and commit), each leaving the workspace exactly before or exactly
 * after; prints how many landed where. Run with {@code ./mvnw -B -Pbench verify} (or {@code -Pbench test
 * -Dtest=ImportKillBenchmark}); the seed comes from {@code -Dfieldbook.seed} when given.
 */
@Tag("bench")
class ImportKillBenchmark {
    private static final int KILL_POINTS = 60;

    @TempDir
    Path dir;

    @Test
    void sixtyKillPointsAllLandBeforeOrAfter() throws Exception {
        long seed = Long.getLong("fieldbook.seed", System.nanoTime());
        ImportKills kills = ImportKills.prepare(dir);
        List<ImportKills.Outcome> outcomes = kills.run(KILL_POINTS, seed);
        System.out.println("ImportKillBenchmark (seed " + seed + "): " + kills.summary());
        assertEquals(KILL_POINTS, outcomes.size());
        assertTrue(outcomes.stream().anyMatch(o -> o.landed() == ImportKills.Landed.BEFORE), kills.summary());
        assertTrue(outcomes.stream().anyMatch(o -> o.landed() == ImportKills.Landed.AFTER), kills.summary());
    }
}
