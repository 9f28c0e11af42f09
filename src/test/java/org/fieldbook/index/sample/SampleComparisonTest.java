package org.fieldbook.index.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleComparisonTest {
    @TempDir
    Path dir;

    private static SampleGroup group(String id, String dim, Double popMin, Double popMax, Double fbMin, Double fbMax,
                                     double commitmentMean, List<Double> distribution) {
        return new SampleGroup(id, dim, Map.of("en", id), popMin, popMax, fbMin, fbMax, new Stat(60, 90, 10),
                Map.of("commitment", new Stat(commitmentMean, 95, 10)), distribution);
    }

    private final SampleStatistics stats = new SampleStatistics("t", true, Map.of(), List.of(
            group("all", "all", null, null, null, null, 74, List.of(90.0, 80.0, 70.0, 65.0, 50.0)),
            group("small", "population", null, 200000.0, null, null, 70, null),
            group("big", "population", 200000.0, null, null, null, 78, null),
            group("low", "diversity", null, null, null, 15.0, 71, null),
            group("high", "diversity", null, null, 15.0, null, 77, null)));

    @Test
    void picksTheGroupsThatFitTheCityAndRanks() {
        SampleComparison c = SampleComparison.of(stats, 250_000L, 15.0, 72.0);
        assertEquals(List.of("all", "big", "high"), c.groups().stream().map(SampleGroup::id).toList(),
                "bounds are inclusive below: 15% is in 'high', 250,000 in 'big'");
        assertEquals(74, c.mean("commitment").orElseThrow().mean());
        assertEquals(3, c.rank(), "90 and 80 are above 72");
        assertEquals(6, c.rankOutOf());
        SampleComparison unknown = SampleComparison.of(stats, null, null, 95.0);
        assertEquals(List.of("all"), unknown.groups().stream().map(SampleGroup::id).toList(), "unknown size and diversity: whole sample only");
        assertEquals(1, unknown.rank());
        SampleComparison small = SampleComparison.of(stats, 199_999L, 3.5, null);
        assertEquals(List.of("all", "small", "low"), small.groups().stream().map(SampleGroup::id).toList());
        assertNull(small.rank(), "no overall index, no rank");
    }

    @Test
    void readsCsvAndRefusesBadFiles() throws Exception {
        Path csv = dir.resolve("s.csv");
        Files.writeString(csv, """
                group,dimension,label_en,label_fr,population_min,population_max,foreign_born_min,foreign_born_max,area,mean,max,count
                all,all,All cities,Toutes,,,,,overall,63.5,88,140
                all,all,All cities,Toutes,,,,,commitment,74,98,140
                big,population,Large,Grandes,200000,,,,commitment,79,98,40
                """);
        SampleStatistics s = SampleReader.read(csv);
        assertEquals(2, s.groups().size());
        assertEquals(74, s.groups().get(0).areas().get("commitment").mean());
        assertEquals(63.5, s.groups().get(0).overall().mean());
        assertEquals(200000.0, s.groups().get(1).populationMin());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "group,dimension,label_en,label_fr,population_min,population_max,foreign_born_min,foreign_born_max,area,mean,max,count\nall,all,A,B,,,,,commitment,abc,1,1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SampleReader.read(bad));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        Path badJson = dir.resolve("bad.json");
        Files.writeString(badJson, "{\"id\": \"x\", \"groups\": [{\"id\": \"g\", \"dimension\": \"colour\"}]}");
        assertThrows(IllegalArgumentException.class, () -> SampleReader.read(badJson));
    }

    @Test
    void demoStatisticsAreFictionalAndStored() {
        SampleStatistics demo = SampleReader.demo();
        assertTrue(demo.fictional());
        assertTrue(demo.description().get("en").contains("FICTIONAL"));
        assertTrue(demo.groups().get(0).distribution().size() > 100);
        try (Services s = TestWorkspace.open(dir)) {
            assertTrue(s.index().samples().current().isEmpty(), "no fictional data in a real workspace by default");
            s.index().samples().seedDemoIfEmpty();
            assertEquals(demo, s.index().samples().current().orElseThrow());
        }
    }
}
