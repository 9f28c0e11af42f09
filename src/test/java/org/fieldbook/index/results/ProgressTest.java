package org.fieldbook.index.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.fieldbook.app.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A city's progress across an edition change, through the office's area mapping. */
class ProgressTest {
    static final double EPS = 1e-9;

    @TempDir
    Path dir;

    static final String MAPPING = "{\"mappings\": [{\"from\": \"res-old-1\", \"to\": \"res-new-1\","
            + " \"areas\": {\"schools\": \"education\", \"districts\": \"neighbourhoods\", \"governance\": null}}]}";

    @Test
    void progressAcrossAnEditionChange() throws Exception {
        try (Services s = ResultImportTest.workspace(dir.resolve("ws"))) {
            s.index().results().importFile(ResultImportTest.write(dir, "past.csv", ResultImportTest.GOOD
                    + "Alpha,FR,res-new-1,2024,510000,21,60,60,90,40,,,,\n"));
            s.index().results().saveMapping(AreaMapping.parse(MAPPING.getBytes(StandardCharsets.UTF_8), "t"));
            String alpha = s.index().results().list().stream().filter(r -> r.cityName().equals("Alpha")).findFirst().orElseThrow().cityId();
            CityProgress p = s.index().results().progress(alpha);
            assertEquals("res-new-1", p.targetQuestionnaireId(), "the latest result's edition");
            assertEquals(List.of("2015", "2021", "2024"), p.steps().stream().map(x -> x.result().date()).toList());
            assertEquals(List.of("commitment", "education", "neighbourhoods", "participation"), p.areas(), "in the edition's order");
            CityProgress.Step old = p.steps().get(0);
            assertTrue(old.mapped());
            assertEquals(30, old.verified().get("commitment"), EPS, "same id in both editions");
            assertEquals(20, old.verified().get("education"), EPS, "schools → education");
            assertEquals(40, old.verified().get("neighbourhoods"), EPS, "districts → neighbourhoods");
            assertFalse(old.verified().containsKey("governance"), "no counterpart: left out");
            assertNull(old.overallChange());
            CityProgress.Step mid = p.steps().get(1);
            assertFalse(mid.mapped());
            assertEquals(20, mid.change().get("commitment"), EPS, "50 − 30");
            assertEquals(40, mid.change().get("education"), EPS, "60 − 20");
            assertEquals(40, mid.change().get("neighbourhoods"), EPS, "80 − 40");
            assertEquals(400 / 6.0 - 35, mid.overallChange(), EPS);
            assertEquals(75 - 30, mid.lensChange(), EPS);
            CityProgress.Step last = p.steps().get(2);
            assertEquals(10, last.change().get("commitment"), EPS);
            assertFalse(last.change().containsKey("participation"), "not answered before: no change to show");
            assertEquals(40, last.verified().get("participation"), EPS);

            s.index().results().saveMapping(new AreaMapping(List.of()));
            CityProgress unmapped = s.index().results().progress(alpha);
            assertFalse(unmapped.steps().get(0).verified().containsKey("education"), "without the mapping schools compares with nothing");
            assertEquals(30, unmapped.steps().get(0).verified().get("commitment"), EPS);

            assertThrows(IllegalArgumentException.class, () -> s.index().results().progress("no-such-city"));
        }
    }

    @Test
    void mappingsAreCheckedData() {
        assertThrows(IllegalArgumentException.class, () -> AreaMapping.parse(
                "{\"mappings\": [{\"from\": \"a\", \"to\": \"a\"}]}".getBytes(StandardCharsets.UTF_8), "t"));
        assertThrows(IllegalArgumentException.class, () -> AreaMapping.parse(
                "{\"mappings\": [{\"from\": \"a\", \"to\": \"b\"}, {\"from\": \"a\", \"to\": \"b\"}]}".getBytes(StandardCharsets.UTF_8), "t"));
        AreaMapping two = AreaMapping.parse("{\"mappings\": [{\"from\": \"a\", \"to\": \"b\", \"areas\": {\"x\": \"z\", \"y\": \"z\"}}]}"
                .getBytes(StandardCharsets.UTF_8), "t");
        assertEquals(15, two.translate("a", "b", java.util.Map.of("x", 10.0, "y", 20.0), java.util.Set.of("z")).get("z"), EPS,
                "two old areas into one: their mean");
        assertEquals(AreaMapping.defaults(), AreaMapping.parse(AreaMapping.defaults().toJson().getBytes(StandardCharsets.UTF_8), "again"));
    }
}
